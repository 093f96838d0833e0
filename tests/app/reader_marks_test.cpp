// Reader marks: category words and tag suggestions follow the open article and the tags.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "app/actions.h"
#include "app/model.h"
#include "app/reader_navigation.h"
#include "core/text/fold.h"
#include "core/workspace.h"

namespace {

using namespace wortblick;

TEST(ReaderMarks, CategoryWordsAndSuggestionsFollowArticleAndTags) {
  auto model = app::make_model(Session());
  app::apply(model, app::SelectArticle{0});  // the messenger article
  // Counting the corpus for suggestions takes a few frames' slices of the session's background
  // work (more on a slow build); each frame steps the session, then refreshes the marks.
  for (int frames = 0; frames < 1000; ++frames) {
    (void)model.session.step(8.0);
    app::follow_session(model);
    app::refresh_reader_marks(model);
    if (!model.reader_marks.counting) break;
  }
  ASSERT_FALSE(model.reader_marks.counting);
  const auto& suggested = model.reader_marks.suggested_tags;
  EXPECT_NE(std::find(suggested.begin(), suggested.end(), "Threema"), suggested.end());
  EXPECT_TRUE(model.reader_marks.categories.empty());

  app::apply(model, app::SetCategory{"Messenger", {"threema", "Signal", "WHATSAPP"}, false});
  app::refresh_reader_marks(model);
  ASSERT_FALSE(model.reader_marks.categories.empty());
  const auto text = model.session.corpus().text(model.session.corpus().articles[0]);
  for (const auto& c : model.reader_marks.categories) {
    const auto word = text::search_key(text.substr(c.begin, c.end - c.begin));
    EXPECT_TRUE(word == "threema" || word == "signal" || word == "whatsapp") << word;
    EXPECT_EQ(c.category, "Messenger");
  }
  app::apply(model, app::DeleteCategory{"Messenger"});
  app::refresh_reader_marks(model);
  EXPECT_TRUE(model.reader_marks.categories.empty());
}

}  // namespace
