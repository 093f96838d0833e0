// Filling message patterns, and the English sentence of every core message.
#include "core/message/message.h"

namespace wortblick {
namespace {

std::string_view english_pattern(Msg code) {
  switch (code) {
    case Msg::QueryOnlyExclusions: return "Only exclusions: give at least one search word";
    case Msg::QueryTooLong: return "Query too long: only the first {0} characters used";
    case Msg::QueryInvalidCharacters: return "Invalid characters in the query ignored";
    case Msg::QueryParentheses: return "Parentheses are not supported and were ignored";
    case Msg::QueryUnclosedQuote: return "Quotation mark not closed: phrase read to the end";
    case Msg::QueryTooManyTerms: return "Too many search terms: only the first {0} used";
    case Msg::QueryLoneOperator: return "Operator without a word ignored";
    case Msg::QueryOnlyStopwords: return "Only stop words: {0} (put them in quotation marks to search them)";
    case Msg::QueryDidYouMean: return "No hits for “{0}”. Did you mean “{1}”?";
    case Msg::QueryNoCategoryLookup: return "Categories are not available here: “cat:{0}”";
    case Msg::QueryUnknownCategory: return "No category “{0}”";
    case Msg::QueryTooManyExpansions: return "Too many matching words: only the {0} most frequent searched";
    case Msg::QueryNoTagLookup: return "Tags are not available here: “tag:{0}”";
    case Msg::QueryUnknownTag: return "No tag “{0}”";
    case Msg::TextTooLarge: return "Text {0} (“{1}”) is larger than 20 MB: nothing added";
    case Msg::TextRenamed: return "“{0}” is now called “{1}”";
    case Msg::TextNoText: return "{0}: no text found";
    case Msg::TextRepairedBytes: return "{0}: {1} invalid UTF-8 byte(s) replaced by U+FFFD, first at byte {2}";
    case Msg::TextRenormalized: return "{0}: normalized to NFC (offsets refer to the normalized text)";
    case Msg::TextHtmlFlattened: return "{0}: {1} HTML elements nested deeper than {2} levels were read as flat text";
    case Msg::TextCharsetNotUtf8: return "{0}: declared as UTF-8 but it is not: read as windows-1252";
    case Msg::TextCharsetIsUtf8: return "{0}: declared as {1} but it is UTF-8: read as UTF-8";
    case Msg::TextUnknownCharset:
      return "Text {0} (“{1}”): charset “{2}” is not supported (only UTF-8, ISO-8859-1/-15 and windows-1252): nothing added";
    case Msg::TextBinary: return "Text {0} (“{1}”): not a web page but a {2} file: nothing added";
    case Msg::TextNulBytes: return "Text {0} (“{1}”): binary data (it holds NUL bytes), not a web page: nothing added";
    case Msg::TextNotFound: return "No added text “{0}”";
    case Msg::TextIsSeed: return "“{0}” is embedded and stays";
    case Msg::UndoCreateTag: return "create tag “{0}”";
    case Msg::UndoRenameTag: return "rename tag “{0}” to “{1}”";
    case Msg::UndoRecolorTag: return "recolor tag “{0}”";
    case Msg::UndoDeleteTag: return "delete tag “{0}”";
    case Msg::UndoTagArticles: return "tag {0} article(s) with “{1}”";
    case Msg::UndoUntagArticles: return "untag {0} article(s) from “{1}”";
    case Msg::UndoUntagAll: return "untag all articles from “{0}”";
    case Msg::UndoSetCategory: return "set category “{0}”";
    case Msg::UndoRenameCategory: return "rename category “{0}” to “{1}”";
    case Msg::UndoDeleteCategory: return "delete category “{0}”";
    case Msg::UndoReplaceAll: return "replace all tags";
    case Msg::UndoMerge: return "merge tags";
    case Msg::TagExists: return "a tag named “{0}” already exists";
    case Msg::CategoryExists: return "a category named “{0}” already exists";
    case Msg::NoSuchTag: return "no tag named “{0}”";
    case Msg::NoSuchCategory: return "no category named “{0}”";
    case Msg::TooManyTags: return "more than {0} tags";
    case Msg::TooManyCategories: return "more than {0} categories";
    case Msg::TagTooManyArticles: return "tag “{0}” would hold more than {1} articles";
    case Msg::NothingToUndo: return "nothing to undo";
    case Msg::InvalidText: return "{0}";
    case Msg::ScopeNeedsArticle: return "scope 'article' needs an article id";
    case Msg::ScopeUnknownArticle: return "unknown article id '{0}'";
    case Msg::ScopeNeedsTag: return "scope 'tag' needs a tag name";
    case Msg::ScopeUnknownTag: return "unknown tag '{0}'";
    case Msg::ScopeUnknownCategory: return "unknown category '{0}'";
    case Msg::ScopeUnknownSearchArticle: return "unknown article id '{0}' in the search scope";
    case Msg::ScopeUnknown: return "unknown scope";
    case Msg::ScopeNeedsCategory: return "scope 'category' needs a category name";
    case Msg::ScopeRestAlone: return "scope 'rest' is only meaningful as the second scope of a comparison";
    case Msg::CategoryNotComparable: return "category scopes cannot be compared; compare articles, tags, searches or the corpus";
    case Msg::CategoryNotScope: return "a category cannot be the scope of a distribution; pass it as a series";
    case Msg::SeriesCount: return "give 1 to {0} words or categories";
    case Msg::WordHoldsNoWord: return "'{0}' holds no word";
    case Msg::LimitNotPositive: return "limit must be a positive number";
    case Msg::NgramLength: return "n must be 2 to 6";
    case Msg::NgramPosition: return "position must be 0 (any) or 1 to n";
    case Msg::ValueCount: return "occurrences of the word";
    case Msg::ValueWords: return "words in the scope";
    case Msg::ValueCountA: return "occurrences in A";
    case Msg::ValueCountB: return "occurrences in B";
    case Msg::ValueWordsA: return "words in A";
    case Msg::ValueWordsB: return "words in B";
    case Msg::ValueExpectedA: return "expected in A if A and B used the word equally often";
    case Msg::ValueExpectedB: return "expected in B if A and B used the word equally often";
    case Msg::ValueTogether: return "the collocate within the node's windows";
    case Msg::ValueExpected: return "expected there if words were placed at random";
    case Msg::ValueNodeCount: return "occurrences of the node";
    case Msg::ValueCollocateCount: return "occurrences of the collocate";
    case Msg::ValueTokens: return "words in the scope";
    case Msg::ValueSpan: return "window size (words left + right)";
    case Msg::ValueArticles: return "articles in the scope";
    case Msg::ValueArticlesWith: return "articles containing the word";
    case Msg::ValueTypes: return "different words (types)";
    case Msg::ValueSentences: return "sentences";
    case Msg::ValueLetters: return "letters";
    case Msg::ValueSyllables: return "syllables";
    case Msg::ValueLongWords: return "words of more than six letters";
    case Msg::ValueHapax: return "words occurring only once";
    case Msg::ValueChunks: return "full chunks of 1,000 words";
    case Msg::ValueTopWords: return "most frequent words needed";
    case Msg::ValueChunkTypes: return "different words in chunk i";
    case Msg::ValueContingency: return "the 2×2 table: in the node's windows or not × the collocate or another word";
    case Msg::ValueShareThreeSyllables: return "% of words with three or more syllables";
    case Msg::ValueShareLongWords: return "% of words with more than six letters";
    case Msg::ValueShareOneSyllable: return "% of words with one syllable";
    case Msg::ValueSentenceLength: return "words per sentence";
    case Msg::ValueSyllablesPerWord: return "syllables per word";
    case Msg::SaysFrequency: return "“{0}” occurs {1} times in {2} words: {3} times per 1,000 words.";
    case Msg::SaysKeynessMore: return "In A, “{0}” is {1} times as frequent as in B ({2} vs. {3} per 1,000 words).";
    case Msg::SaysKeynessLess: return "In A, “{0}” is {1} times less frequent than in B ({2} vs. {3} per 1,000 words).";
    case Msg::SaysKeynessOnlyA: return "“{0}” occurs {1} times in A and never in B.";
    case Msg::SaysKeynessOnlyB: return "“{0}” occurs {1} times in B and never in A.";
    case Msg::SaysKeynessSame: return "“{0}” is equally frequent in A and B ({1} per 1,000 words).";
    case Msg::SaysDispersion: return "“{0}” occurs {1} times, in {2} of {3} articles.";
    case Msg::SaysCollocation: return "“{1}” occurs {2} times within {3} words before or {4} words after “{0}”; by chance about {5} times would be expected, so it comes {6} times as often.";
    case Msg::SaysCollocationRare: return "“{1}” occurs {2} times within {3} words before or {4} words after “{0}”; by chance about {5} times would be expected, so it comes less often than chance.";
    case Msg::SaysTokens: return "{0} words in {1} articles (numbers not counted).";
    case Msg::SaysTypes: return "{0} different words among {1} words (“Die” and “die” are one).";
    case Msg::SaysTtr: return "{0} different words among {1} words: a type/token ratio of {2}. Longer texts have lower ratios, so compare texts of similar length.";
    case Msg::SaysSttr: return "The mean type/token ratio of {1} chunks of 1,000 words is {0}: comparable between texts of any length.";
    case Msg::SaysSttrShort: return "Only {0} words, less than one chunk of 1,000: this is the plain type/token ratio.";
    case Msg::SaysHapax: return "{0} of {1} different words occur only once ({2} %).";
    case Msg::SaysWordLength: return "Words have {0} letters on average.";
    case Msg::SaysSentenceLength: return "Sentences have {0} words on average ({1} sentences).";
    case Msg::SaysFleschVeryEasy: return "Flesch (Amstad) {0}: very easy to read (90–100).";
    case Msg::SaysFleschEasy: return "Flesch (Amstad) {0}: easy to read (80–90).";
    case Msg::SaysFleschFairlyEasy: return "Flesch (Amstad) {0}: fairly easy to read (70–80).";
    case Msg::SaysFleschMedium: return "Flesch (Amstad) {0}: medium difficulty (60–70).";
    case Msg::SaysFleschFairlyHard: return "Flesch (Amstad) {0}: fairly hard to read (50–60).";
    case Msg::SaysFleschHard: return "Flesch (Amstad) {0}: hard to read (30–50).";
    case Msg::SaysFleschVeryHard: return "Flesch (Amstad) {0}: very hard to read (below 30).";
    case Msg::SaysWstf1: return "Wiener Sachtextformel {0}: roughly the school year a reader needs (4 very easy, 15 very hard).";
    case Msg::SaysLix: return "LIX {0}: below 40 easy, 40–50 medium (newspapers), 50–60 hard (non-fiction), above 60 very hard.";
    case Msg::SaysCoverage: return "The {0} most frequent words make up {1} % of all {2} words.";
    case Msg::SaysNoText: return "No words here, so there is nothing to compute.";
  }
  return "?";
}

}  // namespace

std::string fill(std::string_view pattern, const std::vector<std::string>& args) {
  std::string out;
  out.reserve(pattern.size() + 32);
  for (std::size_t i = 0; i < pattern.size(); ++i) {
    const char c = pattern[i];
    if (c == '{' && i + 2 < pattern.size() && pattern[i + 1] >= '0' && pattern[i + 1] <= '9' && pattern[i + 2] == '}') {
      const std::size_t k = static_cast<std::size_t>(pattern[i + 1] - '0');
      if (k < args.size()) {
        out += args[k];
        i += 2;
        continue;
      }
    }
    out += c;
  }
  return out;
}

std::string english(const Message& m) { return fill(english_pattern(m.code), m.args); }

std::string english(const std::vector<Message>& ms) {
  std::string out;
  for (const auto& m : ms) out += (out.empty() ? "" : " ") + english(m);
  return out;
}

}  // namespace wortblick
