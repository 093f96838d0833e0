// Summing the articles' figures and reading their streams for types, hapax, STTR and coverage.
#include "core/stats/text_stats.h"

#include "core/stats/deadline.h"

namespace wortblick::stats {

TextStats text_stats_of(const TextFigures& figures, const VocabularyFigures& v, std::size_t articles) {
  TextStats s;
  s.articles = articles;
  s.figures = figures;
  s.readability = readability(figures);
  s.types = v.types;
  s.hapax = v.hapax;
  s.coverage = v.coverage;
  s.sttr_chunks = v.sttr_chunks;
  if (figures.words > 0) s.ttr = static_cast<double>(s.types) / static_cast<double>(figures.words);
  s.sttr = s.sttr_chunks > 0 ? v.chunk_ttr_sum / static_cast<double>(s.sttr_chunks) : s.ttr;
  if (s.types > 0) s.hapax_share = static_cast<double>(s.hapax) / static_cast<double>(s.types);
  return s;
}

TextStatsCounter::TextStatsCounter(const StatsInputs& in, const ResolvedScope& scope)
    : table_(&in.index.terms()), articles_(scope.articles.size()), error_(scope.error) {
  if (error_) return;
  counts_ = counts_of(scope, in.index);
  if (counts_.size() == 1) {
    figures_ = counts_[0]->figures;
    vocabulary_ = counts_[0]->vocabulary;
    next_ = 1;
  }
}

bool TextStatsCounter::step(double budget_ms) {
  if (error_ || next_ >= counts_.size()) return true;
  const Deadline deadline(budget_ms);
  while (next_ < counts_.size()) {
    const ArticleCounts& a = *counts_[next_++];
    figures_ += a.figures;
    for (const auto streamed : a.stream) {
      const TermId t = table_->surface(surface_of(streamed)).term;
      if (!table_->term(t).number) counter_.add(t);
    }
    if (next_ == counts_.size()) vocabulary_ = counter_.finish();
    else if (deadline.passed()) return false;
  }
  return true;
}

double TextStatsCounter::fraction() const {
  return counts_.empty() ? 1.0 : static_cast<double>(next_) / static_cast<double>(counts_.size());
}

TextStats TextStatsCounter::result() const {
  if (error_) {
    TextStats s;
    s.articles = articles_;
    s.error = error_;
    return s;
  }
  return text_stats_of(figures_, vocabulary_, articles_);
}

TextStats text_stats(const StatsInputs& in, const ResolvedScope& scope) {
  TextStatsCounter counter(in, scope);
  while (!counter.step(1e9)) {
  }
  return counter.result();
}

}  // namespace wortblick::stats
