// The parsed form of a search query: clauses of alternatives, exclusions, tag filters and notes.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/message/message.h"
#include "core/text/stopwords.h"

namespace wortblick::search {

enum class TermKind : std::uint8_t {
  Word,      // a word: its key, plus its stem group when stemming is on
  Prefix,    // word*  : every key starting with it
  Fuzzy,     // word~  : every key within the typo budget
  Phrase,    // "a b c": the keys at consecutive positions, exactly (no stemming)
  Category,  // cat:name: any word of the user's category (resolved through SearchHooks)
};

struct QueryTerm {
  TermKind kind = TermKind::Word;
  std::string text;                    // as the user wrote it (for notes)
  std::vector<std::string> keys;       // folded search keys; one except for phrases
  std::vector<std::uint32_t> offsets;  // Phrase: each key's position relative to the first
  bool title_only = false;             // title:word
};

// Alternatives joined by OR; a document must match one of them.
struct Clause {
  std::vector<QueryTerm> any;
};

struct Query {
  std::vector<Clause> all;             // a document must match every clause (AND)
  std::vector<QueryTerm> none;         // -word, -"phrase": documents matching one are dropped
  std::vector<std::string> tags;       // tag:name, all required
  std::vector<std::string> not_tags;   // -tag:name
  std::vector<std::string> stopwords;  // unquoted stop words that were ignored
  std::vector<Message> notes;          // for the user, in the caller's language

  bool empty() const { return all.empty() && tags.empty(); }
};

inline constexpr std::size_t max_query_bytes = 1000;
inline constexpr std::size_t max_query_terms = 16;

// Never fails: malformed input (unbalanced quotes, lone operators, control characters,
// invalid UTF-8, overlong queries) becomes the closest sensible query plus a note.
Query parse_query(std::string_view text, const text::Stopwords& stopwords);

}  // namespace wortblick::search
