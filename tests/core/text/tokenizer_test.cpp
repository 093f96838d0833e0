// Tests of the German tokenizer through the pipeline: compounds, numbers, URLs, quotes, positions.
#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>

#include "core/text/clean_text.h"
#include "core/text/text_pipeline.h"

namespace {

using wortblick::text::TextPipeline;
using wortblick::text::Token;

std::vector<std::string> texts(const std::vector<Token>& ts) {
  std::vector<std::string> out;
  for (const auto& t : ts) out.emplace_back(t.text);
  return out;
}

std::vector<std::string> keys(const std::vector<Token>& ts) {
  std::vector<std::string> out;
  for (const auto& t : ts) out.emplace_back(t.key);
  return out;
}

using Strings = std::vector<std::string>;

TEST(Tokenizer, CompoundYieldsWholeAndPartsWithPositions) {
  TextPipeline p;
  const auto ts = p.tokenize("eine Whatsapp-Alternative und Ende-zu-Ende-Verschlüsselung hier");
  EXPECT_EQ(keys(ts), (Strings{"eine", "whatsapp-alternative", "whatsapp", "alternative", "und",
                               "ende-zu-ende-verschluesselung", "ende", "zu", "ende", "verschluesselung",
                               "hier"}));
  ASSERT_EQ(ts.size(), 11u);
  EXPECT_EQ(ts[0].position, 0u);
  EXPECT_EQ(ts[1].position, 1u);
  EXPECT_EQ(ts[1].span, 2u);
  EXPECT_FALSE(ts[1].part);
  EXPECT_EQ(ts[2].position, 1u);
  EXPECT_TRUE(ts[2].part);
  EXPECT_EQ(ts[3].position, 2u);
  EXPECT_EQ(ts[4].position, 3u);  // "und" follows the last part
  EXPECT_EQ(ts[5].position, 4u);
  EXPECT_EQ(ts[5].span, 4u);
  for (int k = 0; k < 4; ++k) EXPECT_EQ(ts[6 + k].position, 4u + k);
  EXPECT_EQ(ts[10].position, 8u);
  EXPECT_EQ(ts[1].text, "Whatsapp-Alternative");
}

TEST(Tokenizer, TruncatedCompoundLeavesNoGarbage) {
  TextPipeline p;
  EXPECT_EQ(texts(p.tokenize("jeder WhatsApp- Nutzer")), (Strings{"jeder", "WhatsApp", "Nutzer"}));
  EXPECT_EQ(texts(p.tokenize("iOS-, Android- und macOS-Geräten")),
            (Strings{"iOS", "Android", "und", "macOS-Geräten", "macOS", "Geräten"}));
  EXPECT_EQ(texts(p.tokenize("„Der Herr der Ringe“-Fans")), (Strings{"Der", "Herr", "der", "Ringe", "Fans"}));
}

TEST(Tokenizer, NumbersAreNumberTokens) {
  TextPipeline p;
  const auto ts = p.tokenize("1,5 Milliarden, 60 Sekunden, 2019. 55.000 Angebote, 2,58 Prozent am 05.09.2017");
  Strings numbers;
  for (const auto& t : ts)
    if (t.is_number()) numbers.emplace_back(t.text);
  EXPECT_EQ(numbers, (Strings{"1,5", "60", "2019", "55.000", "2,58", "05.09.2017"}));
  for (const auto& t : ts) EXPECT_EQ(t.is_number(), !t.counts_as_word() && !t.is_url()) << t.text;
}

TEST(Tokenizer, UrlsAndMailAreSingleTokens) {
  TextPipeline p;
  const auto ts = p.tokenize(
      "Siehe https://blog.wdr.de/digitalistan/amazon-pakete/, //ofgogoatan.com/afu.php?zoneid=2954224 "
      "und Booking.com oder www.example.org. Mail: info@t3n.de!");
  Strings urls;
  for (const auto& t : ts)
    if (t.is_url()) urls.emplace_back(t.text);
  EXPECT_EQ(urls, (Strings{"https://blog.wdr.de/digitalistan/amazon-pakete/",
                           "//ofgogoatan.com/afu.php?zoneid=2954224", "Booking.com", "www.example.org",
                           "info@t3n.de"}));
  for (const auto& t : ts) EXPECT_NE(t.key, "zoneid");
}

TEST(Tokenizer, MissingSpaceAfterFullStopIsNoUrl) {
  TextPipeline p;
  EXPECT_EQ(texts(p.tokenize("verkauft.Das J.R.R. Tolkien")), (Strings{"verkauft", "Das", "J", "R", "R", "Tolkien"}));
}

TEST(Tokenizer, QuotesAndDashesSeparate) {
  TextPipeline p;
  EXPECT_EQ(texts(p.tokenize("„Niemand“ ‚Umtausch‘ «Bild» – mit — Abstand")),
            (Strings{"Niemand", "Umtausch", "Bild", "mit", "Abstand"}));
}

TEST(Tokenizer, ApostrophesInsideWordsAreKeptAndNormalizedInTheKey) {
  TextPipeline p;
  const auto ts = p.tokenize("Wie geht’s? Rock’n’Roll und Rock'n'Roll, Jones' Buch");
  EXPECT_EQ(texts(ts), (Strings{"Wie", "geht’s", "Rock’n’Roll", "und", "Rock'n'Roll", "Jones", "Buch"}));
  EXPECT_EQ(ts[1].key, "geht's");
  EXPECT_EQ(ts[2].key, ts[4].key);
}

TEST(Tokenizer, EmptyAndSeparatorOnlyInput) {
  TextPipeline p;
  EXPECT_TRUE(p.tokenize("").empty());
  EXPECT_TRUE(p.tokenize(" \n„“ – —!?").empty());
}

TEST(Tokenizer, KeysAndStopwordsMatchAcrossSpellings) {
  TextPipeline p;
  const auto a = p.tokenize("Marktführer für maßgeblich WhatsApp");
  const auto b = p.tokenize("Marktfuehrer fuer massgeblich whatsapp");
  ASSERT_EQ(a.size(), b.size());
  for (std::size_t i = 0; i < a.size(); ++i) {
    EXPECT_EQ(a[i].key, b[i].key);
    EXPECT_EQ(a[i].stem, b[i].stem);
    EXPECT_EQ(a[i].stopword, b[i].stopword);
  }
  EXPECT_TRUE(a[1].stopword);
  EXPECT_FALSE(a[0].stopword);
}

// Property: tokens point into the text, are sorted, and their text is the bytes they cover.
void expect_well_formed(std::string_view text, const std::vector<Token>& ts) {
  std::uint32_t last_start = 0;
  for (const auto& t : ts) {
    ASSERT_LE(t.start, t.end);
    ASSERT_LE(t.end, text.size());
    ASSERT_GE(t.start, last_start);
    ASSERT_EQ(t.text, text.substr(t.start, t.end - t.start));
    ASSERT_FALSE(t.text.empty());
    ASSERT_FALSE(t.key.empty());
    last_start = t.start;
  }
}

TEST(TokenizerProperty, RandomBytesNeverCrashAndStayInBounds) {
  TextPipeline p;
  std::mt19937 rng(12345);
  const std::string alphabet[] = {"a", "Z", "ä", "ß", "-", "'", "’", ".", ",", "1", " ", "\n", "/", "@",
                                  "„", "–", "\xff", "\xc3", "\x80", "http://", "www.", ".de", "\u0308"};
  for (int round = 0; round < 2000; ++round) {
    std::string s;
    const int len = static_cast<int>(rng() % 40);
    for (int k = 0; k < len; ++k) {
      if (rng() % 4 == 0) {
        s.push_back(static_cast<char>(rng() % 256));
      } else {
        s += alphabet[rng() % std::size(alphabet)];
      }
    }
    SCOPED_TRACE(testing::Message() << "round " << round);
    expect_well_formed(s, p.tokenize(s));  // raw bytes
    const auto clean = wortblick::text::clean_text(s);
    expect_well_formed(clean.text, p.tokenize(clean.text));
  }
}

TEST(TokenizerProperty, PositionsNeverDecreaseAndSpansCoverParts) {
  TextPipeline p;
  const std::string text = "Die Ende-zu-Ende-Verschlüsselung der WhatsApp-Gründer, 2019 auf Booking.com.";
  const auto ts = p.tokenize(text);
  expect_well_formed(text, ts);
  std::uint32_t next = 0;
  for (const auto& t : ts) {
    if (t.part) continue;
    EXPECT_EQ(t.position, next) << t.text;
    next = t.position + t.span;
  }
}

}  // namespace
