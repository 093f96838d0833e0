// Where German sentences end, judged from the text between two consecutive words.
#pragma once

#include <string_view>

namespace wortblick::text {

// Whether a new sentence starts with `after`, given the word `before` it and the text `gap`
// between them (both words as written). A full stop, question or exclamation mark or ellipsis
// ends a sentence unless
//   - it follows a number directly ("am 3. Oktober", "2. Liga"),
//   - it follows a known abbreviation or a single letter ("z. B.", "Dr.", "A. Merkel"),
//   - a comma, colon or semicolon follows it („Wer?“, fragte sie), or
//   - the next word starts in lower case (an unknown abbreviation: "ca. zehn").
// Known misses: a sentence ending in a number or an abbreviation ("... bis 2019. Dann") runs on.
bool sentence_break(std::string_view before, std::string_view gap, std::string_view after, bool before_is_number);

}  // namespace wortblick::text
