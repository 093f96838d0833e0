// Tests of search-key folding and text cleaning: German spellings meet, invalid bytes are reported.
#include <gtest/gtest.h>

#include "../../support/messages.h"

#include "core/text/clean_text.h"
#include "core/text/fold.h"

namespace {

using wortblick::text::clean_text;
using wortblick::text::search_key;

TEST(SearchKey, UmlautSpellingsAndCaseMeet) {
  EXPECT_EQ(search_key("Marktführer"), search_key("Marktfuehrer"));
  EXPECT_EQ(search_key("Marktführer"), "marktfuehrer");
  EXPECT_EQ(search_key("maßgeblich"), search_key("massgeblich"));
  EXPECT_EQ(search_key("WhatsApp"), search_key("whatsapp"));
  EXPECT_EQ(search_key("Äpfel"), search_key("aepfel"));
  EXPECT_EQ(search_key("ÖL"), "oel");
  EXPECT_EQ(search_key("Übel"), "uebel");
  EXPECT_EQ(search_key("für"), "fuer");
}

TEST(SearchKey, CapitalSharpSAndFullCaseFolding) {
  EXPECT_EQ(search_key("STRAẞE"), "strasse");
  EXPECT_EQ(search_key("Straße"), "strasse");
  EXPECT_EQ(search_key("STRASSE"), "strasse");
  // Non-German letters fold by Unicode case folding, not byte-wise tolower.
  EXPECT_EQ(search_key("ÉCOLE"), "école");
  EXPECT_EQ(search_key("ΣΟΦΊΑ"), search_key("σοφία"));
}

TEST(SearchKey, ApostrophesHyphensAndInvisibles) {
  EXPECT_EQ(search_key("geht’s"), "geht's");
  EXPECT_EQ(search_key("Rock’n’Roll"), search_key("Rock'n'Roll"));
  EXPECT_EQ(search_key("E\u2011Mail"), "e-mail");
  EXPECT_EQ(search_key("Tele\u00ADfon"), "telefon");
}

TEST(SearchKey, EmptyAndInvalid) {
  EXPECT_EQ(search_key(""), "");
  EXPECT_EQ(search_key("a\xff" "b"), "a\uFFFD" "b");
}

TEST(CleanText, AsciiAndValidTextPassUnchanged) {
  const auto a = clean_text("plain ascii");
  EXPECT_EQ(a.text, "plain ascii");
  EXPECT_TRUE(a.same_as_input());
  const auto g = clean_text("Größe über Äpfel");
  EXPECT_EQ(g.text, "Größe über Äpfel");
  EXPECT_TRUE(g.same_as_input());
}

TEST(CleanText, InvalidBytesAreReplacedAndReported) {
  const auto c = clean_text("ab\xfc" "cd\xc3");
  EXPECT_EQ(c.text, "ab\uFFFD" "cd\uFFFD");
  EXPECT_EQ(c.replaced, 2u);
  EXPECT_EQ(c.first_replaced, 2u);
  EXPECT_FALSE(c.same_as_input());
  // 2 invalid bytes, the first at byte 2.
  EXPECT_EQ(describe_repairs(c, "x.txt"),
            (std::vector<wortblick::Message>{{wortblick::Msg::TextRepairedBytes, {"x.txt", "2", "2"}}}));
  // Overlong encoding and surrogate halves are invalid, too.
  EXPECT_EQ(clean_text("\xc0\xaf").replaced, 2u);
  EXPECT_EQ(clean_text("\xed\xa0\x80").replaced, 3u);
}

TEST(CleanText, DecomposedUmlautsAreComposedToNfc) {
  const auto c = clean_text("Mu\u0308ller");
  EXPECT_EQ(c.text, "Müller");
  EXPECT_TRUE(c.renormalized);
  EXPECT_EQ(search_key(c.text), "mueller");
}

TEST(CleanText, EmptyInput) {
  const auto c = clean_text("");
  EXPECT_TRUE(c.text.empty());
  EXPECT_EQ(c.replaced, 0u);
  EXPECT_TRUE(describe_repairs(c, "x.txt").empty());
}

}  // namespace
