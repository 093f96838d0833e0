// Counting the syllables of a German word by rule, for readability formulas.
#pragma once

#include <cstdint>
#include <string_view>

namespace wortblick::text {

// What readability figures count as a letter: ASCII letters and every code point from U+00C0
// on (ä ö ü ß é ẞ, but also Greek or Cyrillic), except × ÷ and the General Punctuation block
// U+2000-U+206F (dashes, typographic hyphens and quotes, zero-width characters), which can
// sit inside a token without being part of the word. Digits and '-' are not letters.
bool is_word_letter(char32_t cp);

// Syllables of one word in UTF-8, any case, by rule (see syllables.cpp for the rules and their
// known misses): one per vowel nucleus, where the German diphthongs and long-vowel spellings
// count once. Non-letters (hyphens, digits, apostrophes, invalid bytes) add nothing, and a
// vowel run never continues across them, so "See-Elefant" is See-E-le-fant. A word with letters
// but no vowel ("SPD", "Pst") counts 1, a word without letters ("2024", "") counts 0.
std::uint32_t german_syllables(std::string_view word);

}  // namespace wortblick::text
