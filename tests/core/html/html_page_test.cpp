// Reading web pages: visible text only, zones from markup, the main article, headline and date.
#include <gtest/gtest.h>

#include <string>

#include "core/corpus/page_segmenter.h"
#include "core/html/html_page.h"
#include "core/html/nesting_guard.h"

namespace wortblick::html {
namespace {

std::string line_of(const HtmlPage& p, std::size_t i) {
  return p.text.substr(p.blocks[i].begin, p.blocks[i].end - p.blocks[i].begin);
}

const HtmlBlock* find_block(const HtmlPage& p, std::string_view starts) {
  for (const auto& b : p.blocks)
    if (std::string_view(p.text).substr(b.begin, b.end - b.begin).substr(0, starts.size()) == starts) return &b;
  return nullptr;
}

TEST(HtmlPage, KeepsOnlyVisibleTextOneLinePerBlock) {
  const auto p = read_page(
      "<html><head><title>T</title><style>p{color:red}</style><script>var x='Skript';</script></head>"
      "<body><p>Erster   Absatz mit <b>fettem</b>\n Wort &amp; Entit&auml;t.</p>"
      "<div hidden>versteckt</div><div style=\"display: none\">auch versteckt</div>"
      "<span aria-hidden=\"true\">Symbol</span><span class=\"sr-only\">nur Vorleser</span>"
      "<noscript>Bitte JavaScript</noscript><template><p>Vorlage</p></template>"
      "<p>Zeile eins<br>Zeile&nbsp;zwei</p><input type=hidden value=geheim><select><option>Wahl</option></select>"
      "</body></html>");
  EXPECT_EQ(p.title, "T");
  ASSERT_EQ(p.blocks.size(), 3u) << p.text;
  EXPECT_EQ(line_of(p, 0), "Erster Absatz mit fettem Wort & Entität.");
  EXPECT_EQ(line_of(p, 1), "Zeile eins");
  EXPECT_EQ(line_of(p, 2), "Zeile zwei");
  EXPECT_EQ(p.text, "Erster Absatz mit fettem Wort & Entität.\n\nZeile eins\n\nZeile zwei");
  for (std::string_view gone : {"Skript", "versteckt", "Symbol", "Vorleser", "JavaScript", "Vorlage", "geheim", "Wahl", "color"})
    EXPECT_EQ(p.text.find(gone), std::string::npos) << gone;
}

// A page shaped like a news site: header with navigation, the article, a share bar, a sidebar
// with related links, comments, a cookie banner and a footer.
const char* news_page = R"(<!doctype html><html lang="de"><head>
<meta charset="utf-8"><title>Neue Regeln für Messenger | Beispielzeitung</title>
<meta property="article:published_time" content="2021-03-12T14:00:00+01:00"></head><body>
<header class="site-header"><a href="/">Beispielzeitung</a>
<nav><ul><li><a href="/politik">Politik</a></li><li><a href="/wirtschaft">Wirtschaft</a></li></ul></nav></header>
<div class="cookie-banner"><p>Wir verwenden Cookies, um Ihnen das beste Erlebnis zu bieten.</p></div>
<main><article>
<div class="breadcrumb"><a href="/">Start</a> › <a href="/digital">Digital</a></div>
<h1>Neue Regeln für Messenger</h1>
<p>Die Europäische Union will, dass sich die großen Messenger für andere Dienste öffnen, damit Nutzer Nachrichten über die Grenzen der Anbieter hinweg austauschen können.</p>
<h2>Was sich ändert</h2>
<p>Künftig sollen die Anbieter ihre Schnittstellen offenlegen. Kleinere Dienste hoffen darauf, dass ihre Nutzer so auch mit Freunden schreiben können, die bei der Konkurrenz sind.</p>
<div class="share-buttons"><a href="https://x">Teilen</a> <a href="https://y">Twittern</a></div>
</article>
<aside><h3>Mehr zum Thema</h3><ul><li><a href="/a">Signal wächst weiter</a></li></ul></aside>
<section id="comments"><h3>Kommentare</h3><p>Das wurde aber auch Zeit, finde ich. Endlich können wir alle miteinander reden.</p></section>
</main>
<footer><p>© 2021 Beispielzeitung. Alle Rechte vorbehalten.</p><a href="/impressum">Impressum</a></footer>
</body></html>)";

TEST(HtmlPage, ZonesComeFromElementsRolesAndClassWords) {
  const auto p = read_page(news_page);
  EXPECT_EQ(p.date, "2021-03-12T14:00:00+01:00");
  ASSERT_GE(p.headline, 0);
  EXPECT_EQ(line_of(p, static_cast<std::size_t>(p.headline)), "Neue Regeln für Messenger");
  const auto zone = [&](std::string_view s) {
    const auto* b = find_block(p, s);
    EXPECT_NE(b, nullptr) << s;
    return b ? b->zone : Zone::Content;
  };
  EXPECT_EQ(zone("Politik"), Zone::Chrome);
  EXPECT_EQ(zone("Wir verwenden Cookies"), Zone::Chrome);
  EXPECT_EQ(find_block(p, "Wir verwenden Cookies")->why, "cookie");
  EXPECT_EQ(zone("Start"), Zone::Chrome);
  EXPECT_EQ(zone("Die Europäische Union"), Zone::Content);
  EXPECT_TRUE(find_block(p, "Die Europäische Union")->in_article);
  EXPECT_EQ(zone("Teilen"), Zone::Chrome);
  EXPECT_EQ(zone("Mehr zum Thema"), Zone::Chrome);
  EXPECT_EQ(zone("Das wurde aber auch Zeit"), Zone::Comments);
  EXPECT_EQ(zone("© 2021"), Zone::Chrome);
  EXPECT_EQ(find_block(p, "Was sich ändert")->heading, 2);
  EXPECT_EQ(find_block(p, "Signal wächst weiter")->link_chars, find_block(p, "Signal wächst weiter")->chars);
}

TEST(HtmlPage, OnlyWholeHidingClassNamesHide) {
  const auto p = read_page("<div class=\"field field--label-hidden\"><p>Sichtbarer Text</p></div>"
                           "<div class=\"Hidden\">weg</div><div class=\"x visually-hidden\">auch weg</div>");
  EXPECT_EQ(p.text, "Sichtbarer Text");
}

TEST(HtmlPage, ClassWordsNameChromeOnlyOnLinkListsAndSmallBoxes) {
  std::string description;
  for (int i = 0; i < 4; ++i)
    description += "<p>Die Traube stammt aus dem Süden Italiens und wurde von Auswanderern nach Kalifornien gebracht.</p>";
  const auto p = read_page("<div class=\"tab-menu--product\">" + description + "</div>"
                           "<div class=\"main-menu\"><a href=/a>Wein</a> <a href=/b>Sekt</a></div>"
                           "<div class=\"cookie-notice\">" + description + "</div>" + description + description);
  EXPECT_EQ(find_block(p, "Die Traube")->zone, Zone::Content);
  EXPECT_EQ(find_block(p, "Wein")->zone, Zone::Chrome);
  EXPECT_EQ(p.blocks[5].zone, Zone::Chrome);  // the long cookie notice's first paragraph
  EXPECT_EQ(p.blocks[5].why, "cookie");
}

TEST(HtmlPage, TeaserArticlesOfOtherPostsAreNoMainArticle) {
  std::string post;
  for (int i = 0; i < 4; ++i)
    post += "<p>Der Sommer ist da, und die kurzen Kleider werden wieder herausgeholt, sagt die Bloggerin in ihrem Beitrag.</p>";
  const auto p = read_page("<div id=main><div class=\"elementor-widget elementor-widget-text-editor\">" + post +
                           "</div></div><article class=\"post_teaser\"><a href=/x>Final Summer Sale</a> Unbedingt "
                           "noch die Schnäppchen der Saison eintüten.</article><article class=post_teaser>Die Top 7 Deals</article>");
  const auto* b = find_block(p, "Der Sommer ist da");
  ASSERT_NE(b, nullptr);
  EXPECT_EQ(b->zone, Zone::Content);
  EXPECT_FALSE(b->in_article);  // no <article> holds the page's text, so none is its main article
}

TEST(HtmlPage, ChromeWordsOnAWrapperOfTheWholePageAreIgnored) {
  std::string body;
  for (int i = 0; i < 5; ++i)
    body += "<p>Dies ist ein ganz gewöhnlicher Absatz eines Artikels, der in einem Wrapper steht.</p>";
  const auto p = read_page("<body><form id=aspnetForm><div class=\"page has-sidebar\">" + body + "</div></form></body>");
  ASSERT_EQ(p.blocks.size(), 5u);
  for (const auto& b : p.blocks) EXPECT_EQ(b.zone, Zone::Content);
}

TEST(HtmlPage, TitleWithoutSiteNameKeepsTheLongerPart) {
  EXPECT_EQ(title_without_site("Neue Regeln für Messenger | Beispielzeitung"), "Neue Regeln für Messenger");
  EXPECT_EQ(title_without_site("heise online - Lithium wird knapp in Europa"), "Lithium wird knapp in Europa");
  EXPECT_EQ(title_without_site("Wie Freenet Kunden für Antennen-TV gewinnen will › Meedia"),
            "Wie Freenet Kunden für Antennen-TV gewinnen will");
  EXPECT_EQ(title_without_site("Ohne Trenner"), "Ohne Trenner");
}

TEST(HtmlSegmentation, NewsPageBecomesOneArticleWithTitleBodyCommentsAndChrome) {
  text::TextPipeline pipeline;
  const auto page = read_page(news_page);
  const auto articles = segment_html_page(page, pipeline);
  ASSERT_EQ(articles.size(), 1u);
  const auto& a = articles[0];
  EXPECT_EQ(a.title, "Neue Regeln für Messenger");
  EXPECT_EQ(a.date, "2021-03-12T14:00:00+01:00");
  std::string body, comments, chrome;
  for (const auto& b : a.blocks) {
    const auto s = page.text.substr(b.range.begin, b.range.size()) + "\n";
    if (b.kind == BlockKind::Body) body += s;
    if (b.kind == BlockKind::Comment) comments += s;
    if (b.kind == BlockKind::Boilerplate) chrome += s;
  }
  EXPECT_NE(body.find("Die Europäische Union will"), std::string::npos) << body;
  EXPECT_NE(body.find("Was sich ändert"), std::string::npos) << body;
  EXPECT_NE(body.find("Künftig sollen die Anbieter"), std::string::npos) << body;
  EXPECT_NE(comments.find("Das wurde aber auch Zeit"), std::string::npos) << comments;
  for (std::string_view c : {"Politik", "Cookies", "Teilen", "Signal wächst", "Alle Rechte", "Impressum", "Start"}) {
    EXPECT_EQ(body.find(c), std::string::npos) << c << " in body:\n" << body;
    EXPECT_NE(chrome.find(c), std::string::npos) << c;
  }
  // Counted words are the title's, the body's and the comments', never the chrome's.
  EXPECT_GT(a.words, 40u);
  EXPECT_LT(a.words, 90u);
}

TEST(HtmlSegmentation, PageWithoutH1TakesItsTitleFromTheTitleElement) {
  text::TextPipeline pipeline;
  const auto page = read_page(
      "<title>Ein Bericht aus dem Rathaus – Stadt Beispiel</title><body><p>Der Gemeinderat hat am Dienstag "
      "beschlossen, dass die Bibliothek am Sonntag geöffnet wird, und die Bürgerinnen und Bürger freuen sich darüber.</p></body>");
  const auto articles = segment_html_page(page, pipeline);
  ASSERT_EQ(articles.size(), 1u);
  EXPECT_EQ(articles[0].title, "Ein Bericht aus dem Rathaus");
}

TEST(HtmlSegmentation, EmptyOrInvisiblePagesHaveNoArticle) {
  text::TextPipeline pipeline;
  EXPECT_TRUE(segment_html_page(read_page(""), pipeline).empty());
  EXPECT_TRUE(segment_html_page(read_page("<script>only()</script><div hidden>x</div>"), pipeline).empty());
}

}  // namespace
}  // namespace wortblick::html

namespace wortblick::html {
namespace {

TEST(NestingGuard, DropsOnlyStartTagsBeyondTheLimitAndKeepsAllText) {
  std::string deep;
  for (int i = 0; i < 10; ++i) deep += "<div class=\"a>b\">";
  deep += "Text";
  for (int i = 0; i < 10; ++i) deep += "</div>";
  const auto f = flatten_deep_nesting(deep, 4);
  EXPECT_EQ(f.removed, 6u);
  std::string kept;
  for (int i = 0; i < 4; ++i) kept += "<div class=\"a>b\">";
  EXPECT_EQ(f.html, kept + "Text" + std::string("</div>").append(std::string()) + [] {
    std::string closes;
    for (int i = 1; i < 10; ++i) closes += "</div>";
    return closes;
  }());
  EXPECT_EQ(flatten_deep_nesting(deep, 10).removed, 0u);
}

TEST(NestingGuard, ElementsWithOptionalEndTagsScriptsAndCommentsDoNotDeepen) {
  std::string page;
  for (int i = 0; i < 100; ++i) page += "<p>Absatz<li>Punkt<br><img src=x><td>Zelle";
  page += "<script>for(i=0;i<9;i++) document.write('<div><div><div>')</script><!-- <div><div><div> -->";
  page += "<style>div>p{}</style><textarea><div><div></textarea>";
  EXPECT_EQ(flatten_deep_nesting(page, 2).removed, 0u);
}

TEST(NestingGuard, ReadPageOfAHundredThousandDivsKeepsItsText) {
  std::string page;
  for (int i = 0; i < 100000; ++i) page += "<div><span>";
  page += "Unten angekommen";
  const auto p = read_page(page);
  EXPECT_EQ(p.flattened, 2 * 100000u - max_nesting);
  EXPECT_EQ(p.text, "Unten angekommen");
}

}  // namespace
}  // namespace wortblick::html
