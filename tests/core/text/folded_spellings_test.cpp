// Spellings without umlauts (Marktfuehrer, massgeblich) meet the word they stand for; real ue/ae/oe stay.
#include <gtest/gtest.h>

#include <string>

#include "../search/search_fixture.h"
#include "core/text/fold.h"
#include "core/text/text_pipeline.h"

namespace {

using namespace wortblick::search;
using namespace wortblick::search::testing;
using wortblick::text::search_key;
using wortblick::text::TextPipeline;

std::string token_stem(TextPipeline& p, std::string_view word) {
  const auto tokens = p.tokenize(word);
  return tokens.size() == 1 ? std::string(tokens[0].stem) : "<" + std::to_string(tokens.size()) + " tokens>";
}

TEST(FoldedSpellings, RealUeAeOeSequencesStemAsWritten) {
  TextPipeline p;
  EXPECT_EQ(token_stem(p, "Abenteuer"), token_stem(p, "Abenteuern"));
  EXPECT_EQ(token_stem(p, "schauen"), token_stem(p, "Schau"));
  EXPECT_EQ(token_stem(p, "Frauen"), token_stem(p, "Frau"));
  EXPECT_EQ(token_stem(p, "Mauer"), token_stem(p, "Mauern"));
  EXPECT_EQ(token_stem(p, "aktuell"), token_stem(p, "aktuelle"));
  EXPECT_EQ(token_stem(p, "Quelle"), token_stem(p, "Quellen"));
  EXPECT_EQ(token_stem(p, "Dauer"), token_stem(p, "dauern"));
  EXPECT_EQ(token_stem(p, "Museum"), "museum");
  EXPECT_EQ(token_stem(p, "Israel"), "israel");
  EXPECT_EQ(token_stem(p, "Poet"), "poet");
  EXPECT_EQ(token_stem(p, "neue"), token_stem(p, "neu"));
  EXPECT_EQ(token_stem(p, "Aargauer"), "aargau");  // Snowball's own stem
}

TEST(FoldedSpellings, UmlautsAndSharpSAreReadBySnowball) {
  TextPipeline p;
  EXPECT_EQ(token_stem(p, "Verträge"), token_stem(p, "Vertrag"));
  EXPECT_EQ(token_stem(p, "maßgeblich"), token_stem(p, "massgeblich"));
  EXPECT_EQ(token_stem(p, "MASSGEBLICH"), token_stem(p, "Maßgebliche"));
  EXPECT_EQ(token_stem(p, "Straße"), token_stem(p, "STRASSE"));
  EXPECT_EQ(token_stem(p, "Marktführer"), token_stem(p, "MARKTFÜHRERN"));
  EXPECT_EQ(token_stem(p, "Über"), token_stem(p, "über"));
}

TEST(FoldedSpellings, KeysStaySharedAndKeyLookupsPreferTheUmlautWord) {
  TextPipeline p;
  const auto ts = p.tokenize("Marktfuehrer Marktführer Marktführern");
  ASSERT_EQ(ts.size(), 3u);
  EXPECT_EQ(ts[0].key, ts[1].key);
  EXPECT_EQ(p.stem_of_key(search_key("Marktfuehrer")), ts[2].stem);
  EXPECT_EQ(p.stem_of_key(search_key("Marktführern")), ts[2].stem);
  // Keys no token had: the umlaut reading unless only the plain one is a stem of tokens.
  p.tokenize("Vertrag aktuelle Abenteuern");
  EXPECT_EQ(p.stem_of_key("vertraege"), p.stem_of_key("vertrag"));
  EXPECT_EQ(p.stem_of_key("aktuell"), p.stem_of_key("aktuelle"));
  EXPECT_EQ(p.stem_of_key("abenteuer"), p.stem_of_key("abenteuern"));
}

TEST(FoldedSpellings, SearchMeetsTheUmlautWordFromAFoldedQuery) {
  auto w = fixture({
      {"Eins", "WhatsApp ist Marktführer."},                            // 0
      {"Zwei", "Die Marktführern gehört der Markt."},                  // 1
      {"Drei", "Das ist maßgeblich für die Verschlüsselungen."},      // 2
      {"Vier", "Ein Abenteuer beginnt."},                               // 3
      {"Fünf", "Von Abenteuern erzählen."},                             // 4
      {"Sechs", "Wir schauen zu."},                                     // 5
      {"Sieben", "Eine Schau der Mode."},                               // 6
      {"Acht", "Der Marktfuehrer schreibt ohne Umlaute."},              // 7
  });
  const std::vector<std::string> markt = {"doc0:1", "doc1:1", "doc7:1"};
  for (const char* q : {"Marktfuehrer", "Marktführer", "marktfuehrern", "MARKTFÜHRERN"}) {
    auto found = ids(w, run(w, q));
    std::sort(found.begin(), found.end());
    EXPECT_EQ(found, markt) << q;
  }
  EXPECT_EQ(ids(w, run(w, "massgeblich")), std::vector<std::string>{"doc2:1"});
  EXPECT_EQ(ids(w, run(w, "verschluesselung")), std::vector<std::string>{"doc2:1"});
  EXPECT_EQ(ids(w, run(w, "Verschlüsselung")), std::vector<std::string>{"doc2:1"});
  auto abenteuer = ids(w, run(w, "Abenteuer"));
  std::sort(abenteuer.begin(), abenteuer.end());
  EXPECT_EQ(abenteuer, (std::vector<std::string>{"doc3:1", "doc4:1"}));
  auto schau = ids(w, run(w, "schau"));
  std::sort(schau.begin(), schau.end());
  EXPECT_EQ(schau, (std::vector<std::string>{"doc5:1", "doc6:1"}));
}

}  // namespace
