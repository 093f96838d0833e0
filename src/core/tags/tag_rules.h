// The rules every tag and category name, color, word and article id must follow, and the limits.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace wortblick::tags {

// Limits shared by the store, persistence and import, so whatever the store holds can be saved
// and loaded again. Lengths in code points are counted on valid UTF-8.
namespace limits {
inline constexpr std::size_t kImportBytes = 1'048'576;        // import documents (the 1 MB)
inline constexpr std::size_t kPersistedBytes = 64u << 20;     // our own saved state; larger than imports
inline constexpr std::size_t kNameCodePoints = 64;           // tag and category names
inline constexpr std::size_t kWordCodePoints = 100;          // category words
inline constexpr std::size_t kArticleIdBytes = 200;          // article ids ("<seed stem>:<n>")
inline constexpr std::size_t kTags = 10'000;
inline constexpr std::size_t kArticlesPerTag = 100'000;
inline constexpr std::size_t kCategories = 1'000;
inline constexpr std::size_t kWordsPerCategory = 10'000;
inline constexpr std::size_t kUndoSteps = 100;
inline constexpr std::size_t kJsonDepth = 6;                 // the schema itself needs 4
inline constexpr std::size_t kJsonStringBytes = 4'096;       // any string or key in a document
}  // namespace limits

// A name as stored: `raw` without surrounding whitespace; or an error saying what is wrong
// (without a field prefix: callers add where the name came from).
struct CheckedText {
  std::string value;
  std::string error;
};

// Names: trimmed (ASCII whitespace and U+00A0), valid UTF-8, 1 to 64 code points, no control
// characters (they would break a chip onto lines).
CheckedText check_name(std::string_view raw);

// Category words: the same rules with up to 100 code points.
CheckedText check_word(std::string_view raw);

// Article ids: kept exactly as given (no trimming): non-empty, valid UTF-8, at most 200 bytes,
// no control characters.
std::string check_article_id(std::string_view id);

// Colors: "#rrggbb" in either case; stored lowercase.
CheckedText check_color(std::string_view raw);

// The comparison key of a name: trimmed like check_name, then simple lowercase mapping per code point (Unicode,
// core/text/unicode.h), so "Politik" and "POLITIK", "Ärger" and "ärger" are the same tag. No
// transliteration: "Straße" and "STRASSE" stay different names.
std::string name_key(std::string_view name);

// A string for an error message: at most 40 code points, quoted.
std::string in_quotes(std::string_view s);

}  // namespace wortblick::tags
