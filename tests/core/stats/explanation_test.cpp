// Explanations: formulas and worked lines are symbols and numbers only, so they read the same in a German and an English UI.
#include "core/stats/explanation.h"

#include <gtest/gtest.h>

#include <cctype>
#include <set>
#include <string>
#include <vector>

namespace wortblick::stats {
namespace {

// Names of measures and symbols, which are the same in both languages; any other run of three
// or more ASCII letters would be an English (or German) word the other UI could not translate.
const std::set<std::string> kNames = {"log", "log2", "ln", "Log", "Ratio", "logDice", "span", "Flesch", "Amstad",
                                      "ASL", "ASW", "Syl", "WSTF", "LIX", "STTR", "TTR", "Oij", "Eij"};

std::vector<std::string> words_in(const std::string& s) {
  std::vector<std::string> out;
  std::string run;
  for (std::size_t i = 0; i <= s.size(); ++i) {
    const bool letter = i < s.size() && std::isalnum(static_cast<unsigned char>(s[i]));
    if (letter) {
      run += s[i];
      continue;
    }
    bool letters = run.size() >= 3;
    for (const char c : run) letters = letters && std::isalpha(static_cast<unsigned char>(c)) != 0;
    if (run.size() >= 3 && (letters || run == "log2") && !kNames.count(run)) out.push_back(run);
    run.clear();
  }
  return out;
}

void expect_no_words(const Explanation& e) {
  EXPECT_TRUE(words_in(e.formula).empty()) << e.figure << ": " << e.formula;
  EXPECT_TRUE(words_in(e.worked).empty()) << e.figure << ": " << e.worked;
  for (const auto& v : e.values) EXPECT_TRUE(words_in(v.value).empty()) << e.figure << ": " << v.value;
}

TEST(Explanation, FormulasHoldNoWordsOfOneLanguage) {
  expect_no_words(explain_frequency("Haus", 12, 3400));
  expect_no_words(*explain_keyness("ll", "Haus", 12, 3, 3400, 5000));
  expect_no_words(*explain_keyness("logRatio", "Haus", 12, 3, 3400, 5000));
  expect_no_words(explain_dispersion("Haus", 12, 4, 10));
  const CollocationCounts counts{6, 40, 30, 5000, 10};
  for (const auto m : {CollocationMeasure::Frequency, CollocationMeasure::MI, CollocationMeasure::MI3,
                       CollocationMeasure::LogDice, CollocationMeasure::T, CollocationMeasure::Z, CollocationMeasure::LL})
    expect_no_words(explain_collocation("Haus", "Garten", m, counts, 5, 5));
  TextStats t;
  t.figures.words = 2400;
  t.figures.sentences = 120;
  t.figures.letters = 14000;
  t.figures.syllables = 4300;
  t.figures.long_words = 700;
  t.figures.polysyllables = 500;
  t.figures.monosyllables = 1100;
  t.readability = readability(t.figures);
  t.types = 900;
  t.hapax = 500;
  t.sttr_chunks = 2;
  for (const char* figure : {"tokens", "types", "ttr", "sttr", "hapax", "meanWordLength", "meanSentenceLength",
                             "sentences", "fleschAmstad", "wstf1", "lix", "coverage50", "coverage95"}) {
    const auto e = explain_text_stat(figure, t);
    ASSERT_TRUE(e) << figure;
    expect_no_words(*e);
  }
  // The check itself catches a word.
  EXPECT_EQ(words_in("LIX = W / S + 100 · long words / W"), (std::vector<std::string>{"long", "words"}));
}

}  // namespace
}  // namespace wortblick::stats
