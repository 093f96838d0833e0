// The index's dictionary: every search key once, its stem group, its postings and prefix lookup.
#pragma once

#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/search/key_table.h"
#include "core/search/postings.h"
#include "core/text/german_stemmer.h"
#include "core/text/token.h"

namespace wortblick::search {

inline constexpr std::uint32_t no_term = 0xFFFFFFFFu;

struct Term {
  std::string_view key;      // folded search key (Token::key), owned by the vocabulary
  std::uint32_t stem = 0;    // index of the stem group of its first spelling (others: stems_of)
  std::uint32_t df[2] = {0, 0};  // live documents holding it, per Field
  text::TokenKind kind = text::TokenKind::Word;
  bool ascii_spelling = false;  // some indexed spelling is ASCII (it stems as the key itself)
  PostingList postings;
  std::uint32_t docs() const { return df[0] > df[1] ? df[0] : df[1]; }  // a lower bound of its documents
  bool live() const { return df[0] + df[1] > 0; }
};

// Keys and stems are stored once in chunked arenas, so the views in Term and in the hash maps
// never move. Terms are never deleted (a removed text leaves df 0), which keeps ids stable.
class Vocabulary {
 public:
  Vocabulary() = default;
  Vocabulary(const Vocabulary&) = delete;
  Vocabulary& operator=(const Vocabulary&) = delete;
  Vocabulary(Vocabulary&&) = default;
  Vocabulary& operator=(Vocabulary&&) = default;

  std::uint32_t find(std::string_view key) const;
  // The id of `key`, adding it when new. `spelling` is the token as written: words join the stem
  // group of every distinct spelling's stem (stemmed like the text pipeline does), so the key of
  // "Marktführer" and "Marktfuehrer" sits in both of their groups.
  std::uint32_t find_or_add(std::string_view key, std::string_view spelling, text::TokenKind kind);

  std::size_t size() const { return terms_.size(); }
  const Term& operator[](std::uint32_t id) const { return terms_[id]; }
  Term& operator[](std::uint32_t id) { return terms_[id]; }

  // Every term sharing a stem with a query word, ascending: the stems of the indexed spellings of
  // its key, of `spelling` (the word as typed) and of the word a spelling without umlauts may
  // stand for (umlaut_reading), so "Marktfuehrer" finds "Marktführern" and "Abenteuer"
  // "Abenteuern" (real ue sequences keep their own stem too).
  std::vector<std::uint32_t> stem_group_of(std::string_view key, std::string_view spelling);
  std::span<const std::uint32_t> stem_group(std::uint32_t stem) const { return stem_members_[stem]; }
  // The stem groups of a term: Term::stem and those of its other spellings.
  std::vector<std::uint32_t> stems_of(std::uint32_t id) const;

  // Ids of the terms whose key starts with `prefix`, in key order. The sorted order is
  // refreshed lazily after additions (a merge, not a full sort).
  std::span<const std::uint32_t> with_prefix(std::string_view prefix);

  std::size_t byte_size() const;

 private:
  std::string_view store(std::string_view s);
  std::uint32_t find_stem(std::string_view stem) const;
  std::uint32_t stem_id(std::string_view stem);  // adding a group when new
  // Records that term `id` has a spelling lowered to `lowered`: joins its stem's group.
  void add_spelling_stem(std::uint32_t id, std::string_view lowered);
  std::uint32_t find_spelling(std::string_view spelling) const;
  void remember_spelling(std::string_view spelling);

  std::vector<std::unique_ptr<char[]>> chunks_;
  std::size_t chunk_used_ = 0;
  std::size_t chunk_bytes_ = 0;
  std::vector<Term> terms_;
  KeyTable ids_;       // key -> term id
  KeyTable stem_ids_;  // stem -> stem group
  std::vector<std::string_view> stem_keys_;  // by stem group
  std::vector<std::vector<std::uint32_t>> stem_members_;
  std::vector<std::uint32_t> sorted_;  // term ids by key, first `sorted_.size()` terms only
  // Non-ASCII spellings indexed (as written: a hit needs no lower-casing), by id into spellings_.
  KeyTable spelling_ids_;
  std::vector<std::string_view> spellings_;
  // Stem groups beyond Term::stem, (term, group) in insertion order: only keys written both with
  // and without umlauts have any, so a flat list beats a map per term.
  std::vector<std::pair<std::uint32_t, std::uint32_t>> more_stems_;
  std::string lowered_;
  text::GermanStemmer stemmer_;
};

}  // namespace wortblick::search
