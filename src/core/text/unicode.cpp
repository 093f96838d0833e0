// Lookups in the tables cmake/unicode_tables_generator.cpp derives from utf8proc at build time.
#include "core/text/unicode.h"

#include <array>

#include "core/text/sorted_records.h"
#include "text/unicode_tables.h"

namespace wortblick::text {
namespace {

namespace g = generated;

constexpr char32_t kEnd = 0x110000;

std::uint16_t props(char32_t cp) {
  if (cp >= kEnd) return 0;
  const std::size_t block = g::kUnicodeBlocks[cp >> g::kUnicodeBlockShift];
  const std::size_t within = cp & ((char32_t{1} << g::kUnicodeBlockShift) - 1);
  return g::kUnicodeProps[g::kUnicodeClasses[(block << g::kUnicodeBlockShift) + within]];
}

}  // namespace

Category category(char32_t cp) { return static_cast<Category>(props(cp) & 0xFF); }

std::uint8_t combining_class(char32_t cp) { return static_cast<std::uint8_t>(props(cp) >> 8); }

char32_t to_lower(char32_t cp) {
  if (cp < 0x80) return cp >= 'A' && cp <= 'Z' ? cp + ('a' - 'A') : cp;
  const char32_t* r = find_record(g::kLowercase, 2, std::array{cp});
  return r ? r[1] : cp;
}

std::size_t case_fold(char32_t cp, char32_t (&out)[3]) {
  if (const char32_t* r = find_record(g::kFoldExceptions, 4, std::array{cp})) {
    std::size_t n = 0;
    for (std::size_t i = 1; i < 4 && r[i] != 0; ++i) out[n++] = r[i];
    return n;
  }
  out[0] = to_lower(cp);
  return 1;
}

}  // namespace wortblick::text
