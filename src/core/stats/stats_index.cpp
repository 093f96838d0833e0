// Counting new and changed articles within a time budget and forgetting removed ones.
#include "core/stats/stats_index.h"

#include <chrono>
#include <iterator>
#include <limits>
#include <unordered_set>

namespace wortblick::stats {
namespace {

double now_ms() {
  using namespace std::chrono;
  return duration<double, std::milli>(steady_clock::now().time_since_epoch()).count();
}

}  // namespace

StatsIndex::Stamp StatsIndex::stamp_of(const Corpus& corpus, const Article& a) {
  return {a.id, corpus.sources[a.source].name, a.range};
}

// Compares in place: this runs for every article on every frame that asks whether counts are
// current, and copying two strings per article would cost more than the comparison.
bool StatsIndex::same(const Stamp& s, const Corpus& corpus, const Article& a) {
  return s.range.begin == a.range.begin && s.range.end == a.range.end && s.id == a.id &&
         s.source == corpus.sources[a.source].name;
}

// The common case (nothing changed since the last query) costs one pass of comparisons.
bool StatsIndex::in_step(const Corpus& corpus) const {
  if (synced_.size() != corpus.articles.size()) return false;
  for (std::size_t i = 0; i < synced_.size(); ++i) {
    if (!same(synced_[i], corpus, corpus.articles[i])) return false;
  }
  return true;
}

bool StatsIndex::current(const Corpus& corpus, const Article& a) const {
  const auto it = by_id_.find(a.id);
  return it != by_id_.end() && same(it->second.stamp, corpus, a);
}

std::size_t StatsIndex::step(const Corpus& corpus, text::TextPipeline& pipeline, double budget_ms) {
  if (in_step(corpus)) return 0;
  const double deadline = now_ms() + budget_ms;
  bool counted_one = false;
  std::size_t left = 0;
  for (const auto& a : corpus.articles) {
    if (current(corpus, a)) continue;
    if (counted_one && now_ms() >= deadline) {
      ++left;
      continue;
    }
    by_id_.insert_or_assign(a.id, Entry{stamp_of(corpus, a), count_article(corpus, a, pipeline, table_, vocabulary_)});
    counted_one = true;
  }
  if (counted_one) ++generation_;
  if (left > 0) return left;

  std::unordered_set<std::string_view> live;
  for (const auto& a : corpus.articles) live.insert(a.id);
  for (auto it = by_id_.begin(); it != by_id_.end();) {
    it = live.count(it->first) == 0 ? by_id_.erase(it) : std::next(it);
  }
  synced_.clear();
  for (const auto& a : corpus.articles) synced_.push_back(stamp_of(corpus, a));
  // A reordered corpus changes no counts but does change the order of per-article charts.
  ++generation_;
  return 0;
}

void StatsIndex::sync(const Corpus& corpus, text::TextPipeline& pipeline) {
  step(corpus, pipeline, std::numeric_limits<double>::infinity());
}

std::size_t StatsIndex::pending(const Corpus& corpus) const {
  if (in_step(corpus)) return 0;
  std::size_t n = 0;
  for (const auto& a : corpus.articles) n += !current(corpus, a);
  return n;
}

const ArticleCounts* StatsIndex::find(std::string_view article_id) const {
  const auto it = by_id_.find(article_id);
  return it == by_id_.end() ? nullptr : &it->second.counts;
}

}  // namespace wortblick::stats
