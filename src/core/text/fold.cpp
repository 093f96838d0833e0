// Search-key folding: ASCII fast path, German transliteration, Unicode case folding otherwise.
#include "core/text/fold.h"

#include "core/text/unicode.h"
#include "core/text/utf8.h"

namespace wortblick::text {
namespace {

// Characters that keys and spellings normalize alike (the stemmer must see the same word).
bool append_shared(char32_t cp, std::string& out) {
  switch (cp) {
    case U'\u2019': case U'\u2018': case U'\u02BC': out += '\''; return true;
    case U'\u2010': case U'\u2011': out += '-'; return true;
    case U'\u00AD': case U'\u200B': case U'\u200C': case U'\u200D': case U'\u2060': case U'\uFEFF':
      return true;  // invisible: must not split one word into two keys
    default: return false;
  }
}

// The German letters that have an agreed ASCII spelling, after case folding.
bool append_german(char32_t cp, std::string& out) {
  switch (cp) {
    case U'ä': case U'Ä': out += "ae"; return true;
    case U'ö': case U'Ö': out += "oe"; return true;
    case U'ü': case U'Ü': out += "ue"; return true;
    case U'ß': case U'ẞ': out += "ss"; return true;
    default: return append_shared(cp, out);
  }
}

void append_lowered(char32_t cp, std::string& out) {
  if (append_shared(cp, out)) return;
  // Simple lower-case mapping, not case folding: folding turns ß into ss. ẞ lowers to ß.
  append_utf8(to_lower(cp), out);
}

// Appends a run of ASCII lowered, returning where the run ends. One resize per run
// (push_back per byte was a hot spot).
std::size_t append_ascii_run(std::string_view word, std::size_t i, std::string& out) {
  std::size_t end = i + 1;
  while (end < word.size() && static_cast<unsigned char>(word[end]) < 0x80) ++end;
  const std::size_t at = out.size();
  out.resize(at + (end - i));
  char* to = out.data() + at;
  for (; i < end; ++i) {
    const auto b = static_cast<unsigned char>(word[i]);
    *to++ = static_cast<char>(b >= 'A' && b <= 'Z' ? b + ('a' - 'A') : b);
  }
  return end;
}

template <class Append>
void append_mapped(std::string_view word, std::string& out, Append append) {
  for (std::size_t i = 0; i < word.size();) {
    if (static_cast<unsigned char>(word[i]) < 0x80) {
      i = append_ascii_run(word, i, out);
      continue;
    }
    const Decoded d = decode_utf8(word, i);
    append(d.valid ? d.cp : U'\uFFFD', out);
    i += d.length;
  }
}

void append_folded(char32_t cp, std::string& out) {
  if (append_german(cp, out)) return;
  char32_t folded[3];
  const std::size_t n = case_fold(cp, folded);
  for (std::size_t k = 0; k < n; ++k) {
    if (!append_german(folded[k], out)) append_utf8(folded[k], out);
  }
}

}  // namespace

// Lambdas, not function pointers: each instantiation inlines its mapping.
void append_search_key(std::string_view word, std::string& out) {
  append_mapped(word, out, [](char32_t cp, std::string& o) { append_folded(cp, o); });
}

std::string search_key(std::string_view word) {
  std::string out;
  out.reserve(word.size() + 2);
  append_search_key(word, out);
  return out;
}

void append_lower_spelling(std::string_view word, std::string& out) {
  append_mapped(word, out, [](char32_t cp, std::string& o) { append_lowered(cp, o); });
}

std::string lower_spelling(std::string_view word) {
  std::string out;
  out.reserve(word.size());
  append_lower_spelling(word, out);
  return out;
}

bool is_ascii(std::string_view s) {
  for (const char c : s) {
    if (static_cast<unsigned char>(c) >= 0x80) return false;
  }
  return true;
}

}  // namespace wortblick::text
