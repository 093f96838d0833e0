// gumbo's character reference hook (consume_char_ref), over a sorted table instead of its Ragel machine.
// Linked into gumbo in place of its char_ref.c (cmake/Dependencies.cmake): gumbo's generated
// matcher weighs about 45 KB of the compressed download, this table about a quarter of that.
// The behaviour is HTML5's "consume a character reference" as gumbo's tokenizer expects it: the
// iterator sits on the '&'; on a reference it ends after it, otherwise back on the '&'.
#include <cstring>
#include <string_view>

extern "C" {
#include "char_ref.h"
#include "utf8.h"
}

#include "html/gumbo_char_refs_table.h"

extern "C" const int kGumboNoChar = -1;

namespace {

using wortblick::html::generated::kCharRefs;

// HTML5: numeric references to C1 controls mean the Windows-1252 characters at those bytes.
constexpr int kWindows1252[32] = {
    0x20AC, 0x81,   0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0x8D,   0x017D, 0x8F,   0x90,   0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D,   0x017E, 0x0178,
};

bool is_digit(int c, bool hex) {
  if (c >= '0' && c <= '9') return true;
  return hex && ((c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'));
}

int digit_value(int c) {
  if (c <= '9') return c - '0';
  return (c | 0x20) - 'a' + 10;
}

bool is_alnum(char c) { return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z'); }

// "&#…": the iterator is on the '#'. Returns false on a parse error.
bool consume_numeric(Utf8Iterator* input, int* output) {
  utf8iterator_next(input);  // '#'
  const int x = utf8iterator_current(input);
  const bool hex = x == 'x' || x == 'X';
  if (hex) utf8iterator_next(input);
  if (!is_digit(utf8iterator_current(input), hex)) {
    utf8iterator_reset(input);  // "&#" or "&#x" without digits is literal text: back to the '&'
    return false;
  }
  long value = 0;
  for (int c = utf8iterator_current(input); is_digit(c, hex); c = utf8iterator_current(input)) {
    // Past the last code point the value only has to stay out of range, not grow.
    if (value <= 0x10FFFF) value = value * (hex ? 16 : 10) + digit_value(c);
    utf8iterator_next(input);
  }
  bool ok = true;
  if (utf8iterator_current(input) == ';') utf8iterator_next(input);
  else ok = false;
  if (value >= 0x80 && value <= 0x9F) {
    *output = kWindows1252[value - 0x80];
    return false;
  }
  if (value == 0 || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF)) {
    *output = 0xFFFD;
    return false;
  }
  *output = static_cast<int>(value);
  return ok && !utf8_is_invalid_code_point(*output);
}

// The table entry named exactly `name`, or null.
const wortblick::html::generated::CharRef* find(std::string_view name) {
  std::size_t lo = 0;
  std::size_t hi = std::size(kCharRefs);
  while (lo < hi) {
    const std::size_t mid = (lo + hi) / 2;
    const int c = name.compare(kCharRefs[mid].name);
    if (c == 0) return &kCharRefs[mid];
    if (c < 0) hi = mid;
    else lo = mid + 1;
  }
  return nullptr;
}

// "&name;": the iterator is on the name's first character. Returns false on a parse error.
bool consume_named(Utf8Iterator* input, bool is_in_attribute, OneOrTwoCodepoints* output) {
  const char* at = utf8iterator_get_char_pointer(input);
  const char* end = utf8iterator_get_end_pointer(input);
  // The longest name has 31 characters and its ';'.
  std::size_t run = 0;
  while (at + run < end && run < 40 && is_alnum(at[run])) ++run;
  const bool semicolon = at + run < end && at[run] == ';';
  // The longest name that matches: the whole run with its ';', else the longest prefix that is
  // one of the legacy names without ';' (HTML5: "&notit;" is "¬" and "it;").
  const wortblick::html::generated::CharRef* ref = nullptr;
  std::size_t length = 0;
  if (semicolon) ref = find(std::string_view(at, run + 1)), length = run + 1;
  for (std::size_t n = run; !ref && n > 0; --n) ref = find(std::string_view(at, n)), length = n;
  if (!ref) {
    utf8iterator_reset(input);
    // "&word;" that names nothing is an error; "&word" is just text.
    return !(semicolon && run > 0);
  }
  const bool terminated = at[length - 1] == ';';
  if (!terminated && is_in_attribute && at + length < end && (at[length] == '=' || is_alnum(at[length]))) {
    // In an attribute, "&copy=…" stays as written (URLs' query strings).
    utf8iterator_reset(input);
    return true;
  }
  for (std::size_t i = 0; i < length; ++i) utf8iterator_next(input);
  output->first = ref->first;
  output->second = ref->second != 0 ? ref->second : kGumboNoChar;
  return terminated;
}

}  // namespace

extern "C" bool consume_char_ref(struct GumboInternalParser* /*parser*/, struct GumboInternalUtf8Iterator* input,
                                 int additional_allowed_char, bool is_in_attribute, OneOrTwoCodepoints* output) {
  output->first = kGumboNoChar;
  output->second = kGumboNoChar;
  utf8iterator_mark(input);  // on the '&'
  utf8iterator_next(input);
  const int c = utf8iterator_current(input);
  switch (c) {
    case '\t':
    case '\n':
    case '\f':
    case ' ':
    case '<':
    case '&':
    case -1:
      utf8iterator_reset(input);
      return true;
    case '#':
      return consume_numeric(input, &output->first);
    default:
      if (c == additional_allowed_char) {
        utf8iterator_reset(input);
        return true;
      }
      return consume_named(input, is_in_attribute, output);
  }
}
