// Tokenizing an article once and reducing it to spelling counts.
#include "core/stats/article_counts.h"

#include <algorithm>

namespace wortblick::stats {

std::vector<text::Token> counted_tokens(const Corpus& corpus, const Article& article,
                                        text::TextPipeline& pipeline) {
  std::vector<text::Token> out;
  std::vector<text::Token> block;
  for (const auto& b : article.blocks) {
    if (b.kind == BlockKind::Boilerplate) continue;
    block.clear();
    pipeline.tokenize(corpus.text(article, b), block);
    const auto shift = static_cast<std::uint32_t>(b.range.begin - article.range.begin);
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
                            TermTable& table) {
  ArticleCounts out;
  std::vector<SurfaceId> ids;
  for (const auto& t : counted_tokens(corpus, article, pipeline)) {
    if (t.is_number()) {
      ++out.numbers;
    } else {
      ++out.words;
    }
    ids.push_back(table.intern(t));
  }
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
  return out;
}

}  // namespace wortblick::stats
