// Sentence ends in German text: full stops after numbers, abbreviations and initials are not.
#include "core/text/sentences.h"

#include <gtest/gtest.h>

namespace wortblick::text {
namespace {

TEST(Sentences, TerminatorsEndSentences) {
  EXPECT_TRUE(sentence_break("bellt", ". ", "Der", false));
  EXPECT_TRUE(sentence_break("kommt", "? ", "Sie", false));
  EXPECT_TRUE(sentence_break("los", "! ", "Dann", false));
  EXPECT_TRUE(sentence_break("weiter", " … ", "Später", false));
  EXPECT_TRUE(sentence_break("ihr", "?“ ", "Dann", false));
  EXPECT_FALSE(sentence_break("Hund", " ", "bellt", false));
  EXPECT_FALSE(sentence_break("Hund", ", ", "der", false));
}

TEST(Sentences, NumbersAbbreviationsAndInitialsDoNotEndSentences) {
  EXPECT_FALSE(sentence_break("3", ". ", "Oktober", true));
  EXPECT_FALSE(sentence_break("z", ". ", "B", false));
  EXPECT_FALSE(sentence_break("B", ". ", "Messenger", false));
  EXPECT_FALSE(sentence_break("Dr", ". ", "Müller", false));
  EXPECT_FALSE(sentence_break("Mio", ". ", "Nutzer", false));
  EXPECT_FALSE(sentence_break("A", ". ", "Merkel", false));
  EXPECT_FALSE(sentence_break("ca", ". ", "zehn", false));
}

TEST(Sentences, LowerCaseOrACommaAfterTheMarkGoesOn) {
  EXPECT_FALSE(sentence_break("ihr", "?“, ", "fragte", false));
  EXPECT_FALSE(sentence_break("Wer", "? ", "fragte", false));
  EXPECT_FALSE(sentence_break("Ende", ". ", "über", false));
  EXPECT_FALSE(sentence_break("Ende", ": ", "Das", false));
}

}  // namespace
}  // namespace wortblick::text
