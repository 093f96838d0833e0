// Splitting German text into word, number and URL spans, before any folding.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "core/text/token.h"

namespace wortblick::text {

// A token's place in the text without keys or stems (those need the pipeline's caches).
struct Span {
  std::uint32_t start = 0;
  std::uint32_t end = 0;
  std::uint32_t position = 0;
  std::uint32_t span = 1;
  TokenKind kind = TokenKind::Word;
  bool part = false;
};

// Appends the spans of `text` to `out`, sorted by start (a compound's whole form comes
// before its first part). Rules:
// - words are runs of letters, digits and combining marks; ' ’ ‘ ʼ between two letters join
//   ("geht’s", "Rock’n’Roll"); - ‐ ‑ between two word characters join parts of a compound;
//   a hyphen before a space ("WhatsApp- Nutzer") ends the word without it;
// - numbers: digits with inner . , or : between digits ("1,5", "55.000", "05.09.2017");
// - URLs: http(s)://, www., //host and bare host names with a common top-level domain
//   ("Booking.com"), and e-mail addresses, up to white space, minus trailing punctuation;
// - everything else (quotes „ “ ‚ ‘ « », dashes – —, other punctuation) separates.
// Invalid UTF-8 bytes separate too, so any byte string is safe to tokenize.
// With `last_position`, scanning stops before the first token whose position is beyond it
// (callers that need only the start of a text skip tokenizing the rest).
void scan_spans(std::string_view text, std::vector<Span>& out, std::uint32_t last_position = 0xFFFFFFFFu);

}  // namespace wortblick::text
