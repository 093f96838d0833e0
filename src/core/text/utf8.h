// Decoding and encoding single UTF-8 code points without trusting the input.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace wortblick::text {

// One decoded code point; cp < 0 marks an invalid sequence of `length` (always 1) bytes.
struct Decoded {
  char32_t cp = 0;
  bool valid = false;
  std::size_t length = 1;
};

// Decodes the code point at `i` (i < s.size()). Rejects overlong forms, surrogates and values
// above U+10FFFF, so every accepted sequence is one a strict validator would accept.
Decoded decode_utf8(std::string_view s, std::size_t i);

void append_utf8(char32_t cp, std::string& out);

}  // namespace wortblick::text
