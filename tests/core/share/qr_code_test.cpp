// QR codes for share links: sizes, the fixed patterns a scanner looks for, limits and errors.
#include "core/share/qr_code.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <string>
#include <variant>

namespace {

using wortblick::share::encode_qr;
using wortblick::share::QrCode;
using wortblick::share::QrError;

const std::string kLink =
    "https://schule.example/wortblick/index.html#view=concordance&article=000_7fb449a311e9661c%3A1&q=Verschl%C3%BCss%2A";

QrCode encoded(const std::string& text) {
  auto result = encode_qr(text);
  EXPECT_TRUE(std::holds_alternative<QrCode>(result)) << "no code for a text of " << text.size() << " bytes";
  return std::holds_alternative<QrCode>(result) ? std::get<QrCode>(std::move(result)) : QrCode{};
}

// A finder pattern: a dark 7x7 ring, a light ring inside it, a dark 3x3 centre, and a light
// separator row and column on its inner sides.
bool finder_at(const QrCode& code, int x0, int y0) {
  for (int dy = 0; dy < 7; ++dy) {
    for (int dx = 0; dx < 7; ++dx) {
      const int ring = std::max(std::abs(dx - 3), std::abs(dy - 3));
      if (code.dark(x0 + dx, y0 + dy) != (ring != 2)) return false;
    }
  }
  for (int i = -1; i <= 7; ++i) {
    for (const auto& [x, y] : {std::pair{x0 - 1, y0 + i}, std::pair{x0 + 7, y0 + i},
                               std::pair{x0 + i, y0 - 1}, std::pair{x0 + i, y0 + 7}}) {
      if (x >= 0 && y >= 0 && x < code.size && y < code.size && code.dark(x, y)) return false;
    }
  }
  return true;
}

// The error correction level from the first copy of the format information (15 bits beside the
// top-left finder, masked with 101010000010010): 1 = L, 0 = M, 3 = Q, 2 = H.
int ecc_format_bits(const QrCode& code) {
  int bits = 0;
  auto put = [&](int i, int x, int y) { bits |= (code.dark(x, y) ? 1 : 0) << i; };
  for (int i = 0; i <= 5; ++i) put(i, 8, i);
  put(6, 8, 7);
  put(7, 8, 8);
  put(8, 7, 8);
  for (int i = 9; i < 15; ++i) put(i, 14 - i, 8);
  return ((bits ^ 0x5412) >> 13) & 3;
}

TEST(QrCode, SizeIsFourTimesTheVersionPlus17AndGrowsWithTheText) {
  int previous = 0;
  for (const std::size_t length : {0u, 1u, 20u, 100u, 400u, 1200u, 2331u}) {
    const QrCode code = encoded(std::string(length, 'w'));
    ASSERT_GE(code.size, 21);
    ASSERT_LE(code.size, 177);
    EXPECT_EQ((code.size - 17) % 4, 0) << code.size;
    EXPECT_EQ(code.size, 4 * code.version() + 17);
    EXPECT_EQ(code.modules.size(), static_cast<std::size_t>(code.size * code.size));
    EXPECT_GE(code.size, previous) << length << " bytes";
    previous = code.size;
  }
  EXPECT_EQ(encoded("").size, 21);          // version 1
  EXPECT_EQ(encoded(kLink).size, 45);       // 114 bytes: version 7 holds 122 at level M, 6 only 106
  EXPECT_EQ(previous, 177);                 // 2331 bytes need the largest code, version 40
}

TEST(QrCode, ModulesAreZeroOrOne) {
  const QrCode code = encoded(kLink);
  int dark = 0;
  for (const auto m : code.modules) {
    ASSERT_LE(m, 1);
    dark += m;
  }
  // Masking keeps a code near half dark; a code of all light or all dark modules would not scan.
  EXPECT_GT(dark, static_cast<int>(code.modules.size()) * 35 / 100);
  EXPECT_LT(dark, static_cast<int>(code.modules.size()) * 65 / 100);
}

TEST(QrCode, FinderPatternsSitInThreeCornersOnly) {
  for (const std::string& text : {std::string("x"), kLink, std::string(900, 'q')}) {
    const QrCode code = encoded(text);
    const int far = code.size - 7;
    EXPECT_TRUE(finder_at(code, 0, 0)) << code.size;
    EXPECT_TRUE(finder_at(code, far, 0)) << code.size;
    EXPECT_TRUE(finder_at(code, 0, far)) << code.size;
    EXPECT_FALSE(finder_at(code, far, far)) << code.size;  // the fourth corner tells a scanner which way is up
    // Timing patterns: row and column 6 alternate between the finders, starting dark.
    for (int i = 8; i < far - 1; ++i) {
      EXPECT_EQ(code.dark(i, 6), i % 2 == 0) << "row 6, x " << i;
      EXPECT_EQ(code.dark(6, i), i % 2 == 0) << "column 6, y " << i;
    }
  }
}

TEST(QrCode, ErrorCorrectionIsAtLeastLevelM) {
  for (const std::string& text : {std::string("x"), kLink, std::string(2331, 'a')}) {
    const int ecc = ecc_format_bits(encoded(text));
    EXPECT_NE(ecc, 1) << "level L for a text of " << text.size() << " bytes";
  }
  EXPECT_EQ(ecc_format_bits(encoded(std::string(2331, 'a'))), 0);  // full: exactly M, nothing to spare
}

TEST(QrCode, TooLongTextIsAnErrorNotAThrow) {
  // Capacity of version 40 at level M: 2331 bytes, 5596 digits.
  EXPECT_EQ(encoded(std::string(2331, 'a')).size, 177);
  EXPECT_EQ(std::get<QrError>(encode_qr(std::string(2332, 'a'))), QrError::TextTooLong);
  EXPECT_EQ(encoded(std::string(5596, '7')).size, 177);
  EXPECT_EQ(std::get<QrError>(encode_qr(std::string(5597, '7'))), QrError::TextTooLong);
  EXPECT_EQ(std::get<QrError>(encode_qr(std::string(20 * 1024 * 1024, '#'))), QrError::TextTooLong);
  // Bytes count, not characters: 1166 umlauts are 2332 bytes.
  std::string umlauts;
  for (int i = 0; i < 1166; ++i) umlauts += "ü";
  EXPECT_EQ(std::get<QrError>(encode_qr(umlauts)), QrError::TextTooLong);
  EXPECT_EQ(encoded(umlauts.substr(2)).size, 177);
}

TEST(QrCode, DifferentTextsGiveDifferentCodesAndTheSameTextTheSameCode) {
  const QrCode a = encoded(kLink);
  const QrCode b = encoded(kLink + "x");
  const QrCode c = encoded(std::string("https://schule.example/wortblick/index.html#view=reader"));
  EXPECT_EQ(a.modules, encoded(kLink).modules);
  EXPECT_NE(a.modules, b.modules);
  EXPECT_NE(a.modules, c.modules);
  // A NUL byte is data too, not the end of the text.
  EXPECT_NE(encoded(std::string("ab\0cd", 5)).modules, encoded("ab").modules);
}

}  // namespace
