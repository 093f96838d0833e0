// Counting the node's windows over the stored token streams and ranking the collocates.
#include "core/stats/collocates.h"

#include <algorithm>

#include "core/text/clean_text.h"

namespace wortblick::stats {
namespace {

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '"')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '"')) s.remove_suffix(1);
  return s;
}

}  // namespace

double measure_value(const CollocationRow& r, CollocationMeasure m) {
  switch (m) {
    case CollocationMeasure::Frequency: return static_cast<double>(r.counts.together);
    case CollocationMeasure::MI: return r.scores.mi;
    case CollocationMeasure::MI3: return r.scores.mi3;
    case CollocationMeasure::LogDice: return r.scores.log_dice;
    case CollocationMeasure::T: return r.scores.t;
    case CollocationMeasure::Z: return r.scores.z;
    case CollocationMeasure::LL: return r.scores.ll;
  }
  return 0;
}

NodePattern node_pattern(const StatsInputs& in, std::string_view node, bool stem) {
  NodePattern p;
  node = trim(node);
  if (node.rfind("cat:", 0) == 0) {
    const std::string name(trim(node.substr(4)));
    for (std::size_t i = 0; i < in.tags.category_count(); ++i) {
      if (in.tags.category_at(i).name == name) {
        p.positions.push_back(category_terms(in, i));
        p.label = "cat:" + name;
        return p;
      }
    }
    p.error = Message{Msg::ScopeUnknownCategory, {name}};
    return p;
  }
  const auto clean = text::clean_text(node);
  const TermTable& table = in.index.terms();
  for (const auto& t : in.pipeline.tokenize(clean.text)) {
    if (!t.counts_as_word() && !t.is_number()) continue;
    const std::string key(t.key);
    const std::string_view target = stem && !t.is_number() ? in.pipeline.stem_of_key(key) : std::string_view(key);
    std::vector<char> match(table.term_count(), 0);
    if (stem && !t.is_number()) {
      for (TermId id = 0; id < table.term_count(); ++id) {
        const TermInfo& info = table.term(id);
        match[id] = (info.number ? info.key : info.stem) == target;
      }
    } else if (const TermId id = table.find_key(key); id != kNone) {
      match[id] = 1;  // keys are unique: one lookup instead of a scan of every term
    }
    p.positions.push_back(std::move(match));
    if (!p.label.empty()) p.label += ' ';
    p.label += t.text;
  }
  if (p.positions.empty()) p.error = Message{Msg::WordHoldsNoWord, {std::string(node)}};
  return p;
}

CollocateCounter::CollocateCounter(const StatsInputs& in, const ResolvedScope& scope, std::string_view node,
                                   const CollocationOptions& options)
    : table_(&in.index.terms()), pipeline_(&in.pipeline), options_(options) {
  articles_ = scope.articles.size();
  if (scope.error) {
    error_ = scope.error;
    return;
  }
  if (options.limit == 0) {
    error_ = Message{Msg::LimitNotPositive, {}};
    return;
  }
  node_ = node_pattern(in, node, options.words.stem);
  if (node_.error) {
    error_ = node_.error;
    return;
  }
  if (scope.category) {
    allowed_ = category_terms(in, *scope.category);
    category_ = true;
  }
  counts_ = counts_of(scope, in.index);
  grouping_progress_ = start_grouping(*table_);
}

// The set-up (grouping every term, summing the scope) goes a slice at a time like the counting,
// so no call holds up a frame even on a large corpus.
bool CollocateCounter::prepare(const Deadline& deadline) {
  if (phase_ == Phase::Group) {
    if (!group_step(grouping_progress_, *table_, *pipeline_, options_.words, category_ ? &allowed_ : nullptr, deadline))
      return false;
    grouping_ = std::move(grouping_progress_.grouping);
    grouping_progress_ = {};
    sum_ = start_sum(*table_, grouping_);
    phase_ = Phase::Sum;
  }
  if (phase_ == Phase::Sum) {
    if (!sum_step(sum_, counts_, *table_, grouping_, options_.words.numbers, deadline)) return false;
    totals_ = std::move(sum_.totals);
    sum_ = {};
    together_.assign(grouping_.groups, 0);
    excluded_.assign(grouping_.groups, 0);
    // A single word is not its own collocate (a phrase's words may be: "von ... von").
    if (node_.positions.size() == 1 && node_.label.rfind("cat:", 0) != 0) {
      for (TermId id = 0; id < grouping_.group_of_term.size(); ++id) {
        if (node_.positions[0][id] && grouping_.group_of_term[id] != kNone) excluded_[grouping_.group_of_term[id]] = 1;
      }
    }
    phase_ = Phase::Count;
  }
  return true;
}

bool CollocateCounter::step(double budget_ms) {
  if (error_) return true;
  const Deadline deadline(budget_ms);
  if (!prepare(deadline)) return false;
  const std::size_t m = node_.positions.size();
  const std::size_t terms = grouping_.group_of_term.size();
  std::vector<TermId> term;
  std::vector<std::uint32_t> sentence;  // per token: the index of its sentence's first token
  while (next_ < counts_.size()) {
    const auto& stream = counts_[next_++]->stream;
    term.resize(stream.size());
    sentence.resize(stream.size());
    for (std::size_t i = 0; i < stream.size(); ++i) {
      term[i] = table_->surface(surface_of(stream[i])).term;
      sentence[i] = (stream[i] & kSentenceStart) || i == 0 ? static_cast<std::uint32_t>(i) : sentence[i - 1];
    }
    const auto matches_at = [&](std::size_t i) {
      if (i + m > term.size()) return false;
      for (std::size_t k = 0; k < m; ++k) {
        const TermId t = term[i + k];
        if (t >= node_.positions[k].size() || !node_.positions[k][t]) return false;
      }
      return true;
    };
    for (std::size_t i = 0; i < term.size(); ++i) {
      if (!matches_at(i)) continue;
      ++node_count_;
      std::size_t lo = i >= options_.left ? i - options_.left : 0;
      std::size_t hi = std::min(term.size(), i + m + options_.right);  // exclusive
      if (options_.sentence) {
        lo = std::max<std::size_t>(lo, sentence[i]);
        const std::size_t last = i + m - 1;
        std::size_t end = last + 1;
        while (end < hi && sentence[end] == sentence[last]) ++end;
        hi = end;
      }
      for (std::size_t j = lo; j < hi; ++j) {
        if (j >= i && j < i + m) continue;
        if (term[j] >= terms) continue;
        const std::uint32_t g = grouping_.group_of_term[term[j]];
        if (g != kNone) ++together_[g];
      }
    }
    if (deadline.passed()) break;
  }
  return next_ >= counts_.size();
}

double CollocateCounter::fraction() const {
  if (counts_.empty()) return 1.0;
  const double n = static_cast<double>(counts_.size());
  // Set-up and counting weigh about a third and two thirds.
  switch (phase_) {
    case Phase::Group: {
      const auto terms = static_cast<double>(std::max<std::size_t>(1, grouping_progress_.grouping.group_of_term.size()));
      return 0.15 * static_cast<double>(grouping_progress_.next) / terms;
    }
    case Phase::Sum: return 0.15 + 0.2 * static_cast<double>(sum_.next) / n;
    case Phase::Count: break;
  }
  return 0.35 + 0.65 * static_cast<double>(next_) / n;
}

CollocationTable CollocateCounter::result() const {
  CollocationTable t;
  t.error = error_;
  t.articles = articles_;
  t.node = node_.label;
  t.span = options_.left + options_.right;
  t.min_freq = options_.min_freq;
  if (error_) return t;
  t.node_count = node_count_;
  t.tokens = totals_.words;
  std::vector<CollocationRow> rows(grouping_.groups);
  std::vector<double> score(grouping_.groups, 0);
  std::vector<std::uint32_t> candidates;
  for (std::uint32_t g = 0; g < grouping_.groups; ++g) {
    if (excluded_[g] || together_[g] == 0 || together_[g] < options_.min_freq) continue;
    auto& r = rows[g];
    r.counts = {together_[g], node_count_, totals_.count[g], totals_.words, t.span};
    r.scores = collocation_scores(r.counts);
    score[g] = measure_value(r, options_.sort);
    candidates.push_back(g);
  }
  for (auto& ranked : rank_groups(std::move(candidates), score, options_.limit, totals_.spellings, *table_, grouping_)) {
    auto& r = rows[ranked.group];
    r.word = std::move(ranked.label);
    t.rows.push_back(std::move(r));
  }
  return t;
}

CollocationTable collocates(const StatsInputs& in, const ResolvedScope& scope, std::string_view node,
                            const CollocationOptions& options) {
  CollocateCounter counter(in, scope, node, options);
  while (!counter.step(1e9)) {
  }
  return counter.result();
}

}  // namespace wortblick::stats
