// Hostile queries: 100,000 characters, deeply nested quotes and parentheses, operators only.
#include <string>
#include <vector>

#include "core/search/query.h"
#include "core/search/search.h"
#include "hostile.h"

namespace {

using namespace wortblick;
using namespace wortblick::search;

SearchResult find(Workspace& w, std::string_view q) {
  return search::search({w.search.index, w.corpus, w.pipeline.stopwords(), w.search.hooks}, q);
}

bool has_note(const std::vector<Message>& notes, const Message& note) {
  for (const auto& n : notes)
    if (n == note) return true;
  return false;
}

std::string repeat(std::string_view s, std::size_t n) {
  std::string out;
  out.reserve(s.size() * n);
  for (std::size_t k = 0; k < n; ++k) out += s;
  return out;
}

const Message too_long{Msg::QueryTooLong, {"1000"}};  // only the first 1000 characters used
const Message invalid_characters{Msg::QueryInvalidCharacters, {}};

TEST(HostileQuery, HundredThousandCharactersAreCappedWithANote) {
  auto w = make_embedded_workspace();
  const auto one = find(w, "Whatsapp");
  ASSERT_GT(one.total, 0u);
  const hostile::Stopwatch clock;
  // The same word 10,000 times: capped to 1,000 characters and 16 terms, same documents.
  const std::string words = repeat("Whatsapp ", 100'000 / 9 + 1).substr(0, 100'000);
  const auto r = find(w, words);
  EXPECT_EQ(r.total, one.total);
  EXPECT_TRUE(has_note(r.notes, too_long));
  EXPECT_TRUE(has_note(r.notes, {Msg::QueryTooManyTerms, {"16"}}));
  // One word of 100,000 letters: nothing found, no crash, the cap noted.
  const auto giant = find(w, std::string(100'000, 'a'));
  EXPECT_EQ(giant.total, 0u);
  EXPECT_TRUE(has_note(giant.notes, too_long));
  EXPECT_LT(clock.seconds(), 30.0);
}

TEST(HostileQuery, LongQueriesOfMultiByteCharactersAreNotCalledInvalid) {
  // Regressions: the byte cap before cleaning cut a "€" in half, which then counted as invalid;
  // and 25,000 emoji were cut to 1,000 by that byte cap alone, without the "too long" note.
  auto w = make_embedded_workspace();
  for (const char* c : {"\xE2\x82\xAC", "\xC3\xBC", "\xF0\x9F\x98\x80", "a\xE2\x82\xAC"}) {
    SCOPED_TRACE(c);
    const auto q = parse_query(repeat(c, 100'000 / std::string_view(c).size()), w.pipeline.stopwords());
    EXPECT_TRUE(has_note(q.notes, too_long));
    EXPECT_FALSE(has_note(q.notes, invalid_characters));
  }
  // Really invalid bytes still get the note.
  const auto bad = parse_query("Whatsapp \xFF", w.pipeline.stopwords());
  EXPECT_TRUE(has_note(bad.notes, invalid_characters));
}

TEST(HostileQuery, DeeplyNestedParenthesesAreIgnoredWithANote) {
  auto w = make_embedded_workspace();
  const auto one = find(w, "Whatsapp");
  for (std::size_t depth : {10u, 499u, 50'000u}) {
    SCOPED_TRACE(depth);
    const auto r = find(w, std::string(depth, '(') + "Whatsapp" + std::string(depth, ')'));
    EXPECT_TRUE(has_note(r.notes, {Msg::QueryParentheses, {}}));
    // Within the 1,000-character cap the word is still searched; beyond it only parentheses remain.
    EXPECT_EQ(r.total, depth + 8 <= max_query_bytes ? one.total : 0u);
  }
  const auto unbalanced = find(w, std::string(5'000, '(') + std::string(3, ']') + "{[}");
  EXPECT_EQ(unbalanced.total, 0u);
  EXPECT_TRUE(unbalanced.hits.empty());
}

TEST(HostileQuery, DeeplyNestedQuotesNeverCrashAndSayWhatHappened) {
  auto w = make_embedded_workspace();
  // 50,000 straight quotes around a word: pairs of empty phrases, the word in the middle.
  const auto even = find(w, std::string(25'000, '"') + "Whatsapp" + std::string(25'000, '"'));
  EXPECT_TRUE(even.error.empty());
  // Typographic quotes nested inside straight ones, unbalanced: the phrase runs to the end.
  std::string mixed;
  for (int k = 0; k < 2'000; ++k) mixed += k % 2 ? "\xE2\x80\x9E" : "\"";
  const auto q = parse_query(mixed + "Ende zu Ende", w.pipeline.stopwords());
  EXPECT_TRUE(has_note(q.notes, too_long));
  const auto r = find(w, "\"Ende-zu-Ende \"\"\"\"Verschlüsselung");
  EXPECT_TRUE(has_note(r.notes, {Msg::QueryUnclosedQuote, {}}));
  // Operators with nothing to apply to.
  const auto ops = find(w, repeat("- OR | * ~ title: tag: cat: ", 5'000));
  EXPECT_EQ(ops.total, 0u);
  EXPECT_FALSE(ops.notes.empty());
  for (const auto& n : ops.notes) {
    EXPECT_TRUE(hostile::valid_utf8(english(n))) << english(n);
    for (const auto& arg : n.args) EXPECT_TRUE(hostile::valid_utf8(arg)) << arg;
  }
}

TEST(HostileQuery, ControlCharactersAndNulInQueriesSeparateWords) {
  auto w = make_embedded_workspace();
  const auto plain = find(w, "Whatsapp Nutzer");
  const auto r = find(w, std::string("Whatsapp\0\x01\x1b\x7fNutzer", 18));
  EXPECT_EQ(r.total, plain.total);
}

}  // namespace
