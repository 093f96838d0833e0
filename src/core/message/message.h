// What core has to tell the user, as a code with the values to show: callers choose the language.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace wortblick {

// Each code's arguments are listed after it, {0} first; the sentence is the caller's business
// (english() for the API and tests, the app's German and English tables for the UI).
enum class Msg : std::uint16_t {
  // search notes
  QueryOnlyExclusions,      // -
  QueryTooLong,             // {0} characters used
  QueryInvalidCharacters,   // -
  QueryParentheses,         // -
  QueryUnclosedQuote,       // -
  QueryTooManyTerms,        // {0} terms used
  QueryLoneOperator,        // -
  QueryOnlyStopwords,       // {0} the stop words, comma-separated
  QueryDidYouMean,          // {0} the word typed, {1} the suggestion
  QueryNoCategoryLookup,    // {0} category name: categories are not available to this caller
  QueryUnknownCategory,     // {0} category name
  QueryTooManyExpansions,   // {0} how many words were searched
  QueryNoTagLookup,         // {0} tag name
  QueryUnknownTag,          // {0} tag name
  // texts the user adds
  TextTooLarge,             // {0} number of the text (1-based), {1} its name
  TextRenamed,              // {0} old name, {1} new name
  TextNoText,               // {0} source name
  TextRepairedBytes,        // {0} source, {1} bytes replaced, {2} offset of the first
  TextRenormalized,         // {0} source
  TextHtmlFlattened,        // {0} source, {1} elements, {2} depth limit
  TextCharsetNotUtf8,       // {0} source: declared UTF-8 but is not, read as windows-1252
  TextCharsetIsUtf8,        // {0} source, {1} declared charset: is UTF-8 after all
  TextUnknownCharset,       // {0} number, {1} name, {2} declared charset: nothing added
  TextBinary,               // {0} number, {1} name, {2} file kind (PDF, PNG, ZIP, ...): nothing added
  TextNulBytes,             // {0} number, {1} name: binary data, nothing added
  TextNotFound,             // {0} id: no added text with that id
  TextIsSeed,               // {0} id: embedded seeds cannot be removed
  // tag undo labels
  UndoCreateTag,            // {0} tag
  UndoRenameTag,            // {0} old, {1} new
  UndoRecolorTag,           // {0} tag
  UndoDeleteTag,            // {0} tag
  UndoTagArticles,          // {0} article count, {1} tag
  UndoUntagArticles,        // {0} article count, {1} tag
  UndoUntagAll,             // {0} tag
  UndoSetCategory,          // {0} category
  UndoRenameCategory,       // {0} old, {1} new
  UndoDeleteCategory,       // {0} category
  UndoReplaceAll,           // -
  UndoMerge,                // -
  // tag and category errors
  TagExists,                // {0} name
  CategoryExists,           // {0} name
  NoSuchTag,                // {0} name
  NoSuchCategory,           // {0} name
  TooManyTags,              // {0} limit
  TooManyCategories,        // {0} limit
  TagTooManyArticles,       // {0} tag, {1} limit
  NothingToUndo,            // -
  InvalidText,              // {0} what is wrong with a name, word, id or colour (English detail)
  // chart errors
  ScopeNeedsArticle,        // -
  ScopeUnknownArticle,      // {0} id
  ScopeNeedsTag,            // -
  ScopeUnknownTag,          // {0} name
  ScopeUnknownCategory,     // {0} name
  ScopeUnknownSearchArticle,  // {0} id
  ScopeUnknown,             // -
  ScopeNeedsCategory,       // -
  ScopeRestAlone,           // -
  CategoryNotComparable,    // -
  CategoryNotScope,         // -
  SeriesCount,              // {0} maximum
  WordHoldsNoWord,          // {0} input
  LimitNotPositive,         // -
};

struct Message {
  Msg code;
  std::vector<std::string> args;
  bool operator==(const Message&) const = default;
};

// `pattern` with {0}, {1}, ... replaced by args; a missing argument leaves the braces.
std::string fill(std::string_view pattern, const std::vector<std::string>& args);

// The sentence in English: what the JavaScript API, the node module and the tests show.
std::string english(const Message& m);

// Several messages as one line, separated by a space.
std::string english(const std::vector<Message>& ms);

}  // namespace wortblick
