// Normalizing and checking a whole tag document, with errors that name the offending field.
#include "core/tags/tag_document.h"

#include <unordered_map>
#include <unordered_set>

#include "core/tags/palette.h"
#include "core/tags/tag_rules.h"

namespace wortblick::tags {
namespace {

std::string at(std::string_view list, std::size_t i) {
  return std::string(list) + "[" + std::to_string(i) + "]";
}

// Names unique case-insensitively within one list; remembers where each was first seen.
class NameSet {
 public:
  explicit NameSet(std::string_view list) : list_(list) {}
  std::string add(const std::string& name, std::size_t i) {
    const auto [it, fresh] = first_.emplace(name_key(name), i);
    if (fresh) return {};
    return "duplicate name " + in_quotes(name) + " (same as " + at(list_, it->second) + ".name)";
  }

 private:
  std::string_view list_;
  std::unordered_map<std::string, std::size_t> first_;
};

std::string limit_error(std::string_view what, std::size_t limit) {
  return "more than " + std::to_string(limit) + " " + std::string(what);
}

std::string normalize_tags(std::vector<TagData>& tags, std::vector<std::string>& colors) {
  if (tags.size() > limits::kTags) return "tags: " + limit_error("tags", limits::kTags);
  NameSet names("tags");
  for (std::size_t i = 0; i < tags.size(); ++i) {
    auto& t = tags[i];
    const auto field = at("tags", i);
    auto name = check_name(t.name);
    if (!name.error.empty()) return field + ".name: " + name.error;
    t.name = std::move(name.value);
    if (auto e = names.add(t.name, i); !e.empty()) return field + ".name: " + e;
    if (!t.color.empty()) {
      auto color = check_color(t.color);
      if (!color.error.empty()) return field + ".color: " + color.error;
      t.color = std::move(color.value);
      colors.push_back(t.color);
    }
    if (t.articles.size() > limits::kArticlesPerTag) {
      return field + ".articles: " + limit_error("articles", limits::kArticlesPerTag);
    }
    std::unordered_set<std::string_view> seen;
    for (std::size_t j = 0; j < t.articles.size(); ++j) {
      const auto afield = field + ".articles[" + std::to_string(j) + "]";
      if (auto e = check_article_id(t.articles[j]); !e.empty()) return afield + ": " + e;
      if (!seen.insert(t.articles[j]).second) return afield + ": duplicate article " + in_quotes(t.articles[j]);
    }
  }
  return {};
}

std::string normalize_categories(std::vector<CategoryData>& categories, std::vector<std::string>& colors) {
  if (categories.size() > limits::kCategories) {
    return "categories: " + limit_error("categories", limits::kCategories);
  }
  NameSet names("categories");
  for (std::size_t i = 0; i < categories.size(); ++i) {
    auto& c = categories[i];
    const auto field = at("categories", i);
    auto name = check_name(c.name);
    if (!name.error.empty()) return field + ".name: " + name.error;
    c.name = std::move(name.value);
    if (auto e = names.add(c.name, i); !e.empty()) return field + ".name: " + e;
    if (!c.color.empty()) {
      auto color = check_color(c.color);
      if (!color.error.empty()) return field + ".color: " + color.error;
      c.color = std::move(color.value);
      colors.push_back(c.color);
    }
    if (c.words.size() > limits::kWordsPerCategory) {
      return field + ".words: " + limit_error("words", limits::kWordsPerCategory);
    }
    std::unordered_set<std::string> seen;
    for (std::size_t j = 0; j < c.words.size(); ++j) {
      const auto wfield = field + ".words[" + std::to_string(j) + "]";
      auto word = check_word(c.words[j]);
      if (!word.error.empty()) return wfield + ": " + word.error;
      if (!seen.insert(word.value).second) return wfield + ": duplicate word " + in_quotes(word.value);
      c.words[j] = std::move(word.value);
    }
  }
  return {};
}

}  // namespace

std::string normalize_document(TagDocument& doc, std::span<const std::string> colors_in_use) {
  std::vector<std::string> colors(colors_in_use.begin(), colors_in_use.end());
  if (auto e = normalize_tags(doc.tags, colors); !e.empty()) return e;
  if (auto e = normalize_categories(doc.categories, colors); !e.empty()) return e;
  // Colors are filled only after every explicit one is known, so picks avoid all of them.
  for (auto& t : doc.tags) {
    if (t.color.empty()) colors.push_back(t.color = pick_palette_color(colors));
  }
  for (auto& c : doc.categories) {
    if (c.color.empty()) colors.push_back(c.color = pick_palette_color(colors));
  }
  return {};
}

}  // namespace wortblick::tags
