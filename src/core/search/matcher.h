// Finding where a plan's terms occur: per document counts for ranking, positions for display.
#pragma once

#include <cstdint>
#include <span>
#include <vector>

#include "core/search/match_plan.h"

namespace wortblick::search {

// One occurrence: a word (term at position) or a phrase (first position and length).
struct Match {
  std::uint32_t doc = 0;
  Field field = Field::Body;
  std::uint32_t position = 0;
  std::uint32_t length = 1;     // positions covered by a phrase; 1 for a word
  std::uint32_t term = no_term;  // the word's term; no_term for a phrase
  bool operator<(const Match& o) const {
    return doc != o.doc ? doc < o.doc : field != o.field ? field < o.field : position < o.position;
  }
};

// A (document, field) where a plan term occurs `tf` times, with the weight of what matched.
struct FieldHit {
  std::uint32_t doc = 0;
  Field field = Field::Body;
  std::uint32_t tf = 0;
  std::uint32_t df = 0;  // documents the matched term (or phrase) occurs in, for its idf
  float weight = 1.0f;
  // Where the positions of a word's posting start (Posting::positions_at) in term's list, so
  // the top hits' matches need no second walk of the lists; phrases: no_term.
  std::uint32_t term = no_term;
  std::size_t positions_at = 0;
};

// Every hit of `t` in live documents (title-only terms: title field only). Phrases are
// verified position by position. Order: by term, then document.
void field_hits(const SearchIndex& index, const PlanTerm& t, std::vector<FieldHit>& out);

// The word matches of `hits` (field_hits of one word term, in its order) in the documents
// flagged in `wanted`, appended in the order matches_in would append them.
void matches_from_hits(const SearchIndex& index, std::span<const FieldHit> hits,
                       const std::vector<std::uint8_t>& wanted, std::vector<Match>& out);

// Every occurrence of `t` in the documents flagged in `wanted` (by doc id), appended unsorted.
void matches_in(const SearchIndex& index, const PlanTerm& t, const std::vector<std::uint8_t>& wanted,
                std::vector<Match>& out);

}  // namespace wortblick::search
