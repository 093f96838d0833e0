// Headless ImGui smoke test: every view runs for hundreds of frames with input, no renderer.
#include <gtest/gtest.h>
#include <algorithm>
#include <cmath>
#include <set>
#include <vector>
#include <imgui.h>
#include <imgui_internal.h>

#include "app/fonts.h"
#include "app/actions.h"
#include "app/article_filter.h"
#include "app/reader_navigation.h"
#include "app/frame.h"
#include "app/model.h"
#include "app/theme.h"
#include "../support/headless_imgui.h"

namespace {

using namespace wortblick;

using wortblick::testing::HeadlessImGui;

TEST_F(HeadlessImGui, EveryViewSurvivesFramesWithInput) {
  auto model = app::make_model(Session());
  ImGuiIO& io = ImGui::GetIO();
  for (int i = 0; i < 300; ++i) {
    // Sweep the mouse over the window and click now and then, wheel-scrolling the reader.
    io.MousePos = ImVec2(static_cast<float>((i * 37) % 1280), static_cast<float>((i * 53) % 800));
    io.MouseDown[0] = i % 10 == 5;  // ImGui 1.86 input API: plain fields, no event queue
    io.MouseWheel = i % 7 == 0 ? -1.0f : 0.0f;
    frame(model);
  }
  ASSERT_TRUE(model.selected_article.has_value());
  EXPECT_LT(*model.selected_article, model.session.corpus().articles.size());
}

TEST_F(HeadlessImGui, EveryDisplayVariantAndArticleDraws) {
  auto model = app::make_model(Session());
  const app::Action variants[] = {app::SetTheme{app::Theme::Dark}, app::ToggleProjector{},
                                  app::SetLanguage{app::Lang::En}, app::SetShowBoilerplate{true},
                                  app::ZoomIn{}, app::ZoomIn{}, app::ZoomOut{}, app::SetUiScale{2.5f},
                                  app::ToggleProjector{}, app::SetTheme{app::Theme::Light}, app::ZoomReset{}};
  for (const auto& v : variants) {
    app::apply(model, v);
    restyle(model);  // between frames, as the platform does
    for (std::size_t i = 0; i < model.session.corpus().articles.size(); ++i) {
      app::apply(model, app::SelectArticle{i});
      for (int f = 0; f < 3; ++f) frame(model);
    }
  }
  EXPECT_FLOAT_EQ(model.display.ui_scale, 1.0f);
  EXPECT_FALSE(model.display.projector);
}

TEST_F(HeadlessImGui, TagViewsSurviveFramesWithInput) {
  auto model = app::make_model(Session());
  const auto& articles = model.session.corpus().articles;
  app::apply(model, app::TagArticles{"Datenschutz", {articles[0].id, articles[1].id}});
  app::apply(model, app::TagArticles{"Amazon", {articles[3].id}});
  app::apply(model, app::SetCategory{"Messenger", {"WhatsApp", "Threema"}, false});
  app::apply(model, app::ShowTagManager{true});
  app::apply(model, app::ToggleTagFilter{"Datenschutz"});
  // The filter shows exactly the two tagged articles, in corpus order.
  EXPECT_EQ(app::visible_articles(model), (std::vector<std::size_t>{0, 1}));
  app::apply(model, app::ImportFileReceived{"tags.json", "{}"});
  ImGuiIO& io = ImGui::GetIO();
  for (int i = 0; i < 300; ++i) {
    io.MousePos = ImVec2(static_cast<float>((i * 41) % 1280), static_cast<float>((i * 29) % 800));
    io.MouseDown[0] = i % 9 == 4;
    io.MouseDown[1] = i % 23 == 11;  // right clicks open the tagging menu
    frame(model);
  }
  // Random clicks may tag and untag; whatever the filter is now, it shows exactly the articles
  // its tags hold, and the tag store stayed consistent.
  const auto* datenschutz = model.session.tags().find_tag("Datenschutz");
  ASSERT_NE(datenschutz, nullptr);
  if (model.tag_filter.names == std::set<std::string, std::less<>>{"Datenschutz"}) {
    std::vector<std::size_t> tagged;
    for (std::size_t i = 0; i < articles.size(); ++i)
      if (datenschutz->articles.count(articles[i].id)) tagged.push_back(i);
    EXPECT_EQ(app::visible_articles(model), tagged);
  }
  EXPECT_EQ(model.session.tags().find_tag("Amazon")->articles.size(), 1u);
  app::apply(model, app::ResolveImport{app::ResolveImport::Cancel});
  EXPECT_FALSE(model.pending_import.has_value());
}

TEST_F(HeadlessImGui, SearchResultsReaderHitsAndConcordanceDraw) {
  auto model = app::make_model(Session());
  app::apply(model, app::SetQuery{"Whatsapp Nutzer"});
  ASSERT_GT(model.search.result.total, 0u);
  EXPECT_TRUE(model.search.concordance.empty());  // built only when its view shows
  app::apply(model, app::SetView{app::View::Concordance});
  app::refresh_concordance(model);
  ASSERT_FALSE(model.search.concordance.empty());
  app::apply(model, app::SetView{app::View::Reader});
  app::apply(model, app::OpenHit{model.search.result.hits[0].article, std::nullopt});
  ASSERT_FALSE(model.search.article_hits.empty());
  EXPECT_TRUE(model.search.scroll_to_hit);
  ImGuiIO& io = ImGui::GetIO();
  for (int i = 0; i < 200; ++i) {
    io.MousePos = ImVec2(static_cast<float>((i * 53) % 1280), static_cast<float>((i * 31) % 800));
    io.MouseDown[0] = i % 11 == 6;
    if (i == 50) app::apply(model, app::NextHit{});
    if (i == 80) app::apply(model, app::SetView{app::View::Concordance});
    if (i == 120) app::apply(model, app::SortConcordance{search::ConcordanceSort::Left});
    if (i == 150) app::apply(model, app::SetQuery{"\"Ende-zu-Ende-Verschlüsselung\" OR massgeblich~"});
    frame(model);
  }
  EXPECT_FALSE(model.search.scroll_to_hit);  // the reader consumed the scroll request
}

TEST_F(HeadlessImGui, EveryChartViewDrawsAndReactsToClicks) {
  auto model = app::make_model(Session());
  app::apply(model, app::TagArticles{"Amazon", {model.session.corpus().articles[3].id, model.session.corpus().articles[4].id}});
  app::apply(model, app::SetCategory{"Messenger", {"Threema", "Signal", "Whatsapp"}, false});
  ImGuiIO& io = ImGui::GetIO();
  const app::View views[] = {app::View::Frequencies, app::View::Trends, app::View::Dispersion, app::View::Compare,
                             app::View::Cloud, app::View::Collocates, app::View::Ngrams, app::View::TextStats};
  for (const app::View v : views) {
    for (int variant = 0; variant < 3; ++variant) {
      app::ChartSettings c = model.charts;
      c.scope = variant == 0 ? stats::ScopeKind::Corpus : variant == 1 ? stats::ScopeKind::Tag : stats::ScopeKind::Category;
      c.words.stem = variant == 2;
      c.relative = variant == 1;
      app::apply(model, app::SetChartSettings{c});
      app::apply(model, app::SetView{v});
      for (int i = 0; i < 60; ++i) {
        io.MousePos = ImVec2(static_cast<float>(300 + (i * 67) % 900), static_cast<float>(120 + (i * 37) % 640));
        io.MouseDown[0] = i % 13 == 7;
        frame(model);
        if (model.view != v) app::apply(model, app::SetView{v});  // a click opened the reader or concordance
      }
    }
  }
  // The frequency chart holds data, and exporting it queues a CSV with a BOM.
  app::apply(model, app::SetChartSettings{app::ChartSettings{}});
  app::apply(model, app::SetView{app::View::Frequencies});
  frame(model);
  ASSERT_FALSE(model.chart_data.table.rows.empty());
  app::apply(model, app::ExportChartCsv{});
  ASSERT_FALSE(model.downloads.empty());
  EXPECT_EQ(model.downloads.back().bytes.rfind("\xEF\xBB\xBF", 0), 0u);
  EXPECT_NE(model.downloads.back().file_name.find("haeufigkeiten-corpus"), std::string::npos);
}

TEST_F(HeadlessImGui, AddedTextsAreIndexedOverFramesSearchableAndRemovable) {
  auto model = app::make_model(Session());
  const std::size_t before = model.session.corpus().articles.size();
  app::apply(model, app::SetQuery{"Zaubertrank"});
  EXPECT_EQ(model.search.result.total, 0u);
  app::apply(model, app::ShowAddText{true});
  std::string text = "Ein eigener Text\n\nDer Zaubertrank der Gallier wirkt auch in der Schule, sagen die Lehrer. ";
  text += "Sie brauen ihn gemeinsam mit den Schülern im Chemieunterricht und schreiben darüber.\n\xff\n";
  app::apply(model, app::AddTexts{{search::NewText{"klasse.txt", text}}});
  EXPECT_GT(model.session.corpus().articles.size(), before);
  for (int i = 0; i < 20 && model.session.workspace().search.index.indexed_articles() < model.session.corpus().articles.size(); ++i) {
    frame(model);  // indexing runs a slice per frame
  }
  frame(model);
  EXPECT_EQ(model.search.result.total, 1u);  // the search re-ran when indexing finished
  bool repaired = false;
  for (const auto& n : model.notices) repaired |= n.text == app::NoticeText::TextWarning;
  EXPECT_TRUE(repaired);  // the invalid byte was repaired and reported
  app::apply(model, app::RemoveText{"klasse.txt"});
  EXPECT_EQ(model.session.corpus().articles.size(), before);
  EXPECT_EQ(model.search.result.total, 0u);
  ASSERT_TRUE(model.selected_article.has_value());
  EXPECT_LT(*model.selected_article, before);
  for (int i = 0; i < 5; ++i) frame(model);
  app::apply(model, app::RemoveText{model.session.corpus().sources[0].name});  // the corpus stays
  EXPECT_EQ(model.notices.back().text, app::NoticeText::TextRefused);
}

TEST_F(HeadlessImGui, RightClickAParagraphCopiesIt) {
  auto model = app::make_model(Session());
  static std::string copied;  // ImGui's clipboard hook is a plain function pointer
  copied.clear();
  ImGuiIO& io = ImGui::GetIO();
  io.SetClipboardTextFn = [](void*, const char* text) { copied = text; };
  io.DisplaySize = ImVec2(1280, 720);
  frame(model);
  auto click = [&](ImVec2 at, int button) {
    io.MousePos = at;
    frame(model);
    io.MouseDown[button] = true;
    frame(model);
    io.MouseDown[button] = false;
    frame(model);
    frame(model);
  };
  // Below the title, the source line (with the "Textstatistik" button) and the tag row.
  const float dy = ImGui::GetTextLineHeightWithSpacing();
  click(ImVec2(800, 228 + dy), 1);
  click(ImVec2(830, 250 + dy), 0);
  const auto text = model.session.corpus().text(model.session.corpus().articles[0]);
  EXPECT_GT(copied.size(), 40u);
  EXPECT_NE(text.find(copied), std::string_view::npos) << copied;
}

TEST_F(HeadlessImGui, TouchDragScrollsTheHoveredPane) {
  auto model = app::make_model(Session());
  model.display.touch = true;
  restyle(model);
  ImGuiIO& io = ImGui::GetIO();
  io.MousePos = ImVec2(900, 600);
  frame(model);
  frame(model);
  ImGuiWindow* reader = ImGui::GetCurrentContext()->HoveredWindow;
  ASSERT_NE(reader, nullptr);
  const float before = reader->Scroll.y;
  io.MouseDown[0] = true;
  frame(model);
  for (float y = 600; y >= 300; y -= 30) {
    io.MousePos = ImVec2(900, y);
    frame(model);
  }
  io.MouseDown[0] = false;
  frame(model);
  frame(model);
  EXPECT_GT(reader->Scroll.y, before + 200) << reader->Name;
}

TEST_F(HeadlessImGui, ClickingDownTheListSelectsEachArticleInOrder) {
  auto model = app::make_model(Session());
  const std::size_t n = model.session.corpus().articles.size();
  ASSERT_GE(n, 3u);
  ImGuiIO& io = ImGui::GetIO();
  frame(model);
  // Click every few pixels down the list column; rows are hit in list order, each one once.
  std::vector<std::size_t> seen;
  for (float y = 0; y < 800; y += 4) {
    io.MousePos = ImVec2(60.0f, y);
    frame(model);
    io.MouseDown[0] = true;
    frame(model);
    io.MouseDown[0] = false;
    frame(model);
    if (model.selected_article && (seen.empty() || seen.back() != *model.selected_article)) {
      seen.push_back(*model.selected_article);
    }
  }
  std::vector<std::size_t> expected(std::min<std::size_t>(n, seen.size()));
  for (std::size_t i = 0; i < expected.size(); ++i) expected[i] = i;
  EXPECT_EQ(seen, expected);
  EXPECT_GE(seen.size(), std::min<std::size_t>(n, 10u));
}

TEST_F(HeadlessImGui, SwitchingTheLanguageKeepsTheView) {
  auto model = app::make_model(Session());
  app::apply(model, app::SetView{app::View::Frequencies});
  for (int i = 0; i < 3; ++i) frame(model);
  for (const app::Lang lang : {app::Lang::En, app::Lang::De}) {
    app::apply(model, app::SetLanguage{lang});
    restyle(model);
    for (int i = 0; i < 3; ++i) frame(model);
    EXPECT_EQ(model.view, app::View::Frequencies);
  }
}

TEST_F(HeadlessImGui, TinyAndHugeWindowsDoNotAssert) {
  auto model = app::make_model(Session());
  ImGuiIO& io = ImGui::GetIO();
  for (const ImVec2 size : {ImVec2(1, 1), ImVec2(120, 90), ImVec2(7680, 4320)}) {
    io.DisplaySize = size;
    for (int i = 0; i < 5; ++i) frame(model);
    // ImGui laid out a whole frame for this size: valid draw data covering the display, and no
    // vertex at a non-finite position (what a division by a zero-sized window would give).
    const ImDrawData* dd = ImGui::GetDrawData();
    ASSERT_NE(dd, nullptr);
    EXPECT_TRUE(dd->Valid);
    EXPECT_EQ(dd->DisplaySize.x, size.x);
    EXPECT_EQ(dd->DisplaySize.y, size.y);
    EXPECT_GT(dd->CmdListsCount, 0);
    for (int l = 0; l < dd->CmdListsCount; ++l)
      for (const ImDrawVert& v : dd->CmdLists[l]->VtxBuffer)
        ASSERT_TRUE(std::isfinite(v.pos.x) && std::isfinite(v.pos.y));
  }
}

}  // namespace
