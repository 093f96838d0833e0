// Handlers of search actions: run the query, open hits, step through them, the concordance.
#include <algorithm>
#include <limits>
#include <vector>

#include "app/actions.h"
#include "app/reader_navigation.h"

namespace wortblick::app {
namespace {

// The result list's search: every hit, without snippets.
search::SearchOptions list_options(const SearchUi& s) {
  search::SearchOptions options;
  options.stem = s.stem;
  options.limit = std::numeric_limits<std::size_t>::max();
  options.snippets = 0;
  return options;
}

}  // namespace

// The reader's highlights follow the query and the open article.
void refresh_concordance(Model& m) {
  SearchUi& s = m.search;
  if (!s.concordance_stale || m.view != View::Concordance) return;
  s.concordance_stale = false;
  s.concordance.clear();
  if (s.query.find_first_not_of(" \t") == std::string::npos) return;
  search::ConcordanceOptions options;
  const bool filtered = !s.concordance_collocate.empty();
  options.stem = filtered ? s.collocate_stem : s.stem;
  options.limit = 5000;
  std::vector<int> keys = s.concordance_keys;
  if (keys.empty() && s.concordance_sort == search::ConcordanceSort::Left) keys = {-1, -2, -3};
  if (keys.empty() && s.concordance_sort == search::ConcordanceSort::Right) keys = {1, 2, 3};
  Session::CollocateFilter filter{s.concordance_collocate, static_cast<std::size_t>(s.collocate_left),
                                  static_cast<std::size_t>(s.collocate_right)};
  s.concordance = m.session.concordance(s.query, options, keys, filter);
  s.collocate_marks.clear();
  if (s.concordance_collocate.empty()) return;
  // The collocate's places in each line's context, for highlighting (compared as the filter
  // compares: by key, or by stem when the collocates were counted by stem).
  std::string cleaned;
  const auto wanted_tokens = m.session.tokens(s.concordance_collocate, cleaned);
  if (wanted_tokens.empty()) return;
  const auto normal = [&](std::string_view key) {
    return options.stem ? m.session.stem_of_key(key) : std::string(key);
  };
  const std::string wanted = normal(wanted_tokens.front().key);
  const auto marks = [&](const std::string& text) {
    std::vector<search::Mark> out;
    std::string clean;
    for (const auto& t : m.session.tokens(text, clean)) {
      if (!t.part && normal(t.key) == wanted) out.push_back({t.start, t.end});
    }
    return out;
  };
  for (const auto& l : s.concordance) s.collocate_marks.emplace_back(marks(l.left), marks(l.right));
}

void refresh_article_hits(Model& m) {
  m.search.article_hits.clear();
  m.search.title_hits.clear();
  m.search.current_hit = 0;
  if (m.search.query.empty() || !m.selected_article) return;
  const auto matches = m.session.highlights(*m.selected_article, m.search.query, m.search.stem);
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
  // Every hit, as the search scope of the charts and the API have them; the list is virtualized
  // and builds snippets only for the rows on screen (visible_snippets).
  s.result = m.session.search(s.query, list_options(s));
  s.snippets.clear();
  // The concordance (thousands of lines with context on a large corpus) is built when its view
  // shows, not on every keystroke.
  s.concordance_stale = true;
  refresh_concordance(m);
  refresh_article_hits(m);
}

}  // namespace

void rerun_search(Model& m) { run_search(m); }

void apply_action(Model& m, const SetQuery& a) {
  if (a.query == m.search.query) return;
  m.search.concordance_collocate.clear();  // a filter belongs to the query it was chosen for
  m.search.query = a.query;
  // A single searched word is what the dispersion plot shows next ("where does it occur?").
  if (!a.query.empty() && a.query.find_first_of(" \t\"*~:-") == std::string::npos) m.charts.dispersion_word = a.query;
  m.view_state.query_input = a.query;  // the box shows what the model searches (URL, API, clear)
  if (!a.query.empty()) m.pane = Pane::List;  // on a phone, typing shows the results
  run_search(m);
}

void apply_action(Model& m, const SetStemming& a) {
  m.search.stem = a.on;
  run_search(m);
}

void show_article(Model& m, std::size_t index, std::optional<std::size_t> offset) {
  if (index >= m.session.corpus().articles.size()) return;
  m.selected_article = index;
  m.view = View::Reader;
  m.pane = Pane::Main;
  refresh_article_hits(m);
  if (offset) {
    const auto& hits = m.search.article_hits;
    const auto it = std::find_if(hits.begin(), hits.end(), [&](const search::Mark& h) { return h.end > *offset; });
    if (it != hits.end()) m.search.current_hit = static_cast<std::size_t>(it - hits.begin());
  }
  m.search.scroll_to_hit = !m.search.article_hits.empty();
}

void apply_action(Model& m, const OpenHit& a) {
  if (a.article >= m.session.corpus().articles.size()) return;
  m.selected_ids = {m.session.corpus().articles[a.article].id};
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
  std::vector<std::string> ids;
  const auto& articles = m.session.corpus().articles;
  for (const auto& hit : m.search.result.hits) ids.push_back(articles[hit.article].id);
  const tags::Status s = m.session.tags().assign(a.tag, ids);
  if (!s.ok()) m.notices.push_back({Notice::Warning, NoticeText::TagError, {}, s.error});
}
void apply_action(Model& m, const FocusSearch&) { m.view_state.focus_search = true; }
void apply_action(Model& m, const SetView& a) {
  m.view = a.view;
  if (a.view != View::Reader) m.last_analysis = a.view;
  m.pane = Pane::Main;  // on a phone, choosing a view shows it
}

void apply_action(Model& m, const SortConcordance& a) {
  m.search.concordance_sort = a.by;
  m.search.concordance_keys.clear();
  m.search.concordance_stale = true;
  refresh_concordance(m);
}

void apply_action(Model& m, const SetConcordanceKeys& a) {
  m.search.concordance_keys = a.keys;
  if (m.search.concordance_keys.size() > 3) m.search.concordance_keys.resize(3);
  m.search.concordance_stale = true;
  refresh_concordance(m);
}

void apply_action(Model& m, const ClearConcordanceFilter&) {
  m.search.concordance_collocate.clear();
  m.search.concordance_stale = true;
  refresh_concordance(m);
}

const std::vector<search::Snippet>& visible_snippets(Model& m, std::size_t hit) {
  SearchUi& s = m.search;
  auto it = s.snippets.find(hit);
  if (it != s.snippets.end()) return it->second;
  // The rows on screen follow each other: the first one missing fetches the next screenful in
  // one call (one query plan, one pass over the postings) instead of one call per row.
  constexpr std::size_t kRowsAtOnce = 24;
  std::vector<std::size_t> rows;
  std::vector<std::size_t> articles;
  for (std::size_t h = hit; h < s.result.hits.size() && rows.size() < kRowsAtOnce; ++h) {
    if (s.snippets.count(h)) continue;
    rows.push_back(h);
    articles.push_back(s.result.hits[h].article);
  }
  search::SearchOptions options = list_options(s);
  options.snippets = 2;
  auto found = m.session.snippets(articles, s.query, options);
  for (std::size_t i = 0; i < rows.size(); ++i) s.snippets.emplace(rows[i], std::move(found[i]));
  return s.snippets.at(hit);
}

}  // namespace wortblick::app

namespace wortblick::app {

void apply_action(Model& m, const QueueDownload& a) { m.downloads.push_back({a.file_name, a.mime, a.bytes}); }

}  // namespace wortblick::app
