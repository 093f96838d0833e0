// Readability formulas for German (Flesch-Amstad, Wiener Sachtextformel, LIX) over summed text figures.
#include "core/stats/readability.h"

#include "core/text/syllables.h"
#include "core/text/utf8.h"

namespace wortblick::stats {

TextFigures& TextFigures::operator+=(const TextFigures& o) {
  words += o.words;
  sentences += o.sentences;
  letters += o.letters;
  syllables += o.syllables;
  monosyllables += o.monosyllables;
  polysyllables += o.polysyllables;
  long_words += o.long_words;
  return *this;
}

Readability readability(const TextFigures& f) {
  Readability r;
  if (f.words == 0 || f.sentences == 0) return r;
  const double words = static_cast<double>(f.words);
  const double percent = 100.0 / words;
  r.mean_word_length = static_cast<double>(f.letters) / words;
  r.mean_sentence_length = words / static_cast<double>(f.sentences);
  r.syllables_per_word = static_cast<double>(f.syllables) / words;
  r.flesch_amstad = 180.0 - r.mean_sentence_length - 58.5 * r.syllables_per_word;
  const double ms = static_cast<double>(f.polysyllables) * percent;
  const double iw = static_cast<double>(f.long_words) * percent;
  const double es = static_cast<double>(f.monosyllables) * percent;
  r.wstf1 = 0.1935 * ms + 0.1672 * r.mean_sentence_length + 0.1297 * iw - 0.0327 * es - 0.875;
  r.lix = r.mean_sentence_length + iw;
  r.valid = true;
  return r;
}

void add_word(TextFigures& f, std::string_view word) {
  std::uint64_t letters = 0;
  for (std::size_t i = 0; i < word.size();) {
    const text::Decoded d = text::decode_utf8(word, i);
    if (d.valid && text::is_word_letter(d.cp)) ++letters;
    i += d.length;
  }
  const std::uint32_t syllables = text::german_syllables(word);
  ++f.words;
  f.letters += letters;
  f.syllables += syllables;
  if (syllables == 1) ++f.monosyllables;
  if (syllables >= 3) ++f.polysyllables;
  if (letters > 6) ++f.long_words;
}

}  // namespace wortblick::stats
