// Everything a tag store holds as plain values: what persistence, import and export exchange.
#pragma once

#include <span>
#include <string>
#include <vector>

namespace wortblick::tags {

struct TagData {
  std::string name;
  std::string color;                  // "#rrggbb"; empty = pick from the palette
  std::vector<std::string> articles;  // article ids
};

struct CategoryData {
  std::string name;
  std::string color;               // "#rrggbb"; empty = pick from the palette
  std::vector<std::string> words;  // as the user wrote them; matching folds them (category_matcher.h)
  bool stem = false;               // match every word with the same stem, not only the same key
};

struct TagDocument {
  std::vector<TagData> tags;
  std::vector<CategoryData> categories;
};

// Brings `doc` into the form the store keeps and checks every rule of tag_rules.h: names
// trimmed and unique (case-insensitive) among tags and among categories, colors lowercase (empty
// ones picked from the palette), article ids well-formed and unique per tag, words trimmed and
// unique per category, all limits. Returns the first problem as "<field>: <message>" with
// fields like `tags[3].articles[0]`, or "" when `doc` is fine. Does not know which articles
// exist: that is the caller's check. Palette picks also avoid `colors_in_use`.
std::string normalize_document(TagDocument& doc, std::span<const std::string> colors_in_use = {});

}  // namespace wortblick::tags
