// Handlers for texts the user adds or removes; the model's derived state follows the corpus.
#include <algorithm>
#include <string>

#include "app/actions.h"
#include "app/reader_navigation.h"

namespace wortblick::app {
namespace {

constexpr double kAddTextsBudgetMs = 15.0;

}  // namespace

void follow_session(Model& m) {
  if (m.session.corpus_revision() == m.corpus_revision_seen) return;
  apply(m, CorpusChanged{});
}

void apply_action(Model& m, const CorpusChanged&) {
  m.corpus_revision_seen = m.session.corpus_revision();
  const auto& articles = m.session.corpus().articles;
  // Indexes may have moved: keep the open article by id when it still exists.
  std::optional<std::size_t> open;
  if (m.reader_marks.article && !m.selected_ids.empty()) {
    const auto it = std::find_if(articles.begin(), articles.end(),
                                 [&](const Article& a) { return m.selected_ids.count(a.id) > 0; });
    if (it != articles.end()) open = static_cast<std::size_t>(it - articles.begin());
  }
  if (!open && m.selected_article && *m.selected_article < articles.size()) open = m.selected_article;
  if (!open && !articles.empty()) open = 0;
  std::erase_if(m.selected_ids, [&](const std::string& id) { return !m.session.corpus().find_article(id); });
  m.selected_article = open;
  m.selection_anchor.reset();
  m.reader_marks = ReaderMarks{};
  m.chart_data.key.clear();
  rerun_search(m);  // results and highlights for the new corpus
}

void apply_action(Model& m, const AddTexts& a) {
  // A frame's worth now; the session's step() takes in the rest a slice per frame, so many or
  // large texts never freeze the page (their warnings arrive as notices then).
  const search::AddTextsResult r = m.session.add_texts(a.texts, kAddTextsBudgetMs);
  if (r.error) {
    m.notices.push_back({Notice::Warning, NoticeText::TextRefused, {}, r.error});
    return;
  }
  for (const auto& w : r.warnings) m.notices.push_back({Notice::Warning, NoticeText::TextWarning, {}, w});
  std::string names;
  for (const auto& id : r.ids) names += (names.empty() ? "" : ", ") + id;
  m.notices.push_back({Notice::Info, NoticeText::TextAdded, names + " (" + std::to_string(r.articles.size()) + ")", std::nullopt});
  apply_action(m, CorpusChanged{});
  if (!r.articles.empty()) {
    const auto& articles = m.session.corpus().articles;
    const auto it = std::find_if(articles.begin(), articles.end(), [&](const Article& x) { return x.id == r.articles.front(); });
    if (it != articles.end()) apply_action(m, OpenHit{static_cast<std::size_t>(it - articles.begin()), std::nullopt});
  }
}

void apply_action(Model& m, const RemoveText& a) {
  if (const auto error = m.session.remove_text(a.source)) {
    m.notices.push_back({Notice::Warning, NoticeText::TextRefused, {}, error});
    return;
  }
  apply_action(m, CorpusChanged{});
}

void apply_action(Model& m, const ShowAddText& a) { m.show_add_text = a.show; }

}  // namespace wortblick::app
