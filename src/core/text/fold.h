// Folding words to search keys: one key for every spelling of a German word.
#pragma once

#include <string>
#include <string_view>

namespace wortblick::text {

// Appends the search key of `word` to `out`: Unicode case folding, then the German
// transliterations ä→ae, ö→oe, ü→ue, ß/ẞ→ss, so "Marktführer", "MARKTFUEHRER" and
// "Marktfuehrer" agree. Apostrophes ’ ‘ ʼ become ', hyphens ‐ ‑ become -, soft hyphens and
// zero-width characters vanish. ASCII takes a table-free fast path. Invalid bytes become U+FFFD.
void append_search_key(std::string_view word, std::string& out);

std::string search_key(std::string_view word);

// Appends `word` as the stemmer reads it (german_stemmer.h): lower-cased, but
// umlauts and ß kept (Snowball reads them; "Maße" and "Masse" must not become one word before
// it decides). Apostrophes, hyphens and invisible characters are treated as in keys, so a
// word's key and its spelling agree on where it ends. For ASCII words this is the key.
void append_lower_spelling(std::string_view word, std::string& out);

std::string lower_spelling(std::string_view word);

bool is_ascii(std::string_view s);

}  // namespace wortblick::text
