// Tag and category changes as copy-on-write states, so every change is one cheap undo step.
#include "core/tags/tag_store.h"

#include <algorithm>
#include <cassert>
#include <unordered_set>

#include "core/tags/palette.h"
#include "core/tags/tag_rules.h"

namespace wortblick::tags {
namespace {

Status failed(Message message) { return {std::move(message), 0}; }
// Rule violations (form of names, words, ids, colours) are reported in English detail.
Status failed(std::string detail) { return failed(Message{Msg::InvalidText, {std::move(detail)}}); }

Message no_tag(std::string_view name) { return {Msg::NoSuchTag, {std::string(name)}}; }
Message no_category(std::string_view name) { return {Msg::NoSuchCategory, {std::string(name)}}; }

template <class T>
std::optional<std::size_t> index_of(const std::vector<std::shared_ptr<const T>>& items, std::string_view name) {
  const auto key = name_key(name);
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (items[i]->key == key) return i;
  }
  return std::nullopt;
}

std::string check_ids(std::span<const std::string> ids) {
  for (std::size_t i = 0; i < ids.size(); ++i) {
    if (auto e = check_article_id(ids[i]); !e.empty()) return "ids[" + std::to_string(i) + "]: " + e;
  }
  return {};
}


}  // namespace

std::optional<std::size_t> TagStore::tag_index(std::string_view name) const { return index_of(state_.tags, name); }

std::optional<std::size_t> TagStore::category_index(std::string_view name) const {
  return index_of(state_.categories, name);
}

const Tag* TagStore::find_tag(std::string_view name) const {
  const auto i = tag_index(name);
  return i ? &state_.tags[*i]->value : nullptr;
}

const Category* TagStore::find_category(std::string_view name) const {
  const auto i = category_index(name);
  return i ? &state_.categories[*i]->value : nullptr;
}

std::vector<std::string> TagStore::tags_of(std::string_view article_id) const {
  std::vector<std::string> out;
  for (const auto& t : state_.tags) {
    if (t->value.articles.contains(article_id)) out.push_back(t->value.name);
  }
  return out;
}

std::vector<std::string> TagStore::filter(std::span<const std::string> ids, std::span<const std::string> tag_names,
                                          Match mode) const {
  if (tag_names.empty()) return {ids.begin(), ids.end()};
  std::vector<const Tag*> wanted;
  bool missing = false;
  for (const auto& n : tag_names) {
    const Tag* t = find_tag(n);
    if (t) wanted.push_back(t);
    missing = missing || !t;
  }
  // A tag that does not exist holds no article, so "all" cannot match.
  if (mode == Match::All && missing) return {};
  std::vector<std::string> out;
  for (const auto& id : ids) {
    const auto has = [&](const Tag* t) { return t->articles.contains(id); };
    const bool keep = mode == Match::All ? std::all_of(wanted.begin(), wanted.end(), has)
                                         : std::any_of(wanted.begin(), wanted.end(), has);
    if (keep) out.push_back(id);
  }
  return out;
}

std::vector<std::size_t> TagStore::counts_within(std::span<const std::string> ids) const {
  std::vector<std::size_t> out;
  out.reserve(state_.tags.size());
  for (const auto& t : state_.tags) {
    out.push_back(static_cast<std::size_t>(
        std::count_if(ids.begin(), ids.end(), [&](const std::string& id) { return t->value.articles.contains(id); })));
  }
  return out;
}

std::vector<std::string> TagStore::used_colors() const {
  std::vector<std::string> out;
  for (const auto& t : state_.tags) out.push_back(t->value.color);
  for (const auto& c : state_.categories) out.push_back(c->value.color);
  return out;
}

void TagStore::commit(State next, Message label) {
  undo_.push_back({std::move(state_), std::move(label)});
  if (undo_.size() > limits::kUndoSteps) undo_.pop_front();
  state_ = std::move(next);
  ++revision_;
}

Status TagStore::create_tag(std::string_view name, std::string_view color) {
  auto n = check_name(name);
  if (!n.error.empty()) return failed(n.error);
  if (tag_index(n.value)) return failed(Message{Msg::TagExists, {n.value}});
  if (state_.tags.size() >= limits::kTags) return failed(Message{Msg::TooManyTags, {std::to_string(limits::kTags)}});
  std::string c;
  if (color.empty()) {
    c = pick_palette_color(used_colors());
  } else {
    auto checked = check_color(color);
    if (!checked.error.empty()) return failed(checked.error);
    c = std::move(checked.value);
  }
  State next = state_;
  Message label{Msg::UndoCreateTag, {n.value}};
  next.tags.push_back(std::make_shared<const Entry<Tag>>(Entry<Tag>{name_key(n.value), Tag{n.value, c, {}}}));
  commit(std::move(next), std::move(label));
  return {{}, 1};
}

Status TagStore::rename_tag(std::string_view name, std::string_view new_name) {
  const auto i = tag_index(name);
  if (!i) return failed(no_tag(name));
  auto n = check_name(new_name);
  if (!n.error.empty()) return failed(n.error);
  const auto other = tag_index(n.value);
  if (other && *other != *i) return failed(Message{Msg::TagExists, {n.value}});
  const auto& old = state_.tags[*i]->value;
  if (old.name == n.value) return {};
  Message label{Msg::UndoRenameTag, {old.name, n.value}};
  Entry<Tag> e{name_key(n.value), old};
  e.value.name = n.value;
  State next = state_;
  next.tags[*i] = std::make_shared<const Entry<Tag>>(std::move(e));
  commit(std::move(next), std::move(label));
  return {{}, 1};
}

Status TagStore::recolor_tag(std::string_view name, std::string_view color) {
  const auto i = tag_index(name);
  if (!i) return failed(no_tag(name));
  auto c = check_color(color);
  if (!c.error.empty()) return failed(c.error);
  if (state_.tags[*i]->value.color == c.value) return {};
  Entry<Tag> e = *state_.tags[*i];
  e.value.color = std::move(c.value);
  Message label{Msg::UndoRecolorTag, {e.value.name}};
  State next = state_;
  next.tags[*i] = std::make_shared<const Entry<Tag>>(std::move(e));
  commit(std::move(next), std::move(label));
  return {{}, 1};
}

Status TagStore::delete_tag(std::string_view name) {
  const auto i = tag_index(name);
  if (!i) return failed(no_tag(name));
  Message label{Msg::UndoDeleteTag, {state_.tags[*i]->value.name}};
  State next = state_;
  next.tags.erase(next.tags.begin() + static_cast<std::ptrdiff_t>(*i));
  commit(std::move(next), std::move(label));
  return {{}, 1};
}

Status TagStore::assign(std::string_view name, std::span<const std::string> ids) {
  if (auto e = check_ids(ids); !e.empty()) return failed(e);
  auto i = tag_index(name);
  Entry<Tag> e;
  if (i) {
    e = *state_.tags[*i];
  } else {
    auto n = check_name(name);
    if (!n.error.empty()) return failed(n.error);
    if (state_.tags.size() >= limits::kTags) return failed(Message{Msg::TooManyTags, {std::to_string(limits::kTags)}});
    e = Entry<Tag>{name_key(n.value), Tag{n.value, pick_palette_color(used_colors()), {}}};
  }
  std::size_t added = 0;
  for (const auto& id : ids) added += e.value.articles.insert(id).second ? 1 : 0;
  if (e.value.articles.size() > limits::kArticlesPerTag) {
    return failed(Message{Msg::TagTooManyArticles, {e.value.name, std::to_string(limits::kArticlesPerTag)}});
  }
  if (added == 0 && i) return {};
  Message label{Msg::UndoTagArticles, {std::to_string(added), e.value.name}};
  State next = state_;
  auto ptr = std::make_shared<const Entry<Tag>>(std::move(e));
  if (i) {
    next.tags[*i] = std::move(ptr);
  } else {
    next.tags.push_back(std::move(ptr));
  }
  commit(std::move(next), std::move(label));
  return {{}, added};
}

Status TagStore::unassign(std::string_view name, std::span<const std::string> ids) {
  const auto i = tag_index(name);
  if (!i) return failed(no_tag(name));
  Entry<Tag> e = *state_.tags[*i];
  std::size_t removed = 0;
  for (const auto& id : ids) removed += e.value.articles.erase(id);
  if (removed == 0) return {};
  Message label{Msg::UndoUntagArticles, {std::to_string(removed), e.value.name}};
  State next = state_;
  next.tags[*i] = std::make_shared<const Entry<Tag>>(std::move(e));
  commit(std::move(next), std::move(label));
  return {{}, removed};
}

Status TagStore::clear_tag(std::string_view name) {
  const auto i = tag_index(name);
  if (!i) return failed(no_tag(name));
  Entry<Tag> e = *state_.tags[*i];
  const auto removed = e.value.articles.size();
  if (removed == 0) return {};
  e.value.articles.clear();
  Message label{Msg::UndoUntagAll, {e.value.name}};
  State next = state_;
  next.tags[*i] = std::make_shared<const Entry<Tag>>(std::move(e));
  commit(std::move(next), std::move(label));
  return {{}, removed};
}

Status TagStore::set_category(std::string_view name, std::span<const std::string> words, std::optional<bool> stem,
                              std::string_view color) {
  const auto i = category_index(name);
  CategoryData d;
  d.name = std::string(i ? std::string_view(state_.categories[*i]->value.name) : name);
  d.color = std::string(color.empty() && i ? std::string_view(state_.categories[*i]->value.color) : color);
  d.stem = stem.value_or(i ? state_.categories[*i]->value.stem : false);
  std::unordered_set<std::string> seen;
  for (std::size_t j = 0; j < words.size(); ++j) {
    auto w = check_word(words[j]);
    if (!w.error.empty()) return failed("words[" + std::to_string(j) + "]: " + w.error);
    if (seen.insert(w.value).second) d.words.push_back(std::move(w.value));
  }
  if (!i && state_.categories.size() >= limits::kCategories) {
    return failed(Message{Msg::TooManyCategories, {std::to_string(limits::kCategories)}});
  }
  TagDocument doc;
  doc.categories.push_back(std::move(d));
  if (auto e = normalize_document(doc, used_colors()); !e.empty()) {
    // Strip the document path: the caller passed one category, not a document.
    return failed(e.substr(e.find(':') == std::string::npos ? 0 : e.find(": ") + 2));
  }
  auto& c = doc.categories.front();
  if (i) {
    const auto& old = state_.categories[*i]->value;
    if (old.words == c.words && old.stem == c.stem && old.color == c.color) return {};
  }
  Message label{Msg::UndoSetCategory, {c.name}};
  Entry<Category> e{name_key(c.name), Category{c.name, c.color, std::move(c.words), c.stem}};
  State next = state_;
  auto ptr = std::make_shared<const Entry<Category>>(std::move(e));
  if (i) {
    next.categories[*i] = std::move(ptr);
  } else {
    next.categories.push_back(std::move(ptr));
  }
  commit(std::move(next), std::move(label));
  return {{}, 1};
}

Status TagStore::rename_category(std::string_view name, std::string_view new_name) {
  const auto i = category_index(name);
  if (!i) return failed(no_category(name));
  auto n = check_name(new_name);
  if (!n.error.empty()) return failed(n.error);
  const auto other = category_index(n.value);
  if (other && *other != *i) return failed(Message{Msg::CategoryExists, {n.value}});
  const auto& old = state_.categories[*i]->value;
  if (old.name == n.value) return {};
  Message label{Msg::UndoRenameCategory, {old.name, n.value}};
  Entry<Category> e{name_key(n.value), old};
  e.value.name = n.value;
  State next = state_;
  next.categories[*i] = std::make_shared<const Entry<Category>>(std::move(e));
  commit(std::move(next), std::move(label));
  return {{}, 1};
}

Status TagStore::delete_category(std::string_view name) {
  const auto i = category_index(name);
  if (!i) return failed(no_category(name));
  Message label{Msg::UndoDeleteCategory, {state_.categories[*i]->value.name}};
  State next = state_;
  next.categories.erase(next.categories.begin() + static_cast<std::ptrdiff_t>(*i));
  commit(std::move(next), std::move(label));
  return {{}, 1};
}

TagDocument TagStore::document() const {
  TagDocument doc;
  for (const auto& t : state_.tags) {
    doc.tags.push_back({t->value.name, t->value.color, {t->value.articles.begin(), t->value.articles.end()}});
  }
  for (const auto& c : state_.categories) {
    doc.categories.push_back({c->value.name, c->value.color, c->value.words, c->value.stem});
  }
  return doc;
}

Status TagStore::merge_into(State next, TagDocument doc, Message label) {
  if (auto e = normalize_document(doc, used_colors()); !e.empty()) return failed(e);
  for (std::size_t k = 0; k < doc.tags.size(); ++k) {
    auto& t = doc.tags[k];
    const auto i = index_of(next.tags, t.name);
    Entry<Tag> e = i ? *next.tags[*i] : Entry<Tag>{name_key(t.name), Tag{t.name, t.color, {}}};
    e.value.articles.insert(std::make_move_iterator(t.articles.begin()), std::make_move_iterator(t.articles.end()));
    if (e.value.articles.size() > limits::kArticlesPerTag) {
      return failed("tags[" + std::to_string(k) + "].articles: more than " +
                    std::to_string(limits::kArticlesPerTag) + " articles after merging");
    }
    auto ptr = std::make_shared<const Entry<Tag>>(std::move(e));
    if (i) {
      next.tags[*i] = std::move(ptr);
    } else {
      next.tags.push_back(std::move(ptr));
    }
  }
  if (next.tags.size() > limits::kTags) {
    return failed("tags: more than " + std::to_string(limits::kTags) + " tags after merging");
  }
  for (auto& c : doc.categories) {
    const auto i = index_of(next.categories, c.name);
    auto ptr = std::make_shared<const Entry<Category>>(
        Entry<Category>{name_key(c.name), Category{c.name, c.color, std::move(c.words), c.stem}});
    if (i) {
      next.categories[*i] = std::move(ptr);
    } else {
      next.categories.push_back(std::move(ptr));
    }
  }
  if (next.categories.size() > limits::kCategories) {
    return failed("categories: more than " + std::to_string(limits::kCategories) + " categories after merging");
  }
  std::size_t added = 0;
  for (const auto& t : next.tags) {
    const auto before = index_of(state_.tags, t->value.name);
    if (before && state_.tags[*before] == t) continue;  // shared, so unchanged
    for (const auto& id : t->value.articles) {
      added += before && state_.tags[*before]->value.articles.contains(id) ? 0 : 1;
    }
  }
  const auto same = [](const auto& a, const auto& b) {
    return std::equal(a.begin(), a.end(), b.begin(), b.end(), [](const auto& x, const auto& y) {
      return x == y || (x->key == y->key && x->value.name == y->value.name && x->value.color == y->value.color &&
                        x->value.articles == y->value.articles);
    });
  };
  const auto same_categories = [](const auto& a, const auto& b) {
    return std::equal(a.begin(), a.end(), b.begin(), b.end(), [](const auto& x, const auto& y) {
      return x == y || (x->value.name == y->value.name && x->value.color == y->value.color &&
                        x->value.words == y->value.words && x->value.stem == y->value.stem);
    });
  };
  if (same(next.tags, state_.tags) && same_categories(next.categories, state_.categories)) return {};
  commit(std::move(next), std::move(label));
  return {{}, added};
}

Status TagStore::replace_all(TagDocument doc) { return merge_into(State{}, std::move(doc), Message{Msg::UndoReplaceAll, {}}); }

Status TagStore::merge(TagDocument doc) { return merge_into(state_, std::move(doc), Message{Msg::UndoMerge, {}}); }

Status TagStore::restore(TagDocument doc) {
  auto s = replace_all(std::move(doc));
  if (s.ok()) undo_.clear();
  return s;
}

Status TagStore::undo() {
  if (undo_.empty()) return failed(Message{Msg::NothingToUndo, {}});
  state_ = std::move(undo_.back().before);
  undo_.pop_back();
  ++revision_;
  return {{}, 1};
}

std::size_t assignment_count(const TagStore& store) {
  std::size_t n = 0;
  for (std::size_t i = 0; i < store.tag_count(); ++i) n += store.tag_at(i).articles.size();
  return n;
}

}  // namespace wortblick::tags
