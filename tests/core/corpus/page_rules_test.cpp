// The segmenter's rules one at a time, on small pages written for each: jusText's short-block
// rule, dated teaser lists, late bylines, title choice, author boxes and inline teasers.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "core/corpus/block_classifier.h"
#include "core/corpus/page_segmenter.h"
#include "core/text/text_pipeline.h"

namespace wortblick {
namespace {

// Lines whose classes alone are known: a long paragraph full of stop words (good), a medium one
// (near-good: 70-200 characters, stop words ≥ 20 %), a long line of names (bad: no stop words).
const std::string good =
    "Das ist ein Absatz, in dem die Stadt und der Rat sich nach einer langen Sitzung auf einen neuen Plan "
    "für die Schulen geeinigt haben, der ab dem kommenden Jahr gelten soll und über den sich die Eltern freuen.";
const std::string near_good = "Die Eltern haben sich in der Sitzung für den Plan und gegen die Kürzung ausgesprochen.";
const std::string bad = "Heidelberg Mannheim Wiesloch Sinsheim Mosbach Buchen Eberbach Weinheim Schwetzingen Hockenheim";
const std::string short_line = "Noch ein kurzer Satz.";

std::vector<Classified> classify(const std::vector<std::string>& lines, text::TextPipeline& p) {
  std::string text;
  for (const auto& l : lines) text += l + "\n\n";
  const auto blocks = split_page(text, p);
  return classify_blocks(text, blocks);
}

TEST(JusTextRules, NeighbourClassesOfTheTestLinesAreWhatTheTestsAssume) {
  text::TextPipeline p;
  const auto c = classify({good, near_good, bad}, p);
  EXPECT_EQ(c[0].cls, BlockClass::Good);
  EXPECT_EQ(c[1].cls, BlockClass::Good);  // near-good next to good
  EXPECT_EQ(c[2].cls, BlockClass::Bad);
}

TEST(JusTextRules, ShortBlockBetweenBadAndGoodIsBad) {
  text::TextPipeline p;
  EXPECT_EQ(classify({bad, short_line, good}, p)[1].cls, BlockClass::Bad);
  EXPECT_EQ(classify({good, short_line, bad}, p)[1].cls, BlockClass::Bad);
}

TEST(JusTextRules, ShortBlockBetweenBadAndGoodIsGoodWhenNearGoodSitsOnTheBadSide) {
  text::TextPipeline p;
  // Not counting near-good blocks the neighbours are bad and good; counting them, the bad side
  // starts with a near-good block, so the text may go on there.
  EXPECT_EQ(classify({bad, near_good, short_line, good}, p)[2].cls, BlockClass::Good);
  EXPECT_EQ(classify({good, short_line, near_good, bad}, p)[1].cls, BlockClass::Good);
}

TEST(JusTextRules, ShortBlockBetweenGoodsIsGoodAndBetweenBadsIsBad) {
  text::TextPipeline p;
  EXPECT_EQ(classify({good, short_line, good}, p)[1].cls, BlockClass::Good);
  EXPECT_EQ(classify({bad, short_line, bad}, p)[1].cls, BlockClass::Bad);
}

std::string page(const std::vector<std::string>& lines) {
  std::string text;
  for (const auto& l : lines) text += l + "\n\n";
  return text;
}

// The kinds of the blocks of every article, in text order, with their text.
std::vector<std::pair<std::string, BlockKind>> kinds(const std::string& text, text::TextPipeline& p) {
  std::vector<std::pair<std::string, BlockKind>> out;
  for (const auto& a : segment_page(text, p))
    for (const auto& b : a.blocks) out.emplace_back(text.substr(b.range.begin, b.range.size()), b.kind);
  return out;
}

BlockKind kind_of(const std::vector<std::pair<std::string, BlockKind>>& ks, std::string_view line) {
  for (const auto& [t, k] : ks)
    if (t == line) return k;
  ADD_FAILURE() << "no block " << line;
  return BlockKind::Title;
}

TEST(PageRules, AStandDateUnderAnArticleKeepsItsLastParagraphs) {
  text::TextPipeline p;
  const std::string last = "Zum Schluss sagte die Bürgermeisterin, dass sie sich über die Einigung freue und dass es "
                           "nun an den Schulen liege, den neuen Plan mit Leben zu füllen, was aber noch dauern werde.";
  const auto ks = kinds(page({"Neuer Plan für die Schulen der Stadt", good, good + " Noch mehr.", last, "Stand: 12.03.2021 14:00 Uhr"}), p);
  EXPECT_EQ(kind_of(ks, last), BlockKind::Body);
  EXPECT_EQ(kind_of(ks, good + " Noch mehr."), BlockKind::Body);
  EXPECT_EQ(kind_of(ks, "Stand: 12.03.2021 14:00 Uhr"), BlockKind::Boilerplate);
}

TEST(PageRules, ShortTextsEachFollowedByADateAreTeasers) {
  text::TextPipeline p;
  const auto ks = kinds(page({"Neuer Plan für die Schulen der Stadt", good, good + " Zwei.",
                              "Weitere Artikel", "Bürgermeisterin eröffnet das neue Hallenbad", "12.03.2021",
                              "Stadtrat streitet über die Parkgebühren", "11.03.2021",
                              "Bibliothek öffnet nun auch am Sonntag", "10.03.2021"}),
                        p);
  EXPECT_EQ(kind_of(ks, "Stadtrat streitet über die Parkgebühren"), BlockKind::Boilerplate);
  EXPECT_EQ(kind_of(ks, "Bibliothek öffnet nun auch am Sonntag"), BlockKind::Boilerplate);
  EXPECT_EQ(kind_of(ks, good + " Zwei."), BlockKind::Body);
}

TEST(PageRules, ABylineLateInThePageDoesNotSwallowTheArticleAboveIt) {
  text::TextPipeline p;
  const std::string text = page({"Startseite", "Neuer Plan für die Schulen der Stadt", good, good + " Zwei.",
                                 "Wissenschaftlicher Beirat", "Veröffentlicht am 3. Mai 2014", "Impressum"});
  const auto articles = segment_page(text, p);
  ASSERT_EQ(articles.size(), 1u);
  EXPECT_EQ(articles[0].title, "Neuer Plan für die Schulen der Stadt");
  const auto ks = kinds(text, p);
  EXPECT_EQ(kind_of(ks, good), BlockKind::Body);
}

TEST(PageRules, TheTitleIsTheHeadlineThatSharesWordsWithTheText) {
  text::TextPipeline p;
  const std::string text = page({"Wirtschaft & Arbeit", "Einigung über die Schulen im Stadtrat",
                                 "Partner im Redaktionsnetzwerk Deutschland", "Foto: dpa Schulhof im Regen", good,
                                 good + " Zwei."});
  const auto articles = segment_page(text, p);
  ASSERT_EQ(articles.size(), 1u);
  EXPECT_EQ(articles[0].title, "Einigung über die Schulen im Stadtrat");
}

TEST(PageRules, AuthorBoxAndInlineTeaserAreChrome) {
  text::TextPipeline p;
  const std::string bio = "Markus Balser kam 2001 zur Zeitung und schreibt über Verkehr und Energie.";
  const std::string teaser_text = "Ein Vater verlor seine Tochter bei einem Unglück und kämpft nun für mehr Sicherheit.";
  const auto ks = kinds(page({"Neuer Plan für die Schulen der Stadt", good, "Markus Balser", bio, good + " Zwei.",
                              "Nach Zugunfällen", "Dieser Mann setzt die Bahn unter Druck", teaser_text,
                              good + " Drei."}),
                        p);
  EXPECT_EQ(kind_of(ks, "Markus Balser"), BlockKind::Boilerplate);
  EXPECT_EQ(kind_of(ks, bio), BlockKind::Boilerplate);
  EXPECT_EQ(kind_of(ks, "Dieser Mann setzt die Bahn unter Druck"), BlockKind::Boilerplate);
  EXPECT_EQ(kind_of(ks, teaser_text), BlockKind::Boilerplate);
  EXPECT_EQ(kind_of(ks, good + " Drei."), BlockKind::Body);
  EXPECT_EQ(kind_of(ks, good + " Zwei."), BlockKind::Body);
}

TEST(PageRules, ASentenceBetweenTwoParagraphsAndAShortLeadAreText) {
  text::TextPipeline p;
  const std::string names = "LA statt Lell, Lakers statt FC Bayern.";  // few stop words, yet a sentence
  const std::string lead = "Hunderttausende von Paaren trennen sich.";
  const auto ks = kinds(page({"Startseite", "Kontakt", "Aus und vorbei: die Stadt trennt sich vom Plan", lead, good,
                              names, good + " Zwei."}),
                        p);
  EXPECT_EQ(kind_of(ks, lead), BlockKind::Body);
  EXPECT_EQ(kind_of(ks, names), BlockKind::Body);
  EXPECT_EQ(kind_of(ks, "Kontakt"), BlockKind::Boilerplate);
}

TEST(PageRules, ProseFarBelowTheArticlePastMuchChromeIsChrome) {
  text::TextPipeline p;
  const std::string licence = "Die Bilder in diesem Blog stehen unter einer freien Lizenz, und wer sie für andere "
                              "Zwecke nutzen will, kann mich gern fragen, denn ich antworte auf jede Anfrage.";
  const auto ks = kinds(page({"Neuer Plan für die Schulen der Stadt", good, good + " Zwei.", good + " Drei.", "Kategorien",
                              "Archiv", "Dezember 2012", "Oktober 2012", "April 2012", "Januar 2012", licence}),
                        p);
  EXPECT_EQ(kind_of(ks, good + " Drei."), BlockKind::Body);
  EXPECT_EQ(kind_of(ks, licence), BlockKind::Boilerplate);
}

}  // namespace
}  // namespace wortblick
