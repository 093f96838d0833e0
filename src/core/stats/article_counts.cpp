// Tokenizing an article once and reducing it to spelling counts.
#include "core/stats/article_counts.h"

#include <algorithm>

#include "core/text/sentences.h"

namespace wortblick::stats {

std::vector<text::Token> counted_tokens(const Corpus& corpus, const Article& article,
                                        text::TextPipeline& pipeline,
                                        std::vector<std::uint32_t>* block_starts) {
  std::vector<text::Token> out;
  std::vector<text::Token> block;
  for (const auto& b : article.blocks) {
    if (b.kind == BlockKind::Boilerplate) continue;
    block.clear();
    pipeline.tokenize(corpus.text(article, b), block);
    const auto shift = static_cast<std::uint32_t>(b.range.begin - article.range.begin);
    if (block_starts) block_starts->push_back(static_cast<std::uint32_t>(out.size()));
    for (auto t : block) {
      if (!t.counts_as_word() && !t.is_number()) continue;
      t.start += shift;
      t.end += shift;
      out.push_back(t);
    }
  }
  return out;
}

ArticleCounts count_article(const Corpus& corpus, const Article& article, text::TextPipeline& pipeline,
                            TermTable& table, VocabularyCounter& scratch) {
  ArticleCounts out;
  std::vector<std::uint32_t> block_starts;
  const auto tokens = counted_tokens(corpus, article, pipeline, &block_starts);
  const std::string_view text = corpus.text(article);
  out.stream.reserve(tokens.size());
  std::size_t next_block = 0;
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    const auto& t = tokens[i];
    bool starts = false;
    while (next_block < block_starts.size() && block_starts[next_block] <= i) {
      starts = true;
      ++next_block;
    }
    if (!starts && i > 0) {
      const auto& prev = tokens[i - 1];
      starts = text::sentence_break(prev.text, text.substr(prev.end, t.start - prev.end), t.text, prev.is_number());
    }
    if (t.is_number()) {
      ++out.numbers;
    } else {
      ++out.words;
      add_word(out.figures, t.text);
    }
    if (starts) ++out.figures.sentences;
    const SurfaceId surface = table.intern(t);
    if (!t.is_number()) scratch.add(table.surface(surface).term);
    out.stream.push_back(surface | (starts ? kSentenceStart : 0));
  }
  out.vocabulary = scratch.finish();
  std::vector<SurfaceId> ids;
  ids.reserve(out.stream.size());
  for (const auto s : out.stream) ids.push_back(surface_of(s));
  std::sort(ids.begin(), ids.end());
  for (const auto id : ids) {
    if (!out.surfaces.empty() && out.surfaces.back().surface == id) {
      ++out.surfaces.back().count;
    } else {
      out.surfaces.push_back({id, 1});
    }
  }
  // Kept for every article of the corpus: growth slack would be a third of the charts' memory.
  out.surfaces.shrink_to_fit();
  out.stream.shrink_to_fit();
  return out;
}

}  // namespace wortblick::stats
