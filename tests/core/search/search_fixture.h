// Small hand-made corpora for search tests: one article per (title, body), every line a Body block.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/search/search.h"
#include "core/search/search_state.h"
#include "core/workspace.h"

namespace wortblick::search::testing {

struct Doc {
  std::string title;
  std::string body;  // lines become separate Body blocks
};

// Built by hand rather than through segmentation, so short test lines are never boilerplate.
inline Workspace fixture(const std::vector<Doc>& docs) {
  Workspace w;
  for (std::size_t i = 0; i < docs.size(); ++i) {
    Source s;
    s.name = "doc" + std::to_string(i) + ".txt";
    s.text = docs[i].title + "\n" + docs[i].body;

    Article a;
    a.id = "doc" + std::to_string(i) + ":1";
    a.title = docs[i].title;
    a.source = i;
    a.range = {0, s.text.size()};
    a.blocks.push_back({{0, docs[i].title.size()}, BlockKind::Title, {}});
    std::size_t at = docs[i].title.size() + 1;
    while (at < s.text.size()) {
      std::size_t nl = s.text.find('\n', at);
      if (nl == std::string::npos) nl = s.text.size();
      a.blocks.push_back({{at, nl}, BlockKind::Body, {}});
      at = nl + 1;
    }
    w.corpus.sources.push_back(std::move(s));
    w.corpus.articles.push_back(std::move(a));
  }
  w.search.embedded_sources = w.corpus.sources.size();
  index_step(w.search.index, w.corpus, 1e300);
  return w;
}

inline SearchResult run(Workspace& w, std::string_view q, SearchOptions o = {}) {
  return search({w.search.index, w.corpus, w.pipeline.stopwords(), w.search.hooks}, q, o);
}

inline const std::string& id_of(const Workspace& w, const SearchHit& h) { return w.corpus.articles[h.article].id; }

inline std::vector<std::string> ids(const Workspace& w, const SearchResult& r) {
  std::vector<std::string> out;
  for (const auto& h : r.hits) out.push_back(id_of(w, h));
  return out;
}

// The notes in English, one a line (for failure output and wording checks).
inline std::string notes(const SearchResult& r) {
  std::string s;
  for (const auto& n : r.notes) s += english(n) + "\n";
  return s;
}

// Whether the result has a note with this code (and these arguments, when given).
inline bool has_note(const SearchResult& r, Msg code, const std::optional<std::vector<std::string>>& args = {}) {
  for (const auto& n : r.notes)
    if (n.code == code && (!args || n.args == *args)) return true;
  return false;
}

}  // namespace wortblick::search::testing
