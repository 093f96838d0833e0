// One token of analysed text: where it stands, how it is written, and what it means for search.
#pragma once

#include <cstdint>
#include <string_view>

namespace wortblick::text {

enum class TokenKind : std::uint8_t { Word, Number, Url };

struct Token {
  std::string_view text;     // as written, a view into the analysed text
  std::uint32_t start = 0;   // byte offsets [start, end) into the analysed text
  std::uint32_t end = 0;
  // Word positions for phrase search. A hyphenated compound of n parts yields the whole
  // form at position p with span n and its parts at p, p+1, ..., p+n-1 (span 1); the next
  // word is at p+n. Every other token has span 1.
  std::uint32_t position = 0;
  std::uint32_t span = 1;
  std::string_view key;      // search key (fold.h); owned by the TextPipeline
  std::string_view stem;     // Snowball stem of the lower-cased spelling; numbers and URLs: the key
  TokenKind kind = TokenKind::Word;
  bool part = false;         // a part of a hyphenated compound (the whole is also a token)
  bool stopword = false;     // key is in the pipeline's stop list (words only)

  bool is_number() const { return kind == TokenKind::Number; }
  bool is_url() const { return kind == TokenKind::Url; }
  // What counts as a word: no numbers, URLs or compound parts (so nothing counts twice).
  bool counts_as_word() const { return kind == TokenKind::Word && !part; }
};

}  // namespace wortblick::text
