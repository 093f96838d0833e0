// Golden tests of page segmentation on the real seeds, plus generic pages and edge cases.
#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>

#include "core/corpus/page_segmenter.h"
#include "core/text/text_pipeline.h"
#include "core/workspace.h"
#include "../../support/messages.h"

namespace {

using wortblick::Article;
using wortblick::BlockKind;
using wortblick::Corpus;

const wortblick::Workspace& workspace() {
  static const auto ws = wortblick::make_embedded_workspace();
  return ws;
}

std::vector<const Article*> articles_of(const Corpus& c, std::string_view stem) {
  std::vector<const Article*> out;
  for (const auto& a : c.articles)
    if (a.id.starts_with(stem)) out.push_back(&a);
  return out;
}

std::vector<std::string> titles(const Corpus& c, std::string_view stem) {
  std::vector<std::string> out;
  for (const auto* a : articles_of(c, stem)) out.push_back(a->title);
  return out;
}

// The kind of the block whose text starts with `prefix`, searched over a file's articles.
std::vector<BlockKind> kinds_of(const Corpus& c, std::string_view stem, std::string_view prefix) {
  std::vector<BlockKind> out;
  for (const auto* a : articles_of(c, stem))
    for (const auto& b : a->blocks)
      if (c.text(*a, b).starts_with(prefix)) out.push_back(b.kind);
  return out;
}

void expect_kind(const Corpus& c, std::string_view stem, std::string_view prefix, BlockKind kind) {
  const auto ks = kinds_of(c, stem, prefix);
  ASSERT_FALSE(ks.empty()) << prefix;
  for (auto k : ks) EXPECT_EQ(k, kind) << stem << ": " << prefix;
}

using Strings = std::vector<std::string>;

TEST(SeedSegmentation, ArticlesAndTitlesPerFile) {
  const auto& c = workspace().corpus;
  EXPECT_EQ(titles(c, "000_"), (Strings{"Das können die Messenger von Threema über Telegram bis Wire",
                                        "Wenige Wochen, die viel verändert haben",
                                        "Trotz Corona einen kühlen Kopf bewahren",
                                        "Amazon verschiebt seinen Prime Day auf August – laut einem Bericht"}));
  EXPECT_EQ(titles(c, "001_"), (Strings{"Bei Amazon wird es ja bekanntlich nie langweilig"}));
  EXPECT_EQ(titles(c, "002_"), (Strings{"Amazon-Pakete, die keiner bestellt hat"}));
  EXPECT_EQ(titles(c, "003_"), (Strings{"Raus aus dem Minusgeschäft bei WhatsApp, sagt sich das Unternehmen"}));
  EXPECT_EQ(titles(c, "004_"), (Strings{"Unternehmen sollen ab sofort zahlen"}));
  EXPECT_EQ(c.articles.size(), 8u);
  EXPECT_EQ(c.articles[1].id, "000_7fb449a311e9661c:2");
}

TEST(SeedSegmentation, ArticlesTileTheirFileAndBlocksStayInside) {
  const auto& c = workspace().corpus;
  for (std::size_t s = 0; s < c.sources.size(); ++s) {
    std::size_t expect_begin = 0;
    for (const auto& a : c.articles) {
      if (a.source != s) continue;
      EXPECT_EQ(a.range.begin, expect_begin) << a.id;
      expect_begin = a.range.end;
      std::size_t last = a.range.begin;
      for (const auto& b : a.blocks) {
        EXPECT_GE(b.range.begin, last) << a.id;
        EXPECT_LE(b.range.end, a.range.end) << a.id;
        EXPECT_LT(b.range.begin, b.range.end) << a.id;
        EXPECT_EQ(b.kind == BlockKind::Boilerplate, !b.reason.empty()) << a.id;
        last = b.range.end;
      }
    }
    EXPECT_EQ(expect_begin, c.sources[s].text.size()) << c.sources[s].name;
    EXPECT_EQ(c.sources[s].text, c.sources[s].bytes());
    EXPECT_TRUE(c.sources[s].repaired_from.empty());  // the seeds are clean UTF-8 in NFC
    EXPECT_TRUE(c.sources[s].warnings.empty());
  }
}

TEST(SeedSegmentation, PageChromeIsBoilerplate) {
  const auto& c = workspace().corpus;
  const auto bp = BlockKind::Boilerplate;
  for (auto line : {"Connect with us", "Veröffentlicht", "auf", "Durch", "Quelle", "Weiterlesen",
                    "Klicken Sie, um zu kommentieren", "Hinterlasse eine Antwort", "Deine E-Mail-Adresse",
                    "Das könnte dich auch interessieren:", "Passend zum Thema:", "Mehr zum Thema:", "Trending",
                    "//ofgogoatan.com", "Auch auf dieser Seite werden Cookies", "Accept", "Marketing"})
    expect_kind(c, "000_", line, bp);
  for (auto line : {"https://blog.wdr.de", "Kommentare zum Artikel: 3", "3 Kommentare", "Einen Kommentar schicken",
                    "Die mit * gekennzeichneten Felder", "Über den Autor", "Top"})
    expect_kind(c, "002_", line, bp);
  for (auto line : {"Keine Kommentare:", "Kommentar veröffentlichen"}) expect_kind(c, "003_", line, bp);
  for (auto line : {"Menü", "Wolfsburger Allgemeine", "Anmelden", "Nachrichten Wirtschaft", "16:44 05.09.2017",
                    "Von RND/dpa", "Beim Online-Banking der Commerzbank", "Arbeitgeber dürfen",
                    "Wirtschaft Reaktion auf Gewinneinbruch", "Nach jahrelangem Boom", "05.09.2017"})
    expect_kind(c, "004_", line, bp);
}

TEST(SeedSegmentation, TitlesBodiesAndCommentsAreText) {
  const auto& c = workspace().corpus;
  expect_kind(c, "000_", "Das können die Messenger", BlockKind::Title);
  expect_kind(c, "000_", "Whatsapp ist der Messenger-King", BlockKind::Body);
  expect_kind(c, "000_", "Whatsapp ist Marktführer – mit Abstand", BlockKind::Body);
  expect_kind(c, "000_", "Die Coronakrise hat zu einem echten Schub", BlockKind::Body);
  expect_kind(c, "000_", "Fazit", BlockKind::Body);
  expect_kind(c, "000_", "Die Coronakrise wirkt sich laut den Notizen", BlockKind::Body);
  expect_kind(c, "001_", "Bei Amazon wird es ja bekanntlich", BlockKind::Body);
  expect_kind(c, "001_", "Und zu guter Letzt", BlockKind::Body);
  expect_kind(c, "002_", "Kann passieren: Der Postbote", BlockKind::Body);
  expect_kind(c, "002_", "Amazon vergoldet seine Datenbasis", BlockKind::Body);
  expect_kind(c, "002_", "1. Amazon hat unglaublich viele Daten", BlockKind::Comment);
  expect_kind(c, "002_", "Utopia now!", BlockKind::Comment);
  expect_kind(c, "002_", "Sie haben Zweifel an dieser Aussage", BlockKind::Comment);
  expect_kind(c, "003_", "Alles fürs Business", BlockKind::Body);
  expect_kind(c, "003_", "Allerdings können WhatsApp-Nutzer", BlockKind::Body);
  expect_kind(c, "004_", "WhatsApp will von Unternehmen künftig", BlockKind::Body);
  expect_kind(c, "004_", "Facebook hatte WhatsApp im Jahr 2014", BlockKind::Body);
}

TEST(SeedSegmentation, NoChromeWordIsCounted) {
  const auto& ws = workspace();
  wortblick::text::TextPipeline p;
  std::size_t total = 0;
  for (const auto& a : ws.corpus.articles) {
    std::size_t words = 0;
    for (const auto& b : a.blocks) {
      if (b.kind == BlockKind::Boilerplate) continue;
      for (const auto& t : p.tokenize(ws.corpus.text(a, b))) {
        words += t.counts_as_word();
        for (auto banned : {"cookies", "cookie-nutzung", "zoneid", "kommentieren", "weiterlesen",
                            "menue", "accept", "ofgogoatan.com", "hinterlasse"})
          EXPECT_NE(t.key, banned) << a.id << ": " << ws.corpus.text(a, b);
      }
    }
    EXPECT_EQ(a.words, words) << a.id;
    EXPECT_GT(a.words, 150u) << a.id;
    total += words;
  }
  EXPECT_EQ(ws.corpus.total_words(), total);
}

TEST(PageSegmentation, EmptyAndBlankPagesHaveNoArticles) {
  wortblick::text::TextPipeline p;
  EXPECT_TRUE(wortblick::segment_page("", p).empty());
  EXPECT_TRUE(wortblick::segment_page(" \n\n\t\n", p).empty());
}

TEST(PageSegmentation, GenericPageWithHeadlineChromeAndComments) {
  wortblick::text::TextPipeline p;
  const std::string page =
      "Startseite\nSuche\nPolitik Der Bundestag beschließt ein neues Gesetz zur Digitalisierung\n"
      "Aktualisiert am 12.03.2021\n\n"
      "Der Bundestag hat am Donnerstag ein Gesetz beschlossen, das die Verwaltung bis zum Jahr 2025 "
      "digitalisieren soll. Die Opposition kritisierte, dass die Finanzierung nicht gesichert sei und die "
      "Länder zu wenig beteiligt worden seien.\n\n"
      "Nach Angaben der Regierung sollen die Bürger ihre Anträge künftig online stellen können. Dafür werden "
      "in den nächsten Jahren mehrere Milliarden Euro bereitgestellt, die vor allem in die Infrastruktur der "
      "Kommunen fließen.\n\n"
      "Wir verwenden Cookies, um Ihnen ein besseres Nutzererlebnis zu bieten. Mit der Nutzung der Seite "
      "stimmen Sie der Verwendung von Cookies zu.\nAlle akzeptieren\n"
      "2 Kommentare\nDas war auch höchste Zeit, ich warte seit Monaten auf einen Termin beim Amt.\n"
      "Mal sehen, ob das diesmal klappt.\nSchreibe einen Kommentar\n";
  const auto articles = wortblick::segment_page(page, p);
  ASSERT_EQ(articles.size(), 1u);
  const auto& a = articles[0];
  EXPECT_EQ(a.title, "Der Bundestag beschließt ein neues Gesetz zur Digitalisierung");
  std::string body, comments;
  for (const auto& b : a.blocks) {
    const auto t = std::string(page.substr(b.range.begin, b.range.size()));
    if (b.kind == BlockKind::Body) body += t + "|";
    if (b.kind == BlockKind::Comment) comments += t + "|";
    if (t.starts_with("Wir verwenden Cookies") || t == "Alle akzeptieren") EXPECT_EQ(b.reason, "cookie");
    if (t.starts_with("Startseite") || t.starts_with("Aktualisiert")) EXPECT_EQ(b.kind, BlockKind::Boilerplate);
  }
  EXPECT_NE(body.find("Der Bundestag hat am Donnerstag"), std::string::npos);
  EXPECT_NE(body.find("Nach Angaben der Regierung"), std::string::npos);
  EXPECT_EQ(body.find("Cookies"), std::string::npos);
  EXPECT_NE(comments.find("höchste Zeit"), std::string::npos);
  EXPECT_NE(comments.find("Mal sehen"), std::string::npos);
  EXPECT_EQ(comments.find("Schreibe"), std::string::npos);
}

TEST(PageSegmentation, InvalidUtf8SourceIsRepairedAndReported) {
  wortblick::text::TextPipeline p;
  const std::string bad = "Ein Titel f\xfcr alle\n\nDer Text geht weiter und weiter \xff mit kaputten Bytes.\n";
  const wortblick::EmbeddedFile f{"bad.txt", bad};
  const auto c = wortblick::build_corpus(std::span(&f, 1), p);
  ASSERT_EQ(c.sources.size(), 1u);
  EXPECT_EQ(c.sources[0].bytes(), bad);
  EXPECT_NE(c.sources[0].text, bad);
  ASSERT_EQ(c.sources[0].warnings.size(), 1u);
  // 2 invalid bytes, the first at byte 11, reported with the source's name.
  EXPECT_EQ(c.sources[0].warnings[0],
            (wortblick::Message{wortblick::Msg::TextRepairedBytes, {"bad.txt", "2", "11"}}));
  ASSERT_EQ(c.articles.size(), 1u);
  EXPECT_EQ(c.articles[0].range.end, c.sources[0].text.size());
}

TEST(PageSegmentationProperty, RandomPagesNeverCrashAndArticlesTileTheText) {
  wortblick::text::TextPipeline p;
  std::mt19937 rng(7);
  const std::string pieces[] = {"Veröffentlicht\n", "auf\n", "Titel einer Meldung hier\n", "\n", "Quelle\n",
                                "3 Kommentare\n", "05.09.2017\n", "Cookies verwenden wir.\n", "  1. Ein Kommentar.\n",
                                "Der lange Absatz hat viele Wörter und die Leser sind mit dem Text sehr zufrieden. ",
                                "\xff", "\xc3", "//ads.example.com/x?id=1\n", "Über den Autor\n"};
  for (int round = 0; round < 300; ++round) {
    std::string page;
    const int n = static_cast<int>(rng() % 30);
    for (int k = 0; k < n; ++k) page += pieces[rng() % std::size(pieces)];
    const wortblick::EmbeddedFile f{"random.txt", page};
    const auto c = wortblick::build_corpus(std::span(&f, 1), p);
    std::size_t at = 0;
    for (const auto& a : c.articles) {
      ASSERT_EQ(a.range.begin, at);
      ASSERT_FALSE(a.title.empty());
      at = a.range.end;
    }
    if (!c.articles.empty()) ASSERT_EQ(at, c.sources[0].text.size());
  }
}

}  // namespace
