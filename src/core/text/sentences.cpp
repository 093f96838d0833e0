// Sentence ends for readability figures, collocation windows and n-grams.
#include "core/text/sentences.h"

#include <algorithm>
#include <array>
#include <string>

#include "core/text/fold.h"

namespace wortblick::text {
namespace {

// Abbreviations common in German news that are written with a full stop, as search keys.
constexpr std::array<std::string_view, 44> kAbbreviations = {
    "abs",  "abt",  "bzw",  "ca",   "chr",  "co",  "dr",   "etc", "evtl", "fa",   "ff",
    "frl",  "geb",  "gem",  "ggf",  "hl",   "hr",  "inkl", "jh",  "jhd",  "jr",   "max",
    "min",  "mio",  "mrd",  "nr",   "prof", "rd",  "sog",  "st",  "str",  "tel",  "usw",
    "vgl",  "vs",   "zb",   "zt",   "bspw", "dt",  "allg", "hrsg", "lt",  "sen",  "zzt"};

bool is_abbreviation(std::string_view word) {
  const std::string key = search_key(word);
  return std::find(kAbbreviations.begin(), kAbbreviations.end(), key) != kAbbreviations.end();
}

// One code point (a letter of any script counts once) and a letter: initials such as "A.".
bool single_letter(std::string_view word) {
  if (word.empty()) return false;
  const auto lead = static_cast<unsigned char>(word[0]);
  const std::size_t length = lead < 0x80 ? 1 : lead < 0xe0 ? 2 : lead < 0xf0 ? 3 : 4;
  return word.size() == length;
}

// Lower case when the first byte is an ASCII lower-case letter or a lower-case umlaut / ß.
bool starts_lower(std::string_view word) {
  if (word.empty()) return false;
  const auto c = static_cast<unsigned char>(word[0]);
  if (c >= 'a' && c <= 'z') return true;
  if (c == 0xc3 && word.size() > 1) {
    const auto d = static_cast<unsigned char>(word[1]);
    return d >= 0x9f && d <= 0xbf && d != 0xb7;  // ß, à..ÿ except ÷
  }
  return false;
}

}  // namespace

bool sentence_break(std::string_view before, std::string_view gap, std::string_view after, bool before_is_number) {
  // The last terminator in the gap; "…" is U+2026 (E2 80 A6).
  std::size_t end = std::string_view::npos;
  for (std::size_t i = 0; i < gap.size(); ++i) {
    const char c = gap[i];
    if (c == '.' || c == '!' || c == '?') end = i;
    if (c == '\xe2' && i + 2 < gap.size() && gap[i + 1] == '\x80' && gap[i + 2] == '\xa6') end = i + 2;
  }
  if (end == std::string_view::npos) return false;
  for (std::size_t i = end + 1; i < gap.size(); ++i) {
    if (gap[i] == ',' || gap[i] == ':' || gap[i] == ';') return false;
  }
  if (starts_lower(after)) return false;
  const bool dot_right_after = gap[0] == '.' && (gap.size() == 1 || gap[1] != '.');
  if (dot_right_after && gap.find_first_of("!?") == std::string_view::npos) {
    if (before_is_number || is_abbreviation(before) || single_letter(before)) return false;
  }
  return true;
}

}  // namespace wortblick::text
