// Selecting counts and terms for scopes, categories and single words.
#include "core/stats/scope_counts.h"

#include <string>

#include "core/tags/category_matcher.h"
#include "core/text/clean_text.h"
#include "core/text/fold.h"

namespace wortblick::stats {

std::vector<const ArticleCounts*> counts_of(const ResolvedScope& scope, const StatsIndex& index) {
  std::vector<const ArticleCounts*> out;
  out.reserve(scope.articles.size());
  for (const Article* a : scope.articles) {
    if (const ArticleCounts* c = index.find(a->id)) out.push_back(c);
  }
  return out;
}

std::vector<char> category_terms(const StatsInputs& in, std::size_t category) {
  text::TextPipeline& pipeline = in.pipeline;
  const tags::CategoryMatcher matcher(
      in.tags, [](std::string_view w) { return text::search_key(w); },
      [&pipeline](std::string_view key) { return std::string(pipeline.stem_of_key(key)); });
  const TermTable& table = in.index.terms();
  std::vector<char> out(table.term_count(), 0);
  for (TermId id = 0; id < table.term_count(); ++id) {
    const TermInfo& t = table.term(id);
    for (const auto c : matcher.match(t.key, t.number ? std::string_view() : t.stem)) {
      if (c == category) out[id] = 1;
    }
  }
  return out;
}

std::string word_key(text::TextPipeline& pipeline, std::string_view word) {
  // NFC first: a decomposed "ä" typed elsewhere must find the composed one of the texts.
  const auto clean = text::clean_text(word);
  for (const auto& t : pipeline.tokenize(clean.text)) {
    if (t.counts_as_word() || t.is_number()) return std::string(t.key);
  }
  return {};
}

std::vector<char> word_terms(const StatsInputs& in, std::string_view word, bool stem) {
  const std::string key = word_key(in.pipeline, word);
  if (key.empty()) return std::vector<char>(in.index.terms().term_count(), 0);
  const std::string_view target = stem ? in.pipeline.stem_of_key(key) : std::string_view(key);
  const TermTable& table = in.index.terms();
  std::vector<char> out(table.term_count(), 0);
  for (TermId id = 0; id < table.term_count(); ++id) {
    const TermInfo& t = table.term(id);
    out[id] = (stem ? t.stem : t.key) == target;
  }
  return out;
}

WordCount count_word(const StatsInputs& in, const ResolvedScope& scope, std::string_view word, bool stem,
                     bool numbers) {
  const auto wanted = word_terms(in, word, stem);
  const TermTable& table = in.index.terms();
  WordCount out;
  out.articles = scope.articles.size();
  for (const ArticleCounts* a : counts_of(scope, in.index)) {
    out.words += a->words + (numbers ? a->numbers : 0);
    std::uint64_t here = 0;
    for (const auto& e : a->surfaces) {
      const TermId t = table.surface(e.surface).term;
      if (t < wanted.size() && wanted[t]) here += e.count;
    }
    out.count += here;
    if (here > 0) ++out.articles_with;
  }
  return out;
}

}  // namespace wortblick::stats
