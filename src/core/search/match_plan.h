// A parsed query resolved against the index: term ids with weights, phrases, filters, notes.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/search/hooks.h"
#include "core/search/query.h"
#include "core/search/search_index.h"

namespace wortblick::search {

struct Expansion {
  std::uint32_t term = no_term;
  float weight = 1.0f;  // exact key 1, other forms of the stem, prefix and typo matches less
};

// One alternative of a clause: a set of terms (any of them matches) or a phrase.
struct PlanTerm {
  bool phrase = false;
  bool title_only = false;
  std::vector<Expansion> words;
  std::vector<std::uint32_t> phrase_terms;  // no_term where a key is unknown (no match then)
  std::vector<std::uint32_t> offsets;
  std::uint32_t phrase_length() const { return offsets.empty() ? 1 : offsets.back() + 1; }
};

struct Plan {
  std::vector<std::vector<PlanTerm>> clauses;  // AND of ORs
  std::vector<PlanTerm> excluded;
  bool filtered = false;               // tag filters apply: only `allowed` documents
  std::vector<std::uint8_t> allowed;   // by doc id, when filtered
  std::vector<std::uint8_t> banned;    // by doc id (may be empty)
  std::vector<Message> notes;
  bool empty() const { return clauses.empty() && !filtered; }
};

inline constexpr std::size_t max_expansions = 64;

// Resolves keys to terms: stem groups when `stem`, prefix and typo expansions (capped at
// max_expansions, most frequent first), automatic typo correction with a "Meinten Sie" note
// for a word without hits, categories and tags through `hooks`.
Plan make_plan(SearchIndex& index, const Corpus& corpus, const Query& q, bool stem, const SearchHooks& hooks);

// The word as most often written... here: as first written in the corpus (for notes).
std::string surface_of(const SearchIndex& index, const Corpus& corpus, std::uint32_t term);

}  // namespace wortblick::search
