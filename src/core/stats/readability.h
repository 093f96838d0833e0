// Readability of German text: the counts it is computed from and the published formulas.
#pragma once

#include <cstdint>
#include <string_view>

namespace wortblick::stats {

struct TextFigures {            // raw counts a text's readability is computed from
  std::uint64_t words = 0;          // word tokens (no numbers)
  std::uint64_t sentences = 0;
  std::uint64_t letters = 0;        // letters of those words (code points that are letters)
  std::uint64_t syllables = 0;
  std::uint64_t monosyllables = 0;  // words of one syllable
  std::uint64_t polysyllables = 0;  // words of three or more syllables
  std::uint64_t long_words = 0;     // words of more than six letters
  // Counts of several texts add up, so the readability of a scope is that of its articles joined.
  TextFigures& operator+=(const TextFigures&);
};

struct Readability {
  double mean_word_length = 0;     // letters per word
  double mean_sentence_length = 0; // words per sentence (ASL)
  double syllables_per_word = 0;   // ASW
  double flesch_amstad = 0;        // 180 - ASL - 58.5 * ASW (Amstad 1978)
  // First Wiener Sachtextformel (Bamberger & Vanecek 1984): 0.1935*MS + 0.1672*SL + 0.1297*IW
  // - 0.0327*ES - 0.875, MS = % words with >= 3 syllables, SL = ASL, IW = % words with > 6
  // letters, ES = % one-syllable words. A school grade, about 4 (easy) to 15 (very hard).
  double wstf1 = 0;
  double lix = 0;                  // Björnsson: words/sentences + 100 * long_words / words
  bool valid = false;              // false when there are no words or no sentences (every figure 0)
};

// Scores are not clamped: Flesch-Amstad runs below 0 and above 100 on extreme texts, and a
// clamped value would hide how far out they are.
Readability readability(const TextFigures& f);

// Adds one word's figures (its letters counted as code points that are letters, syllables by german_syllables).
// Numbers are not words: callers skip number tokens (Token::counts_as_word), because "2024"
// read aloud has syllables the formulas never saw. A letterless token given anyway counts as a
// word of 0 letters and 0 syllables, in no syllable class.
void add_word(TextFigures& f, std::string_view word);

}  // namespace wortblick::stats
