// Writing a tag store as a versioned JSON document.
#include <nlohmann/json.hpp>

#include "core/tags/tag_schema.h"

namespace wortblick::tags {
namespace {

// ordered_json keeps fields in schema order (format, version, tags, categories), which reads
// better in an exported file than alphabetical order.
nlohmann::ordered_json to_value(const TagStore& store) {
  using nlohmann::ordered_json;
  ordered_json tags = ordered_json::array();
  for (std::size_t i = 0; i < store.tag_count(); ++i) {
    const auto& t = store.tag_at(i);
    ordered_json articles = ordered_json::array();
    for (const auto& id : t.articles) articles.push_back(id);
    tags.push_back({{"name", t.name}, {"color", t.color}, {"articles", std::move(articles)}});
  }
  ordered_json categories = ordered_json::array();
  for (std::size_t i = 0; i < store.category_count(); ++i) {
    const auto& c = store.category_at(i);
    categories.push_back({{"name", c.name}, {"color", c.color}, {"words", c.words}, {"stem", c.stem}});
  }
  return {{"format", kFormat}, {"version", kVersion}, {"tags", std::move(tags)}, {"categories", std::move(categories)}};
}

}  // namespace

// Everything in the store is checked UTF-8, so replacement never happens; it only rules out
// an exception.
std::string to_json(const TagStore& store) {
  return to_value(store).dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
}

std::string export_json(const TagStore& store) {
  return to_value(store).dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) + "\n";
}

}  // namespace wortblick::tags
