// Folding words to search keys: one key for every spelling of a German word.
#pragma once

#include <string>
#include <string_view>

namespace wortblick::text {

// Appends the search key of `word` to `out`: Unicode case folding (utf8proc), then the German
// transliterations ä→ae, ö→oe, ü→ue, ß/ẞ→ss, so "Marktführer", "MARKTFUEHRER" and
// "Marktfuehrer" agree. Apostrophes ’ ‘ ʼ become ', hyphens ‐ ‑ become -, soft hyphens and
// zero-width characters vanish. ASCII takes a table-free fast path. Invalid bytes become U+FFFD.
void append_search_key(std::string_view word, std::string& out);

std::string search_key(std::string_view word);

}  // namespace wortblick::text
