// The per-article counts of a corpus, kept in step with it incrementally.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/stats/article_counts.h"

namespace wortblick::stats {

// Each article is counted once; added articles are counted when first seen, removed ones
// forgotten. An article is recounted when its source name or byte range changed (ids can be
// reused after a text is removed and another added under the same name).
class StatsIndex {
 public:
  // Counts articles that are new or changed, in corpus order, until `budget_ms` has passed
  // (at least one per call). Returns how many are left, so a UI can call it once per frame
  // until it returns 0; then any chart query is only a combination of counts.
  std::size_t step(const Corpus& corpus, text::TextPipeline& pipeline, double budget_ms);
  // Counts whatever is missing, however long it takes.
  void sync(const Corpus& corpus, text::TextPipeline& pipeline);
  // Articles not yet counted (after a change of the corpus).
  std::size_t pending(const Corpus& corpus) const;

  // The counts of a counted article; nullptr when it is unknown or not counted yet.
  const ArticleCounts* find(std::string_view article_id) const;
  const TermTable& terms() const { return table_; }
  // Changes whenever any article's counts changed: part of every cached result's key.
  std::uint64_t generation() const { return generation_; }

 private:
  struct Stamp {
    std::string id;
    std::string source;
    ByteRange range;
    bool operator==(const Stamp& o) const {
      return id == o.id && source == o.source && range.begin == o.range.begin && range.end == o.range.end;
    }
  };
  struct Entry {
    Stamp stamp;
    ArticleCounts counts;
  };
  struct Hash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  static Stamp stamp_of(const Corpus& corpus, const Article& a);
  static bool same(const Stamp& s, const Corpus& corpus, const Article& a);
  bool in_step(const Corpus& corpus) const;
  bool current(const Corpus& corpus, const Article& a) const;

  TermTable table_;
  std::unordered_map<std::string, Entry, Hash, std::equal_to<>> by_id_;
  std::vector<Stamp> synced_;  // the corpus's articles when the index last caught up
  std::uint64_t generation_ = 0;
  VocabularyCounter vocabulary_;  // count_article's scratch arrays, kept between articles
};

}  // namespace wortblick::stats
