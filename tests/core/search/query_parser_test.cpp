// Tests of the query language parser: every syntax element and malformed input.
#include "core/search/query.h"

#include <gtest/gtest.h>

#include <chrono>

namespace {

using namespace wortblick::search;
const auto stop = wortblick::text::Stopwords::german();

TEST(QueryParser, WordsAreAndedAndFolded) {
  const auto q = parse_query("Marktführer  Verschlüsselung", stop);
  ASSERT_EQ(q.all.size(), 2u);
  EXPECT_EQ(q.all[0].any[0].keys[0], "marktfuehrer");
  EXPECT_EQ(q.all[1].any[0].keys[0], "verschluesselung");
  EXPECT_EQ(q.all[0].any[0].kind, TermKind::Word);
}

TEST(QueryParser, OrJoinsNeighboursIntoOneClause) {
  const auto q = parse_query("signal OR threema telegram", stop);
  ASSERT_EQ(q.all.size(), 2u);
  EXPECT_EQ(q.all[0].any.size(), 2u);
  EXPECT_EQ(q.all[0].any[1].keys[0], "threema");
  EXPECT_EQ(q.all[1].any.size(), 1u);
}

TEST(QueryParser, LowercaseOrIsAWordNotAnOperator) {
  const auto q = parse_query("signal or threema", stop);
  // "or" is no German stop word, so it is searched as a word.
  EXPECT_EQ(q.all.size(), 3u);
}

TEST(QueryParser, MinusExcludes) {
  const auto q = parse_query("whatsapp -facebook -\"neue Regeln\"", stop);
  ASSERT_EQ(q.all.size(), 1u);
  ASSERT_EQ(q.none.size(), 2u);
  EXPECT_EQ(q.none[0].keys[0], "facebook");
  EXPECT_EQ(q.none[1].kind, TermKind::Phrase);
}

TEST(QueryParser, PhraseKeepsStopwordsAndOffsets) {
  const auto q = parse_query("\"die Ende-zu-Ende-Verschlüsselung\"", stop);
  ASSERT_EQ(q.all.size(), 1u);
  const auto& t = q.all[0].any[0];
  EXPECT_EQ(t.kind, TermKind::Phrase);
  ASSERT_EQ(t.keys.size(), 5u);
  EXPECT_EQ(t.keys[0], "die");
  EXPECT_EQ(t.keys[4], "verschluesselung");
  EXPECT_EQ(t.offsets.back(), 4u);
}

TEST(QueryParser, PrefixFuzzyTitle) {
  const auto q = parse_query("whats* whatsap~ title:Signal Titel:Rekord", stop);
  ASSERT_EQ(q.all.size(), 4u);
  EXPECT_EQ(q.all[0].any[0].kind, TermKind::Prefix);
  EXPECT_EQ(q.all[0].any[0].keys[0], "whats");
  EXPECT_EQ(q.all[1].any[0].kind, TermKind::Fuzzy);
  EXPECT_TRUE(q.all[2].any[0].title_only);
  EXPECT_EQ(q.all[2].any[0].keys[0], "signal");
  EXPECT_TRUE(q.all[3].any[0].title_only);
}

TEST(QueryParser, TagAndCategory) {
  const auto q = parse_query("tag:Wichtig -tag:alt cat:Messenger", stop);
  EXPECT_EQ(q.tags, std::vector<std::string>{"Wichtig"});
  EXPECT_EQ(q.not_tags, std::vector<std::string>{"alt"});
  ASSERT_EQ(q.all.size(), 1u);
  EXPECT_EQ(q.all[0].any[0].kind, TermKind::Category);
  EXPECT_EQ(q.all[0].any[0].text, "Messenger");
}

TEST(QueryParser, CompoundWordIsOneWholeKey) {
  const auto q = parse_query("Whatsapp-Alternative", stop);
  ASSERT_EQ(q.all.size(), 1u);
  EXPECT_EQ(q.all[0].any[0].kind, TermKind::Word);
  EXPECT_EQ(q.all[0].any[0].keys[0], "whatsapp-alternative");
}

TEST(QueryParser, StopwordsAreDroppedUnlessQuoted) {
  auto q = parse_query("die und der", stop);
  EXPECT_TRUE(q.empty());
  ASSERT_FALSE(q.notes.empty());
  EXPECT_EQ(q.notes.back().code, wortblick::Msg::QueryOnlyStopwords);
  ASSERT_EQ(q.notes.back().args.size(), 1u);
  EXPECT_NE(q.notes.back().args[0].find("und"), std::string::npos);
  q = parse_query("\"und\"", stop);
  EXPECT_EQ(q.all.size(), 1u);
  q = parse_query("die Nachricht", stop);
  EXPECT_EQ(q.all.size(), 1u);
  EXPECT_EQ(q.stopwords.size(), 1u);
}

TEST(QueryParser, UnbalancedQuoteReadsToTheEndWithANote) {
  const auto q = parse_query("whatsapp \"neue Regeln", stop);
  ASSERT_EQ(q.all.size(), 2u);
  EXPECT_EQ(q.all[1].any[0].kind, TermKind::Phrase);
  EXPECT_EQ(q.all[1].any[0].keys.size(), 2u);
  EXPECT_FALSE(q.notes.empty());
}

TEST(QueryParser, TypographicQuotesMakePhrases) {
  const auto q = parse_query("„neue Regeln“", stop);
  ASSERT_EQ(q.all.size(), 1u);
  EXPECT_EQ(q.all[0].any[0].kind, TermKind::Phrase);
}

TEST(QueryParser, LoneOperatorsAreIgnoredWithANote) {
  for (const char* s : {"-", "*", "~", "- * ~", "OR", "tag:", "\"\"", "-\"\""}) {
    const auto q = parse_query(s, stop);
    EXPECT_TRUE(q.empty()) << s;
    EXPECT_TRUE(q.none.empty()) << s;
  }
  EXPECT_FALSE(parse_query("-", stop).notes.empty());
  EXPECT_FALSE(parse_query("*", stop).notes.empty());
}

TEST(QueryParser, ControlCharactersAndInvalidUtf8Separate) {
  const auto q = parse_query(std::string("whats\x01" "app \xff\xfe signal\x7f", 20), stop);
  ASSERT_EQ(q.all.size(), 3u);
  EXPECT_EQ(q.all[0].any[0].keys[0], "whats");
  EXPECT_EQ(q.all[2].any[0].keys[0], "signal");
  EXPECT_FALSE(q.notes.empty());
}

TEST(QueryParser, NestedQuotesAndParenthesesDoNotBreakIt) {
  std::string deep;
  for (int i = 0; i < 5000; ++i) deep += "(\"";
  deep += "whatsapp";
  for (int i = 0; i < 5000; ++i) deep += "\")";
  const auto q = parse_query(deep, stop);
  EXPECT_LE(q.all.size(), max_query_terms);
  EXPECT_FALSE(q.notes.empty());
}

TEST(QueryParser, HugeQueriesAreCappedPromptly) {
  std::string huge;
  while (huge.size() < 100000) huge += "wort" + std::to_string(huge.size()) + " ";
  const auto t0 = std::chrono::steady_clock::now();
  const auto q = parse_query(huge, stop);
  const auto ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
  EXPECT_LT(ms, 50.0);
  EXPECT_EQ(q.all.size(), max_query_terms);
  bool length_note = false, terms_note = false;
  for (const auto& n : q.notes) {
    length_note = length_note || n.code == wortblick::Msg::QueryTooLong;
    terms_note = terms_note || n.code == wortblick::Msg::QueryTooManyTerms;
  }
  EXPECT_TRUE(length_note);
  EXPECT_TRUE(terms_note);
}

TEST(QueryParser, EmptyQueryIsEmptyWithoutNotes) {
  EXPECT_TRUE(parse_query("", stop).empty());
  EXPECT_TRUE(parse_query("   \t ", stop).notes.empty());
}

}  // namespace
