// Readability: figures counted from words, and the published formulas checked against hand-worked values.
#include "core/stats/readability.h"

#include <gtest/gtest.h>

#include <string_view>
#include <vector>

namespace wortblick::stats {
namespace {

// "Der Messenger verschlüsselt alle Nachrichten. Die Regierung will mitlesen. Datenschützer
// warnen vor der Chatkontrolle." Counted by hand, word: letters, syllables (division):
//   Der 3 1 | Messenger 9 3 (Mes-sen-ger) | verschlüsselt 13 3 (ver-schlüs-selt) | alle 4 2 (al-le)
//   | Nachrichten 11 3 (Nach-rich-ten)                                         -> 40 letters, 12 syllables
//   Die 3 1 | Regierung 9 3 (Re-gie-rung) | will 4 1 | mitlesen 8 3 (mit-le-sen) -> 24 letters,  8 syllables
//   Datenschützer 13 4 (Da-ten-schüt-zer) | warnen 6 2 (war-nen) | vor 3 1 | der 3 1
//   | Chatkontrolle 13 4 (Chat-kon-trol-le)                                     -> 38 letters, 12 syllables
// words 14, sentences 3, letters 102, syllables 32;
// one syllable: Der Die will vor der = 5;
// three or more: Messenger verschlüsselt Nachrichten Regierung mitlesen Datenschützer Chatkontrolle = 7;
// more than six letters: the same seven words = 7 (alle 4, warnen 6 are not).
const std::vector<std::vector<std::string_view>> kSentences = {
    {"Der", "Messenger", "verschlüsselt", "alle", "Nachrichten"},
    {"Die", "Regierung", "will", "mitlesen"},
    {"Datenschützer", "warnen", "vor", "der", "Chatkontrolle"},
};

TextFigures figures_of(const std::vector<std::vector<std::string_view>>& sentences) {
  TextFigures f;
  for (const auto& sentence : sentences) {
    for (const auto word : sentence) add_word(f, word);
    ++f.sentences;
  }
  return f;
}

TEST(Readability, CountsOfAHandWorkedText) {
  const TextFigures f = figures_of(kSentences);
  EXPECT_EQ(f.words, 14u);
  EXPECT_EQ(f.sentences, 3u);
  EXPECT_EQ(f.letters, 102u);
  EXPECT_EQ(f.syllables, 32u);
  EXPECT_EQ(f.monosyllables, 5u);
  EXPECT_EQ(f.polysyllables, 7u);
  EXPECT_EQ(f.long_words, 7u);
}

TEST(Readability, FormulasOnAHandWorkedText) {
  // ASL = 14 / 3 = 4.666667; ASW = 32 / 14 = 2.285714; letters per word = 102 / 14 = 7.285714.
  // Flesch-Amstad = 180 - 4.666667 - 58.5 * 2.285714 = 180 - 4.666667 - 133.714286 = 41.619048.
  // MS = 7 / 14 = 50 %, IW = 7 / 14 = 50 %, ES = 5 / 14 = 35.714286 %.
  // WSTF1 = 0.1935 * 50 + 0.1672 * 4.666667 + 0.1297 * 50 - 0.0327 * 35.714286 - 0.875
  //       = 9.675 + 0.780267 + 6.485 - 1.167857 - 0.875 = 14.897410.
  // LIX = 4.666667 + 100 * 7 / 14 = 54.666667.
  const Readability r = readability(figures_of(kSentences));
  ASSERT_TRUE(r.valid);
  EXPECT_NEAR(r.mean_word_length, 7.285714, 1e-6);
  EXPECT_NEAR(r.mean_sentence_length, 4.666667, 1e-6);
  EXPECT_NEAR(r.syllables_per_word, 2.285714, 1e-6);
  EXPECT_NEAR(r.flesch_amstad, 41.619048, 1e-6);
  EXPECT_NEAR(r.wstf1, 14.897410, 1e-6);
  EXPECT_NEAR(r.lix, 54.666667, 1e-6);
}

TEST(Readability, FormulasOnRoundFigures) {
  // 100 words in 10 sentences, 550 letters, 170 syllables, 50 of one syllable, 20 of three or
  // more, 25 longer than six letters: ASL 10, ASW 1.7, letters per word 5.5.
  // Flesch-Amstad = 180 - 10 - 58.5 * 1.7 = 180 - 10 - 99.45 = 70.55.
  // WSTF1 = 0.1935 * 20 + 0.1672 * 10 + 0.1297 * 25 - 0.0327 * 50 - 0.875
  //       = 3.87 + 1.672 + 3.2425 - 1.635 - 0.875 = 6.2745.
  // LIX = 10 + 25 = 35.
  TextFigures f;
  f.words = 100;
  f.sentences = 10;
  f.letters = 550;
  f.syllables = 170;
  f.monosyllables = 50;
  f.polysyllables = 20;
  f.long_words = 25;
  const Readability r = readability(f);
  ASSERT_TRUE(r.valid);
  EXPECT_NEAR(r.mean_word_length, 5.5, 1e-9);
  EXPECT_NEAR(r.mean_sentence_length, 10.0, 1e-9);
  EXPECT_NEAR(r.syllables_per_word, 1.7, 1e-9);
  EXPECT_NEAR(r.flesch_amstad, 70.55, 1e-9);
  EXPECT_NEAR(r.wstf1, 6.2745, 1e-9);
  EXPECT_NEAR(r.lix, 35.0, 1e-9);
}

void expect_all_zero(const Readability& r) {
  EXPECT_FALSE(r.valid);
  EXPECT_EQ(r.mean_word_length, 0.0);
  EXPECT_EQ(r.mean_sentence_length, 0.0);
  EXPECT_EQ(r.syllables_per_word, 0.0);
  EXPECT_EQ(r.flesch_amstad, 0.0);
  EXPECT_EQ(r.wstf1, 0.0);
  EXPECT_EQ(r.lix, 0.0);
}

TEST(Readability, NoWordsOrNoSentencesIsInvalid) {
  expect_all_zero(readability(TextFigures{}));
  TextFigures no_sentences;
  add_word(no_sentences, "Datenschutz");
  expect_all_zero(readability(no_sentences));
  TextFigures no_words;
  no_words.sentences = 2;
  expect_all_zero(readability(no_words));
}

TEST(Readability, PlusAddsEveryField) {
  TextFigures a{1, 2, 3, 4, 5, 6, 7};
  const TextFigures b{10, 20, 30, 40, 50, 60, 70};
  TextFigures& same = (a += b);
  EXPECT_EQ(&same, &a);
  EXPECT_EQ(a.words, 11u);
  EXPECT_EQ(a.sentences, 22u);
  EXPECT_EQ(a.letters, 33u);
  EXPECT_EQ(a.syllables, 44u);
  EXPECT_EQ(a.monosyllables, 55u);
  EXPECT_EQ(a.polysyllables, 66u);
  EXPECT_EQ(a.long_words, 77u);
  // Figures of two texts added give the readability of the texts joined.
  TextFigures first = figures_of({kSentences[0]});
  first += figures_of({kSentences[1], kSentences[2]});
  const Readability joined = readability(figures_of(kSentences));
  EXPECT_NEAR(readability(first).wstf1, joined.wstf1, 1e-12);
}

TEST(Readability, AddWordCountsLettersAndSyllables) {
  TextFigures f;
  add_word(f, "Straße");  // 6 letters (ß is one), Stra-ße
  EXPECT_EQ(f.words, 1u);
  EXPECT_EQ(f.letters, 6u);
  EXPECT_EQ(f.syllables, 2u);
  EXPECT_EQ(f.monosyllables, 0u);
  EXPECT_EQ(f.polysyllables, 0u);
  EXPECT_EQ(f.long_words, 0u);  // six letters are not more than six

  TextFigures w;
  add_word(w, "Whatsapp-Alternative");  // 8 + 11 letters, the hyphen is none; Whats-app-Al-ter-na-ti-ve
  EXPECT_EQ(w.letters, 19u);
  EXPECT_EQ(w.syllables, 7u);
  EXPECT_EQ(w.polysyllables, 1u);
  EXPECT_EQ(w.long_words, 1u);

  TextFigures u;
  add_word(u, "Äußerung");  // code points, not bytes: 8 letters in 10 bytes; Äu-ße-rung
  EXPECT_EQ(u.letters, 8u);
  EXPECT_EQ(u.syllables, 3u);
  EXPECT_EQ(u.long_words, 1u);

  TextFigures m;
  add_word(m, "Bier");
  EXPECT_EQ(m.monosyllables, 1u);
  EXPECT_EQ(m.letters, 4u);
}

TEST(Readability, NumbersAreNoWords) {
  // Callers skip number tokens (they are no words, Token::counts_as_word); given one anyway,
  // add_word counts a word without letters or syllables, in no syllable class.
  TextFigures f;
  add_word(f, "2024");
  EXPECT_EQ(f.words, 1u);
  EXPECT_EQ(f.letters, 0u);
  EXPECT_EQ(f.syllables, 0u);
  EXPECT_EQ(f.monosyllables, 0u);
  EXPECT_EQ(f.polysyllables, 0u);
  EXPECT_EQ(f.long_words, 0u);
}

}  // namespace
}  // namespace wortblick::stats
