// Core's own Unicode tables and NFC against utf8proc, the library they are derived from, for every code point.
#include <gtest/gtest.h>
#include <utf8proc.h>

#include <cstdint>
#include <cstdlib>
#include <random>
#include <string>
#include <vector>

#include "core/text/nfc.h"
#include "core/text/unicode.h"
#include "core/text/utf8.h"

namespace {

using namespace wortblick::text;

constexpr char32_t kEnd = 0x110000;

// GoogleTest cannot print char32_t.
std::uint32_t u(char32_t cp) { return static_cast<std::uint32_t>(cp); }

bool is_surrogate(char32_t cp) { return cp >= 0xD800 && cp <= 0xDFFF; }

std::string utf8(std::initializer_list<char32_t> cps) {
  std::string out;
  for (char32_t cp : cps) append_utf8(cp, out);
  return out;
}

std::string reference_nfc(const std::string& s) {
  utf8proc_uint8_t* out = nullptr;
  const auto n = utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(s.data()), static_cast<utf8proc_ssize_t>(s.size()),
                              &out, static_cast<utf8proc_option_t>(UTF8PROC_STABLE | UTF8PROC_COMPOSE));
  std::string result = n >= 0 && out ? std::string(reinterpret_cast<const char*>(out), static_cast<std::size_t>(n)) : "<error>";
  std::free(out);
  return result;
}

std::string reference_nfd(const std::string& s) {
  utf8proc_uint8_t* out = utf8proc_NFD(reinterpret_cast<const utf8proc_uint8_t*>(s.c_str()));
  std::string result = out ? reinterpret_cast<const char*>(out) : "<error>";
  std::free(out);
  return result;
}

TEST(Unicode, CategoryLowerAndFoldMatchUtf8procForEveryCodePoint) {
  std::size_t checked = 0;
  for (char32_t cp = 0; cp < kEnd; ++cp) {
    const auto ucp = static_cast<utf8proc_int32_t>(cp);
    ASSERT_EQ(static_cast<int>(category(cp)), static_cast<int>(utf8proc_category(ucp))) << std::hex << u(cp);
    ASSERT_EQ(combining_class(cp), utf8proc_get_property(ucp)->combining_class) << std::hex << u(cp);
    ASSERT_EQ(u(to_lower(cp)), u(static_cast<char32_t>(utf8proc_tolower(ucp)))) << std::hex << u(cp);
    if (is_surrogate(cp)) continue;
    utf8proc_int32_t want[8];
    const auto n = utf8proc_decompose_char(ucp, want, 8, UTF8PROC_CASEFOLD, nullptr);
    char32_t got[3];
    const std::size_t m = case_fold(cp, got);
    ASSERT_EQ(static_cast<utf8proc_ssize_t>(m), n) << std::hex << u(cp);
    for (std::size_t i = 0; i < m; ++i) ASSERT_EQ(u(got[i]), u(static_cast<char32_t>(want[i]))) << std::hex << u(cp);
    ++checked;
  }
  EXPECT_EQ(checked, kEnd - 0x800);
  EXPECT_EQ(category(0x110000), Category::Cn);
  EXPECT_EQ(u(to_lower(0x110000)), 0x110000u);
}

TEST(Unicode, KnownProperties) {
  EXPECT_EQ(category(U'Ä'), Category::Lu);
  EXPECT_EQ(category(U'ß'), Category::Ll);
  EXPECT_EQ(category(U'\u0301'), Category::Mn);
  EXPECT_EQ(category(U'„'), Category::Ps);
  EXPECT_EQ(category(U'–'), Category::Pd);
  EXPECT_EQ(category(U'٣'), Category::Nd);
  EXPECT_EQ(u(to_lower(U'ẞ')), u(U'ß'));
  EXPECT_EQ(u(to_lower(U'Ω')), u(U'ω'));
  char32_t f[3];
  ASSERT_EQ(case_fold(U'ß', f), 2u);
  EXPECT_EQ(u(f[0]), u(U's'));
  EXPECT_EQ(u(f[1]), u(U's'));
  ASSERT_EQ(case_fold(U'ﬃ', f), 3u);
  EXPECT_EQ(u(f[2]), u(U'i'));
}

// Expectations from the Unicode standard (UAX #15 and the character names), not from either program.
TEST(Nfc, ComposesReordersAndLeavesExclusionsAlone) {
  EXPECT_EQ(nfc("Cafe\u0301"), "Café");
  EXPECT_EQ(nfc("Mu\u0308ller"), "Müller");
  EXPECT_EQ(nfc("\u212B"), "\u00C5");            // ANGSTROM SIGN is a singleton: Å
  EXPECT_EQ(nfc("a\u0302\u0323"), "\u1EAD");     // marks in either order give ậ
  EXPECT_EQ(nfc("a\u0323\u0302"), "\u1EAD");
  EXPECT_EQ(nfc("\u1100\u1161\u11A8"), "\uAC01");  // Hangul jamo L V T: 각
  EXPECT_EQ(nfc("\uAC00\u11A8"), "\uAC01");
  EXPECT_EQ(nfc("\u0958"), "\u0915\u093C");     // DEVANAGARI QA is excluded from composition
  EXPECT_EQ(nfc("e\u0301\u0301"), "\u00E9\u0301");  // the second acute is blocked by the first
  EXPECT_EQ(nfc("„Grüße“ – ok"), "„Grüße“ – ok");
  EXPECT_EQ(nfc("plain ascii"), "plain ascii");
  EXPECT_EQ(nfc(""), "");
}

TEST(Nfc, MatchesUtf8procForEveryCodePointAndItsDecomposition) {
  const std::vector<char32_t> marks = {0x0300, 0x0301, 0x0308, 0x0323, 0x0327, 0x0345, 0x05B0, 0x093C, 0x0B3E, 0x0CD5,
                                       0x1161, 0x11A8, 0x3099, 0x302A, 0x0334, 0x1DCE};
  for (char32_t cp = 0; cp < kEnd; ++cp) {
    if (is_surrogate(cp) || cp == 0) continue;
    const std::string one = utf8({cp});
    ASSERT_EQ(nfc(one), reference_nfc(one)) << std::hex << u(cp);
    const std::string decomposed = reference_nfd(one);
    ASSERT_EQ(nfc(decomposed), reference_nfc(decomposed)) << std::hex << u(cp);
    if (decomposed != one || cp < 0x3000 || (cp >= 0xAC00 && cp <= 0xD7A3)) {
      for (char32_t m : marks) {
        const std::string with = one + utf8({m});
        ASSERT_EQ(nfc(with), reference_nfc(with)) << std::hex << u(cp) << " + " << u(m);
      }
    }
  }
}

TEST(Nfc, MatchesUtf8procOnRandomMixtures) {
  // Starters, composites, marks of many classes and jamo, in random order and length.
  std::vector<char32_t> pool = {'a', 'A', 'e', 'o', 'u', 'U', 's', ' ', 0x00C5, 0x00E4, 0x00FC, 0x1E9E, 0x0391, 0x03B9,
                                0x0415, 0x0438, 0x05D0, 0x0915, 0x0B47, 0x0CC6, 0x1100, 0x1161, 0x11A8, 0xAC00, 0xAC01,
                                0x304B, 0x30AB, 0x212B, 0x2126, 0x0958, 0x1F00, 0x1FB3, 0x0F40, 0x0FB2, 0x0F71, 0x0F80};
  for (char32_t m = 0x0300; m < 0x0370; ++m) pool.push_back(m);
  for (char32_t m : {0x05B0, 0x05B4, 0x05BC, 0x093C, 0x094D, 0x0B3E, 0x0B56, 0x0B57, 0x0CC2, 0x0CD5, 0x0CD6, 0x3099,
                     0x309A, 0x0F72, 0x0F74, 0x0F7A, 0x0F80, 0x1DC0, 0x20D0, 0xFE20}) {
    pool.push_back(m);
  }
  std::mt19937 rng(20261204);
  std::uniform_int_distribution<std::size_t> pick(0, pool.size() - 1);
  std::uniform_int_distribution<int> length(1, 8);
  for (int round = 0; round < 200000; ++round) {
    std::string s;
    for (int k = length(rng); k > 0; --k) append_utf8(pool[pick(rng)], s);
    ASSERT_EQ(nfc(s), reference_nfc(s)) << s;
  }
}

}  // namespace
