// NFC as UAX #15 defines it: full canonical decomposition, canonical ordering, canonical composition.
#include "core/text/nfc.h"

#include <array>
#include <cstdint>
#include <vector>

#include "core/text/sorted_records.h"
#include "core/text/unicode.h"
#include "core/text/utf8.h"
#include "text/unicode_tables.h"

namespace wortblick::text {
namespace {

namespace g = generated;

// Hangul syllables are composed of jamo arithmetically (Unicode 3.12), not through tables.
constexpr char32_t kSBase = 0xAC00, kLBase = 0x1100, kVBase = 0x1161, kTBase = 0x11A7;
constexpr char32_t kLCount = 19, kVCount = 21, kTCount = 28, kNCount = kVCount * kTCount, kSCount = kLCount * kNCount;

void decompose(char32_t cp, std::vector<char32_t>& out) {
  if (cp >= kSBase && cp < kSBase + kSCount) {
    const char32_t s = cp - kSBase;
    out.push_back(kLBase + s / kNCount);
    out.push_back(kVBase + (s % kNCount) / kTCount);
    if (s % kTCount != 0) out.push_back(kTBase + s % kTCount);
    return;
  }
  const char32_t* r = find_record(g::kDecompositions, 3, std::array{cp});
  if (!r) {
    out.push_back(cp);
    return;
  }
  const char32_t* from = &g::kDecompositionPool[r[1]];
  out.insert(out.end(), from, from + r[2]);
}

char32_t compose(char32_t first, char32_t second) {
  if (first >= kLBase && first < kLBase + kLCount && second >= kVBase && second < kVBase + kVCount) {
    return kSBase + ((first - kLBase) * kVCount + (second - kVBase)) * kTCount;
  }
  if (first >= kSBase && first < kSBase + kSCount && (first - kSBase) % kTCount == 0 && second > kTBase &&
      second < kTBase + kTCount) {
    return first + (second - kTBase);
  }
  const char32_t* r = find_record(g::kCompositions, 3, std::array{first, second});
  return r ? r[2] : 0;
}

// Stable sort of each run of combining marks by combining class.
void reorder(std::vector<char32_t>& cps, std::vector<std::uint8_t>& classes) {
  for (std::size_t i = 1; i < cps.size(); ++i) {
    const std::uint8_t c = classes[i];
    if (c == 0) continue;
    const char32_t cp = cps[i];
    std::size_t j = i;
    for (; j > 0 && classes[j - 1] > c; --j) {  // a starter (class 0) ends the run
      cps[j] = cps[j - 1];
      classes[j] = classes[j - 1];
    }
    cps[j] = cp;
    classes[j] = c;
  }
}

}  // namespace

std::string nfc(std::string_view utf8) {
  std::size_t i = 0;
  while (i < utf8.size() && static_cast<unsigned char>(utf8[i]) < 0x80) ++i;
  if (i == utf8.size()) return std::string(utf8);  // ASCII is its own NFC

  std::vector<char32_t> cps;
  cps.reserve(utf8.size());
  for (std::size_t k = 0; k < utf8.size();) {
    const Decoded d = decode_utf8(utf8, k);
    decompose(d.valid ? d.cp : U'\uFFFD', cps);
    k += d.length;
  }
  std::vector<std::uint8_t> classes(cps.size());
  for (std::size_t k = 0; k < cps.size(); ++k) classes[k] = combining_class(cps[k]);
  reorder(cps, classes);

  // Each code point joins the last starter unless something between blocks it: a starter, or a
  // mark of the same or a higher class.
  std::size_t starter = cps.size();  // none yet
  int blocking_class = -1;           // highest class kept since the starter; -1: none
  std::size_t kept = 0;
  for (std::size_t k = 0; k < cps.size(); ++k) {
    const char32_t cp = cps[k];
    const int c = classes[k];
    if (starter != cps.size() && c > blocking_class) {
      if (const char32_t composed = compose(cps[starter], cp)) {
        cps[starter] = composed;
        continue;
      }
    }
    if (c == 0) {
      starter = kept;
      blocking_class = -1;
    } else if (c > blocking_class) {
      blocking_class = c;
    }
    cps[kept] = cp;
    classes[kept] = static_cast<std::uint8_t>(c);
    ++kept;
  }

  std::string out;
  out.reserve(utf8.size());
  for (std::size_t k = 0; k < kept; ++k) append_utf8(cps[k], out);
  return out;
}

}  // namespace wortblick::text
