// Handlers for texts the user adds or removes; the model's derived state follows the corpus.
#include <algorithm>
#include <string>

#include "app/actions.h"
#include "app/reader_navigation.h"

namespace wortblick::app {

void apply_action(Model& m, const CorpusChanged&) {
  const auto& articles = m.workspace.corpus.articles;
  // Indexes may have moved: keep the open article by id when it still exists.
  std::optional<std::size_t> open;
  if (m.reader_marks.article && !m.selected_ids.empty()) {
    const auto it = std::find_if(articles.begin(), articles.end(),
                                 [&](const Article& a) { return m.selected_ids.count(a.id) > 0; });
    if (it != articles.end()) open = static_cast<std::size_t>(it - articles.begin());
  }
  if (!open && m.selected_article && *m.selected_article < articles.size()) open = m.selected_article;
  if (!open && !articles.empty()) open = 0;
  std::erase_if(m.selected_ids, [&](const std::string& id) { return !m.workspace.corpus.find_article(id); });
  m.selected_article = open;
  m.selection_anchor.reset();
  m.reader_marks = ReaderMarks{};
  m.chart_data.key.clear();
  const std::string query = m.search.query;
  m.search.query.clear();
  apply_action(m, SetQuery{query});  // results and highlights for the new corpus
  refresh_article_hits(m);
}

void apply_action(Model& m, const AddTexts& a) {
  // Indexing waits for index_step, a slice per frame, so many or large texts never freeze a frame.
  const search::AddTextsResult r = search::add_texts(m.workspace, a.texts, /*index_now=*/false);
  if (!r.error.empty()) {
    m.notices.push_back({Notice::Warning, NoticeText::TextRefused, r.error});
    return;
  }
  for (const auto& w : r.warnings) m.notices.push_back({Notice::Warning, NoticeText::TextWarning, w});
  std::string names;
  for (const auto& id : r.ids) names += (names.empty() ? "" : ", ") + id;
  m.notices.push_back({Notice::Info, NoticeText::TextAdded, names + " (" + std::to_string(r.articles.size()) + ")"});
  apply_action(m, CorpusChanged{});
  if (!r.articles.empty()) {
    const auto& articles = m.workspace.corpus.articles;
    const auto it = std::find_if(articles.begin(), articles.end(), [&](const Article& x) { return x.id == r.articles.front(); });
    if (it != articles.end()) apply_action(m, OpenHit{static_cast<std::size_t>(it - articles.begin()), std::nullopt});
  }
}

void apply_action(Model& m, const RemoveText& a) {
  const std::string error = search::remove_text(m.workspace, a.source);
  if (!error.empty()) {
    m.notices.push_back({Notice::Warning, NoticeText::TextRefused, error});
    return;
  }
  apply_action(m, CorpusChanged{});
}

void apply_action(Model& m, const ShowAddText& a) { m.show_add_text = a.show; }

}  // namespace wortblick::app
