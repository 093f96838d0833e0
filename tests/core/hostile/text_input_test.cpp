// Hostile text input: invalid UTF-8, NUL bytes, combining marks, joiners, right-to-left text, emoji.
#include <string>
#include <vector>

#include "core/search/search.h"
#include "core/search/user_texts.h"
#include "core/text/clean_text.h"
#include "core/text/text_pipeline.h"
#include "hostile.h"

namespace {

using namespace wortblick;
using namespace wortblick::search;
using wortblick::hostile::valid_utf8;

// Long enough that the segmenter sees a real article, not page chrome.
const std::string body =
    "Die Stadtverwaltung hat am Dienstag neue Regeln für den Verkehr in der Innenstadt vorgestellt, "
    "die ab dem kommenden Monat gelten sollen und vor allem Radfahrer und Fußgänger schützen sollen, "
    "wie die Bürgermeisterin bei einer Pressekonferenz im Rathaus erklärte.\n";

SearchResult find(Workspace& w, std::string_view q) {
  return search::search({w.search.index, w.corpus, w.pipeline.stopwords(), w.search.hooks}, q);
}

std::vector<std::string> token_texts(text::TextPipeline& p, std::string_view s) {
  std::vector<std::string> out;
  for (const auto& t : p.tokenize(s)) out.emplace_back(t.text);
  return out;
}

// Every malformed sequence a strict decoder must refuse: each invalid byte becomes one U+FFFD,
// the bytes given are kept exactly, the words around it stay searchable and the warning says
// how many bytes were replaced and where the first one was.
struct Malformed {
  const char* name;
  std::string bytes;
  std::size_t replaced;  // one U+FFFD per invalid byte
};

TEST(HostileText, InvalidUtf8IsRepairedWithAWarningAndNothingLost) {
  const std::vector<Malformed> cases{
      {"overlong slash (2 bytes)", "\xC0\xAF", 2},
      {"overlong slash (3 bytes)", "\xE0\x80\xAF", 3},
      {"overlong slash (4 bytes)", "\xF0\x80\x80\xAF", 4},
      {"overlong NUL", "\xC0\x80", 2},
      {"high surrogate U+D800", "\xED\xA0\x80", 3},
      {"low surrogate U+DFFF", "\xED\xBF\xBF", 3},
      {"above U+10FFFF", "\xF4\x90\x80\x80", 4},
      {"truncated euro sign", "\xE2\x82", 2},
      {"truncated emoji", "\xF0\x9F\x98", 3},
      {"lone continuation byte", "\x80", 1},
      {"Latin-1 e acute", "\xE9", 1},
      {"0xFF", "\xFF", 1},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.name);
    auto w = make_embedded_workspace();
    const std::string prefix = "Quellwort ";
    const std::string input = prefix + c.bytes + " Zielwort " + body;
    const std::vector<NewText> texts{{"kaputt.txt", input}};
    const auto r = add_texts(w, texts);
    ASSERT_FALSE(r.error) << testing_support::english_of(r.error);
    ASSERT_EQ(r.ids.size(), 1u);
    ASSERT_EQ(r.warnings.size(), 1u);
    EXPECT_EQ(r.warnings[0], (Message{Msg::TextRepairedBytes,
                                      {"kaputt.txt", std::to_string(c.replaced), std::to_string(prefix.size())}}));
    EXPECT_EQ(english(r.warnings[0]), "kaputt.txt: " + std::to_string(c.replaced) +
                                          " invalid UTF-8 byte(s) replaced by U+FFFD, first at byte " +
                                          std::to_string(prefix.size()));
    const Source& s = w.corpus.sources.back();
    EXPECT_EQ(s.bytes(), input);  // no data loss: the bytes as given
    EXPECT_TRUE(valid_utf8(s.text));
    std::string expected_text = prefix;
    for (std::size_t k = 0; k < c.replaced; ++k) expected_text += "\xEF\xBF\xBD";
    EXPECT_EQ(s.text.substr(0, expected_text.size()), expected_text);
    EXPECT_EQ(find(w, "Quellwort").total, 1u);
    EXPECT_EQ(find(w, "Zielwort").total, 1u);
    // A phrase across the repaired bytes still matches: U+FFFD separates, it is no word.
    EXPECT_EQ(find(w, "\"Quellwort Zielwort\"").total, 1u);

    // The tokenizer on the raw bytes never yields the invalid bytes, only the words.
    text::TextPipeline p;
    EXPECT_EQ(token_texts(p, prefix + c.bytes + " Zielwort"), (std::vector<std::string>{"Quellwort", "Zielwort"}));
    // window.explorer.tokens() through JSON: the repaired text, valid UTF-8 keys.
    const std::string args = nlohmann::json::array({s.text.substr(0, 40)}).dump();
    Session session(std::move(w));  // the same workspace behind the JSON boundary
    const auto v = hostile::call(session, "tokens", args)["value"];
    ASSERT_GE(v.size(), 2u);
    EXPECT_EQ(v[0]["key"], "quellwort");
  }
}

TEST(HostileText, RawInvalidBytesInJsonArgumentsAreRefusedWithAMessage) {
  Session session;
  const auto e = hostile::call(session, "tokens", "[\"Wort\xFF\"]");
  ASSERT_TRUE(e.contains("error"));
  EXPECT_EQ(e["error"], "tokens: arguments are not valid JSON");  // every method names itself now
  const auto s = hostile::call(session, "search", "[\"Wort\xC0\xAF\"]");
  ASSERT_TRUE(s.contains("error"));
  EXPECT_EQ(s["error"], "search: arguments are not valid JSON");
}

TEST(HostileText, NulBytesSeparateWordsAndAreKept) {
  auto w = make_embedded_workspace();
  const std::string input = std::string("Anfangswort\0Mittelwort\0\0Endwort ", 33) + body + std::string(3, '\0');
  ASSERT_EQ(input.find('\0'), 11u);
  const std::vector<NewText> texts{{"nul.txt", input}};
  const auto r = add_texts(w, texts);
  ASSERT_FALSE(r.error) << testing_support::english_of(r.error);
  EXPECT_TRUE(r.warnings.empty());  // NUL is valid UTF-8: nothing to repair, nothing to warn about
  EXPECT_EQ(w.corpus.sources.back().bytes(), input);
  EXPECT_EQ(w.corpus.sources.back().text, input);
  for (const char* word : {"Anfangswort", "Mittelwort", "Endwort", "Bürgermeisterin"}) {
    EXPECT_EQ(find(w, word).total, 1u) << word;
  }
  text::TextPipeline p;
  EXPECT_EQ(token_texts(p, std::string("a\0b", 3)), (std::vector<std::string>{"a", "b"}));
  // Through JSON: "\u0000" arrives as a real NUL byte.
  Session session(std::move(w));
  const auto v = hostile::call(session, "tokens", R"(["eins\u0000zwei"])")["value"];
  ASSERT_EQ(v.size(), 2u);
  EXPECT_EQ(v[1]["text"], "zwei");
  EXPECT_EQ(v[1]["start"], 5);
}

TEST(HostileText, CombiningMarksAreComposedToNfcWithANote) {
  auto w = make_embedded_workspace();
  // "Ärger" and "Café" with combining marks (A + U+0308, e + U+0301): NFC makes them one code point.
  const std::string decomposed = "A\xCC\x88rger im Cafe\xCC\x81 ";
  const std::vector<NewText> texts{{"nfd.txt", decomposed + body}};
  const auto r = add_texts(w, texts);
  ASSERT_FALSE(r.error) << testing_support::english_of(r.error);
  ASSERT_EQ(r.warnings.size(), 1u);
  EXPECT_EQ(r.warnings[0], (Message{Msg::TextRenormalized, {"nfd.txt"}}));
  EXPECT_EQ(english(r.warnings[0]), "nfd.txt: normalized to NFC (offsets refer to the normalized text)");
  const Source& s = w.corpus.sources.back();
  EXPECT_EQ(s.bytes(), decomposed + body);
  EXPECT_EQ(s.text.substr(0, 16), "\xC3\x84rger im Caf\xC3\xA9 ");
  // Either spelling of the query finds it, as does the folded one.
  EXPECT_EQ(find(w, "\xC3\x84rger").total, find(w, "A\xCC\x88rger").total);
  EXPECT_GE(find(w, "aerger").total, 1u);
  EXPECT_GE(find(w, "Cafe\xCC\x81").total, 1u);
  // A combining mark with nothing to combine with stays part of the word.
  text::TextPipeline p;
  const auto t = p.tokenize(text::clean_text("x\xCC\xB8y").text);
  ASSERT_EQ(t.size(), 1u);
  EXPECT_TRUE(valid_utf8(t[0].key));
}

TEST(HostileText, JoinersRightToLeftAndEmojiStayValidAndSearchable) {
  auto w = make_embedded_workspace();
  const std::string zwj_family = "\xF0\x9F\x91\xA9\xE2\x80\x8D\xF0\x9F\x92\xBB";    // 👩‍💻
  const std::string hebrew = "\xD7\xA9\xD7\x9C\xD7\x95\xD7\x9D";                    // שלום
  const std::string arabic = "\xD9\x85\xD8\xB1\xD8\xAD\xD8\xA8\xD8\xA7";            // مرحبا
  const std::string rlo = "\xE2\x80\xAE", pdf = "\xE2\x80\xAC", rlm = "\xE2\x80\x8F";
  const std::string zwnj = "\xE2\x80\x8C", zwsp = "\xE2\x80\x8B", bom = "\xEF\xBB\xBF";
  const std::string line = bom + "Begr" + zwsp + "\xC3\xBC\xC3\x9F" + "ung " + zwj_family + " Zebraentwickler " + rlo +
                           "Okapinachricht" + pdf + " " + hebrew + " " + arabic + rlm + " Auf" + zwnj + "lage " +
                           "\xF0\x9F\x87\xA9\xF0\x9F\x87\xAA Tapirflagge ";
  // One paragraph between ordinary sentences, so it is body text (concordance lists only that).
  const std::string text = body.substr(0, body.size() - 1) + " " + line + body;
  const std::vector<NewText> texts{{"unicode.txt", text}};
  const auto r = add_texts(w, texts);
  ASSERT_FALSE(r.error) << testing_support::english_of(r.error);
  const Source& s = w.corpus.sources.back();
  EXPECT_EQ(s.bytes(), text);
  EXPECT_TRUE(valid_utf8(s.text));
  text::TextPipeline p;
  for (const auto& t : p.tokenize(s.text)) {
    EXPECT_TRUE(valid_utf8(t.key)) << t.text;
    EXPECT_TRUE(valid_utf8(t.stem)) << t.text;
    EXPECT_LT(t.start, t.end);
    EXPECT_LE(t.end, s.text.size());
  }
  for (const std::string& word : {std::string("Zebraentwickler"), std::string("Okapinachricht"), hebrew, arabic, std::string("Tapirflagge")}) {
    EXPECT_EQ(find(w, word).total, 1u) << word;
  }
  // Snippets and concordance lines around bidi controls and emoji are valid UTF-8.
  const auto hit = find(w, "Zebraentwickler");
  ASSERT_EQ(hit.hits.size(), 1u);
  for (const auto& sn : hit.hits[0].snippets) EXPECT_TRUE(valid_utf8(sn.text));
  Session session(std::move(w));  // the same corpus behind the JSON boundary
  const auto lines = hostile::call(session, "concordance", R"(["Okapinachricht", {"width": 3}])")["value"];
  bool seen = false;
  for (const auto& l : lines) {
    if (!l["id"].get<std::string>().starts_with("unicode")) continue;
    seen = true;
    EXPECT_TRUE(valid_utf8(l["left"].get<std::string>()));
    EXPECT_TRUE(valid_utf8(l["right"].get<std::string>()));
  }
  EXPECT_TRUE(seen);
}

}  // namespace
