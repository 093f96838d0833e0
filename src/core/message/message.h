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
  // corpus analysis errors
  NgramLength,              // -: n must be 2 to 6
  NgramPosition,            // -: position must be 0 (any) or 1 to n
  // what the values behind a figure mean ("How is this calculated?")
  ValueCount,               // - occurrences of the word in the scope
  ValueWords,               // - counted words of the scope
  ValueCountA,              // - occurrences in A
  ValueCountB,              // - occurrences in B
  ValueWordsA,              // - words of A
  ValueWordsB,              // - words of B
  ValueExpectedA,           // - expected in A at the shared rate
  ValueExpectedB,           // - expected in B at the shared rate
  ValueTogether,            // - O: the collocate in the node's windows
  ValueExpected,            // - E: expected there by chance
  ValueNodeCount,           // - f(x): occurrences of the node
  ValueCollocateCount,      // - f(y): occurrences of the collocate
  ValueTokens,              // - N: words of the scope
  ValueSpan,                // - window size, left + right
  ValueArticles,            // - articles of the scope
  ValueArticlesWith,        // - articles containing the word
  ValueTypes,               // - different words (types)
  ValueSentences,           // - sentences
  ValueLetters,             // - letters
  ValueSyllables,           // - syllables
  ValueLongWords,           // - words of more than six letters
  ValueHapax,               // - words occurring once
  ValueChunks,              // - full 1,000-word chunks
  ValueTopWords,            // - most frequent words needed
  ValueChunkTypes,          // - different words in chunk i
  ValueContingency,         // - Oij: the 2×2 table, in a window or not × the collocate or not
  ValueShareThreeSyllables, // - % of words with three or more syllables
  ValueShareLongWords,      // - % of words with more than six letters
  ValueShareOneSyllable,    // - % of words with one syllable
  ValueSentenceLength,      // - words per sentence
  ValueSyllablesPerWord,    // - syllables per word
  // one plain sentence per figure
  SaysFrequency,            // {0} word, {1} count, {2} words, {3} per 1,000
  SaysKeynessMore,          // {0} word, {1} times, {2} per 1,000 in A, {3} in B
  SaysKeynessLess,          // {0} word, {1} times, {2} per 1,000 in A, {3} in B
  SaysKeynessOnlyA,         // {0} word, {1} count in A
  SaysKeynessOnlyB,         // {0} word, {1} count in B
  SaysKeynessSame,          // {0} word, {1} per 1,000 in both
  SaysDispersion,           // {0} word, {1} count, {2} articles with it, {3} articles
  SaysCollocation,          // {0} node, {1} collocate, {2} O, {3} left, {4} right, {5} E, {6} O/E
  SaysCollocationRare,      // {0} node, {1} collocate, {2} O, {3} left, {4} right, {5} E
  SaysTokens,               // {0} words, {1} articles
  SaysTypes,                // {0} types, {1} words
  SaysTtr,                  // {0} types, {1} words, {2} TTR
  SaysSttr,                 // {0} STTR, {1} chunks
  SaysSttrShort,            // {0} words: under 1,000, so the plain TTR
  SaysHapax,                // {0} hapax, {1} types, {2} percent
  SaysWordLength,           // {0} letters per word
  SaysSentenceLength,       // {0} words per sentence, {1} sentences
  SaysFleschVeryEasy,       // {0} score (90-100)
  SaysFleschEasy,           // {0} (80-90)
  SaysFleschFairlyEasy,     // {0} (70-80)
  SaysFleschMedium,         // {0} (60-70)
  SaysFleschFairlyHard,     // {0} (50-60)
  SaysFleschHard,           // {0} (30-50)
  SaysFleschVeryHard,       // {0} (below 30)
  SaysWstf1,                // {0} score: about school year {0}
  SaysLix,                  // {0} score
  SaysCoverage,             // {0} words needed, {1} percent, {2} words
  SaysNoText,               // -: no words, nothing to compute
};
inline constexpr Msg kLastMsg = Msg::SaysNoText;

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
