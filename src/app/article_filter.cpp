// The tag filter applied to the article list.
#include "app/article_filter.h"

#include <string>

namespace wortblick::app {

std::vector<std::size_t> visible_articles(const Model& model) {
  const auto& articles = model.session.corpus().articles;
  std::vector<std::size_t> out;
  if (model.tag_filter.names.empty()) {
    out.resize(articles.size());
    for (std::size_t i = 0; i < out.size(); ++i) out[i] = i;
    return out;
  }
  const auto& store = model.session.tags();
  std::vector<const tags::Tag*> chosen;
  for (const auto& name : model.tag_filter.names) chosen.push_back(store.find_tag(name));
  for (std::size_t i = 0; i < articles.size(); ++i) {
    const std::string& id = articles[i].id;
    std::size_t hits = 0;
    for (const tags::Tag* t : chosen) hits += t && t->articles.count(id) ? 1 : 0;
    if (model.tag_filter.all ? hits == chosen.size() : hits > 0) out.push_back(i);
  }
  return out;
}

void refresh_article_list(Model& m) {
  const auto& store = m.session.tags();
  std::string key = std::to_string(m.session.corpus_revision()) + '/' + std::to_string(m.session.corpus().articles.size()) +
                    '/' + std::to_string(store.revision()) + (m.tag_filter.all ? "/all" : "/any");
  for (const auto& name : m.tag_filter.names) key += '/' + name;
  if (key == m.article_list.key) return;
  m.article_list.key = std::move(key);
  m.article_list.rows = visible_articles(m);
  std::vector<std::string> ids;
  ids.reserve(m.session.corpus().articles.size());
  for (const auto& a : m.session.corpus().articles) ids.push_back(a.id);
  m.article_list.tag_counts = store.counts_within(ids);
}

}  // namespace wortblick::app
