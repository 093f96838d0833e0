// Counting n-grams by sorting their start positions, one first-word bucket at a time.
#include "core/stats/ngrams.h"

#include <algorithm>


namespace wortblick::stats {

NgramCounter::NgramCounter(const StatsInputs& in, const ResolvedScope& scope, const NgramOptions& options)
    : table_(&in.index.terms()), pipeline_(&in.pipeline), options_(options) {
  articles_ = scope.articles.size();
  if (scope.error) {
    error_ = scope.error;
    return;
  }
  if (options.n < 2 || options.n > 6) {
    error_ = Message{Msg::NgramLength, {}};
    return;
  }
  if (options.position > options.n) {
    error_ = Message{Msg::NgramPosition, {}};
    return;
  }
  if (options.limit == 0) {
    error_ = Message{Msg::LimitNotPositive, {}};
    return;
  }
  if (!options.contains.empty()) {
    contains_ = word_terms(in, options.contains, false);
    if (word_key(in.pipeline, options.contains).empty()) {
      error_ = Message{Msg::WordHoldsNoWord, {options.contains}};
      return;
    }
  }
  counts_ = counts_of(scope, in.index);
  // Room for every token up front: growing by doubling would copy tens of megabytes in one
  // step on a large corpus.
  std::size_t tokens = 0;
  for (const auto* c : counts_) tokens += c->stream.size();
  terms_.reserve(tokens);
  starts_.reserve(tokens);
  article_end_.reserve(counts_.size());
  grouping_progress_ = start_grouping(*table_);
}

bool NgramCounter::less(std::uint32_t a, std::uint32_t b) const {
  for (std::uint32_t k = 1; k < options_.n; ++k) {
    if (terms_[a + k] != terms_[b + k]) return terms_[a + k] < terms_[b + k];
  }
  return a < b;  // equal n-grams stay in text order: the first is the run's first occurrence
}

bool NgramCounter::step(double budget_ms) {
  if (error_) return true;
  const Deadline deadline(budget_ms);
  const std::uint32_t n = options_.n;
  // 0. Every term grouped by key and the scope's spellings summed: the rows' display forms.
  if (phase_ == Phase::Group) {
    WordOptions every;
    every.remove_stopwords = false;
    every.numbers = true;
    if (!group_step(grouping_progress_, *table_, *pipeline_, every, nullptr, deadline)) return false;
    by_term_ = std::move(grouping_progress_.grouping);
    grouping_progress_ = {};
    sum_ = start_sum(*table_, by_term_);
    phase_ = Phase::Sum;
  }
  if (phase_ == Phase::Sum) {
    if (!sum_step(sum_, counts_, *table_, by_term_, true, deadline)) return false;
    spellings_ = std::move(sum_.totals);
    sum_ = {};
    phase_ = Phase::Read;
  }
  // 1. The streams end to end, and every position where an n-gram starts inside a sentence.
  while (phase_ == Phase::Read && next_article_ < counts_.size()) {
    const auto& stream = counts_[next_article_++]->stream;
    const auto base = static_cast<std::uint32_t>(terms_.size());
    for (std::size_t i = 0; i < stream.size(); ++i) terms_.push_back(table_->surface(surface_of(stream[i])).term);
    for (std::size_t i = 0; i + n <= stream.size(); ++i) {
      bool inside = true;
      for (std::uint32_t k = 1; k < n && inside; ++k) inside = !(stream[i + k] & kSentenceStart);
      if (!inside) continue;
      if (!contains_.empty()) {
        bool hit = false;
        for (std::uint32_t k = 0; k < n && !hit; ++k) {
          if (options_.position != 0 && k + 1 != options_.position) continue;
          const TermId t = terms_[base + i + k];
          hit = t < contains_.size() && contains_[t];
        }
        if (!hit) continue;
      }
      starts_.push_back(base + static_cast<std::uint32_t>(i));
    }
    article_end_.push_back(static_cast<std::uint32_t>(terms_.size()));
    if (deadline.passed()) return false;
  }
  // 2. Bucket the starts by their first term: a counting sort, its two passes over every start
  // done a slice at a time (one pass over millions of starts is longer than a frame).
  if (phase_ == Phase::Read) {
    bucket_.assign(table_->term_count() + 1, 0);
    next_start_ = 0;
    phase_ = Phase::Count;
  }
  if (phase_ == Phase::Count) {
    for (std::size_t done = 0; next_start_ < starts_.size(); ++next_start_) {
      if (deadline.passed_at(done++, 65536)) return false;
      ++bucket_[terms_[starts_[next_start_]] + 1];
    }
    for (std::size_t b = 1; b < bucket_.size(); ++b) bucket_[b] += bucket_[b - 1];
    fill_.assign(bucket_.begin(), bucket_.end() - 1);
    sorted_.resize(starts_.size());
    next_start_ = 0;
    phase_ = Phase::Scatter;
  }
  if (phase_ == Phase::Scatter) {
    for (std::size_t done = 0; next_start_ < starts_.size(); ++next_start_) {
      if (deadline.passed_at(done++, 65536)) return false;
      const auto start = starts_[next_start_];
      sorted_[fill_[terms_[start]]++] = start;
    }
    starts_ = std::move(sorted_);
    sorted_ = {};
    fill_ = {};
    phase_ = Phase::Sort;
    if (deadline.passed()) return false;
  }
  // 3. Sort each bucket by the remaining words and count its runs. A bucket too large to sort
  // within a frame ("die ...") is first split by its next word, the same way as the buckets.
  while (true) {
    Range r;
    if (!split_.empty()) {
      r = split_.back();
      split_.pop_back();
    } else if (next_bucket_ + 1 < bucket_.size()) {
      r = {bucket_[next_bucket_], bucket_[next_bucket_ + 1], 1};
      ++next_bucket_;
    } else {
      break;
    }
    if (r.end - r.begin < options_.min_freq) continue;
    if (r.end - r.begin > kSortAtOnce && r.depth < n) split(r);
    else count_runs(r);
    if (deadline.passed()) return false;
  }
  return true;
}

// A stable counting sort of the range by the word at r.depth, its parts pushed to split_.
void NgramCounter::split(const Range& r) {
  if (split_count_.size() < table_->term_count()) split_count_.assign(table_->term_count(), 0);
  const auto word = [&](std::uint32_t i) { return terms_[starts_[i] + r.depth]; };
  std::vector<TermId> seen;
  for (std::uint32_t i = r.begin; i < r.end; ++i) {
    if (split_count_[word(i)]++ == 0) seen.push_back(word(i));
  }
  std::sort(seen.begin(), seen.end());
  std::uint32_t next = r.begin;
  for (const TermId t : seen) {
    const std::uint32_t size = split_count_[t];
    split_.push_back({next, next + size, r.depth + 1});
    split_count_[t] = next;  // from here on: the next free slot
    next += size;
  }
  std::vector<std::uint32_t> sorted(r.end - r.begin);
  for (std::uint32_t i = r.begin; i < r.end; ++i) sorted[split_count_[word(i)]++ - r.begin] = starts_[i];
  std::copy(sorted.begin(), sorted.end(), starts_.begin() + r.begin);
  for (const TermId t : seen) split_count_[t] = 0;
}

// Sorts the range by the words after the ones it already shares and records each n-gram.
void NgramCounter::count_runs(const Range& r) {
  const std::uint32_t n = options_.n;
  const auto first = starts_.begin() + r.begin;
  const auto last = starts_.begin() + r.end;
  // Every word equal: one n-gram, already in text order (the counting sorts are stable).
  if (r.depth < n) std::sort(first, last, [this](std::uint32_t a, std::uint32_t b) { return less(a, b); });
  for (auto run = first; run != last;) {
    auto end = run + 1;
    std::uint32_t range = 1;
    auto article = std::upper_bound(article_end_.begin(), article_end_.end(), *run);
    while (end != last && std::equal(terms_.begin() + *run, terms_.begin() + *run + n, terms_.begin() + *end)) {
      const auto a = std::upper_bound(article_end_.begin(), article_end_.end(), *end);
      if (a != article) {
        ++range;
        article = a;
      }
      ++end;
    }
    const auto count = static_cast<std::uint64_t>(end - run);
    if (count >= options_.min_freq && range >= options_.min_range) found_.push_back({*run, count, range});
    run = end;
  }
}

double NgramCounter::fraction() const {
  if (error_ || counts_.empty()) return 1.0;
  const auto part = [](std::size_t done, std::size_t of) {
    return of == 0 ? 1.0 : static_cast<double>(done) / static_cast<double>(of);
  };
  // Measured shares of the time: set-up 5 %, reading 40 %, bucketing 10 %, sorting 45 %.
  switch (phase_) {
    case Phase::Group: return 0.03 * part(grouping_progress_.next, grouping_progress_.grouping.group_of_term.size());
    case Phase::Sum: return 0.03 + 0.02 * part(sum_.next, counts_.size());
    case Phase::Read: return 0.05 + 0.4 * part(next_article_, counts_.size());
    case Phase::Count: return 0.45 + 0.05 * part(next_start_, starts_.size());
    case Phase::Scatter: return 0.5 + 0.05 * part(next_start_, starts_.size());
    case Phase::Sort: break;
  }
  return 0.55 + 0.45 * part(next_bucket_, bucket_.size() < 2 ? 0 : bucket_.size() - 1);
}

NgramTable NgramCounter::result() const {
  NgramTable t;
  t.error = error_;
  t.articles = articles_;
  if (error_) return t;
  t.distinct = found_.size();
  std::vector<Found> top = found_;
  const auto order = [](const Found& a, const Found& b) {
    if (a.count != b.count) return a.count > b.count;
    if (a.range != b.range) return a.range > b.range;
    return a.start < b.start;
  };
  const std::size_t keep = std::min(options_.limit, top.size());
  std::partial_sort(top.begin(), top.begin() + static_cast<std::ptrdiff_t>(keep), top.end(), order);
  top.resize(keep);
  // Label only the words that are shown.
  std::vector<std::uint32_t> wanted;
  for (const auto& f : top) {
    for (std::uint32_t k = 0; k < options_.n; ++k) wanted.push_back(by_term_.group_of_term[terms_[f.start + k]]);
  }
  std::sort(wanted.begin(), wanted.end());
  wanted.erase(std::unique(wanted.begin(), wanted.end()), wanted.end());
  const auto labels = group_labels(spellings_.spellings, *table_, by_term_, wanted);
  const auto label_of = [&](TermId term) -> const std::string& {
    const auto g = by_term_.group_of_term[term];
    return labels[static_cast<std::size_t>(std::lower_bound(wanted.begin(), wanted.end(), g) - wanted.begin())];
  };
  for (const auto& f : top) {
    NgramRow row{{}, f.count, f.range};
    for (std::uint32_t k = 0; k < options_.n; ++k) {
      if (k > 0) row.ngram += ' ';
      row.ngram += label_of(terms_[f.start + k]);
    }
    t.rows.push_back(std::move(row));
  }
  return t;
}

NgramTable ngrams(const StatsInputs& in, const ResolvedScope& scope, const NgramOptions& options) {
  NgramCounter counter(in, scope, options);
  while (!counter.step(1e9)) {
  }
  return counter.result();
}

}  // namespace wortblick::stats
