// Tag actions: multi-selection, tagging, undo, export downloads and imports that change nothing when bad.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "app/actions.h"
#include "app/model.h"
#include "core/workspace.h"

namespace {

using namespace wortblick;

TEST(TagActions, MultiSelectionThenTaggingAndUndo) {
  auto model = app::make_model(Session());
  const auto& articles = model.session.corpus().articles;
  app::apply(model, app::ClickArticle{0});
  app::apply(model, app::ClickArticle{3, false, true});  // Shift: 0..3
  EXPECT_EQ(model.selected_ids.size(), 4u);
  app::apply(model, app::ClickArticle{1, true, false});  // Ctrl: drop 1
  EXPECT_EQ(model.selected_ids.size(), 3u);
  const std::vector<std::string> ids(model.selected_ids.begin(), model.selected_ids.end());
  app::apply(model, app::TagArticles{"Werbung", ids});
  EXPECT_EQ(model.session.tags().find_tag("Werbung")->articles.size(), 3u);
  app::apply(model, app::TagArticles{"werbung", {articles[1].id}});  // same tag, other case
  EXPECT_EQ(model.session.tags().find_tag("Werbung")->articles.size(), 4u);
  app::apply(model, app::DeleteTag{"Werbung"});
  EXPECT_EQ(model.session.tags().find_tag("Werbung"), nullptr);
  app::apply(model, app::UndoTags{});
  EXPECT_EQ(model.session.tags().find_tag("Werbung")->articles.size(), 4u);
  app::apply(model, app::RenameTag{"Werbung", ""});  // refused: shown as a notice
  ASSERT_FALSE(model.notices.empty());
  EXPECT_EQ(model.notices.back().text, app::NoticeText::TagError);
}

TEST(TagActions, ExportQueuesADownloadAndBadImportsChangeNothing) {
  auto model = app::make_model(Session());
  app::apply(model, app::TagArticles{"A", {model.session.corpus().articles[0].id}});
  app::apply(model, app::ExportTags{});
  ASSERT_EQ(model.downloads.size(), 1u);
  const std::string exported = model.downloads[0].bytes;
  app::apply(model, app::ImportFileReceived{"bad.json", R"({"format":"wortblick-tags","version":1,"tags":[{"name":7}]})"});
  app::apply(model, app::ResolveImport{app::ResolveImport::Replace});
  EXPECT_EQ(model.notices.back().text, app::NoticeText::ImportFailed);
  EXPECT_NE(model.notices.back().detail.find("tags[0].name"), std::string::npos);
  app::apply(model, app::ExportTags{});
  EXPECT_EQ(model.downloads.back().bytes, exported);
}

}  // namespace
