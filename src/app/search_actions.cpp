// Handlers of search actions: run the query, open hits, step through them, the concordance.
#include <algorithm>

#include "app/actions.h"
#include "app/reader_navigation.h"
#include "core/search/search_api.h"

namespace wortblick::app {
namespace {

search::SearchScope scope_of(Model& m, const search::SearchHooks& hooks) {
  return {m.workspace.search.index, m.workspace.corpus, m.workspace.pipeline.stopwords(), hooks};
}

}  // namespace

// The reader's highlights follow the query and the open article.
void refresh_concordance(Model& m) {
  SearchUi& s = m.search;
  if (!s.concordance_stale || m.view != View::Concordance) return;
  s.concordance_stale = false;
  s.concordance.clear();
  if (s.query.find_first_not_of(" \t") == std::string::npos) return;
  const search::SearchHooks hooks = search::workspace_hooks(m.workspace);
  search::ConcordanceOptions options;
  options.stem = s.stem;
  options.limit = 5000;
  s.concordance = search::concordance(scope_of(m, hooks), s.query, options);
  search::sort_concordance(s.concordance, s.concordance_sort);
}

void refresh_article_hits(Model& m) {
  m.search.article_hits.clear();
  m.search.title_hits.clear();
  m.search.current_hit = 0;
  if (m.search.query.empty() || !m.selected_article) return;
  const search::SearchHooks hooks = search::workspace_hooks(m.workspace);
  search::SearchOptions options;
  options.stem = m.search.stem;
  const auto matches = search::article_matches(scope_of(m, hooks), *m.selected_article, m.search.query, options);
  m.search.article_hits = matches.body;
  m.search.title_hits = matches.title;
}

namespace {

void run_search(Model& m) {
  SearchUi& s = m.search;
  s.result = {};
  s.concordance.clear();
  if (s.query.find_first_not_of(" \t") == std::string::npos) {
    refresh_article_hits(m);
    return;
  }
  const search::SearchHooks hooks = search::workspace_hooks(m.workspace);
  const double started = search::now_ms();
  search::SearchOptions options;
  options.stem = s.stem;
  options.limit = 200;  // the list is virtualized; more than this is not read in class
  s.result = search::search(scope_of(m, hooks), s.query, options);
  m.workspace.search.last_search_ms = search::now_ms() - started;
  // The concordance (thousands of lines with context on a large corpus) is built when its view
  // shows, not on every keystroke.
  s.concordance_stale = true;
  refresh_concordance(m);
  refresh_article_hits(m);
}

}  // namespace

void apply_action(Model& m, const SetQuery& a) {
  if (a.query == m.search.query) return;
  m.search.query = a.query;
  // A single searched word is what the dispersion plot shows next ("where does it occur?").
  if (!a.query.empty() && a.query.find_first_of(" \t\"*~:-") == std::string::npos) m.charts.dispersion_word = a.query;
  m.view_state.query_input = a.query;  // the box shows what the model searches (URL, API, clear)
  run_search(m);
}

void apply_action(Model& m, const SetStemming& a) {
  m.search.stem = a.on;
  run_search(m);
}

void show_article(Model& m, std::size_t index, std::optional<std::size_t> offset) {
  if (index >= m.workspace.corpus.articles.size()) return;
  m.selected_article = index;
  m.view = View::Reader;
  refresh_article_hits(m);
  if (offset) {
    const auto& hits = m.search.article_hits;
    const auto it = std::find_if(hits.begin(), hits.end(), [&](const search::Mark& h) { return h.end > *offset; });
    if (it != hits.end()) m.search.current_hit = static_cast<std::size_t>(it - hits.begin());
  }
  m.search.scroll_to_hit = !m.search.article_hits.empty();
}

void apply_action(Model& m, const OpenHit& a) {
  if (a.article >= m.workspace.corpus.articles.size()) return;
  m.selected_ids = {m.workspace.corpus.articles[a.article].id};
  m.selection_anchor = a.article;
  show_article(m, a.article, a.offset);
}

void apply_action(Model& m, const NextHit& a) {
  const std::size_t n = m.search.article_hits.size();
  if (n == 0) return;
  m.search.current_hit = a.backwards ? (m.search.current_hit + n - 1) % n : (m.search.current_hit + 1) % n;
  m.search.scroll_to_hit = true;
}

void apply_action(Model& m, const HitScrolled&) { m.search.scroll_to_hit = false; }

void apply_action(Model& m, const TagSearchResults& a) {
  if (m.search.query.empty() || a.tag.empty()) return;
  const search::SearchHooks hooks = search::workspace_hooks(m.workspace);
  search::SearchOptions options;
  options.stem = m.search.stem;
  options.limit = m.workspace.corpus.articles.size();
  options.snippets = 0;
  std::vector<std::string> ids;
  for (const auto& hit : search::search(scope_of(m, hooks), m.search.query, options).hits) ids.push_back(hit.id);
  const tags::Status s = m.workspace.tags.assign(a.tag, ids);
  if (!s.ok()) m.notices.push_back({Notice::Warning, NoticeText::TagError, s.error});
}
void apply_action(Model& m, const FocusSearch&) { m.view_state.focus_search = true; }
void apply_action(Model& m, const SetView& a) { m.view = a.view; }

void apply_action(Model& m, const SortConcordance& a) {
  m.search.concordance_sort = a.by;
  search::sort_concordance(m.search.concordance, a.by);
}

}  // namespace wortblick::app

namespace wortblick::app {

void apply_action(Model& m, const QueueDownload& a) { m.downloads.push_back({a.file_name, a.mime, a.bytes}); }

}  // namespace wortblick::app
