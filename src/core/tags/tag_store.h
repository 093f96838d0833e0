// The user's article tags and word categories, with undo and a revision counter for write-through.
#pragma once

#include <cstdint>
#include <deque>
#include <memory>
#include <optional>
#include <set>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/message/message.h"
#include "core/tags/tag_document.h"

namespace wortblick::tags {

struct Tag {
  std::string name;   // as the user wrote it (trimmed); unique case-insensitively
  std::string color;  // "#rrggbb", lowercase
  std::set<std::string, std::less<>> articles;  // article ids, sorted so exports are stable
};

struct Category {
  std::string name;
  std::string color;
  std::vector<std::string> words;  // trimmed, unique, in the order given
  bool stem = false;
};

// The outcome of a change: `error` is empty on success. `changed` counts what changed
// (articles tagged or untagged, or 1 for other changes); 0 means the call was a no-op, which
// neither bumps the revision nor adds an undo step. Exception: replace_all and merge count new
// tag-article pairs, which can be 0 when only names, colors or categories changed (their
// revision() still moves).
struct [[nodiscard]] Status {
  std::optional<Message> error;
  std::size_t changed = 0;
  bool ok() const { return !error; }
};

enum class Match { Any, All };

// Names are looked up case-insensitively everywhere (name_key in tag_rules.h). Article ids
// are checked for form, not for existence: callers that know the corpus check that.
//
// Every change that does something is one undo step (at most limits::kUndoSteps are kept)
// and bumps revision(), so a caller can persist whenever the revision moved. Steps share
// unchanged tags with the current state, so undo history costs little memory.
class TagStore {
 public:
  // --- tags: queries
  std::size_t tag_count() const { return state_.tags.size(); }
  const Tag& tag_at(std::size_t i) const { return state_.tags.at(i)->value; }  // creation order
  const Tag* find_tag(std::string_view name) const;
  // Names of the tags holding `article_id`, in tag order.
  std::vector<std::string> tags_of(std::string_view article_id) const;
  // The ids of `ids` (order kept) tagged with any / all of `tag_names`. Unknown names match
  // nothing; an empty `tag_names` filters nothing out.
  std::vector<std::string> filter(std::span<const std::string> ids, std::span<const std::string> tag_names,
                                  Match mode) const;
  // Per tag (in tag order): how many of `ids` carry it, e.g. counts within search results.
  std::vector<std::size_t> counts_within(std::span<const std::string> ids) const;

  // --- tags: changes
  // An empty color picks the next palette color.
  Status create_tag(std::string_view name, std::string_view color = {});
  // Renaming to a different case of the same name is allowed.
  Status rename_tag(std::string_view name, std::string_view new_name);
  Status recolor_tag(std::string_view name, std::string_view color);
  Status delete_tag(std::string_view name);
  // Tags every id in `ids`, creating the tag first when there is none by that name (one undo
  // step). `changed` = ids newly tagged.
  Status assign(std::string_view name, std::span<const std::string> ids);
  // `changed` = ids that were tagged and are not any more.
  Status unassign(std::string_view name, std::span<const std::string> ids);
  // Untags every article; the tag stays.
  Status clear_tag(std::string_view name);

  // --- word categories
  std::size_t category_count() const { return state_.categories.size(); }
  const Category& category_at(std::size_t i) const { return state_.categories.at(i)->value; }
  const Category* find_category(std::string_view name) const;
  // Creates the category or replaces its words. Words are trimmed and duplicates dropped.
  // `stem` and `color` keep the current values when not given (new categories: false, palette).
  Status set_category(std::string_view name, std::span<const std::string> words, std::optional<bool> stem = {},
                      std::string_view color = {});
  Status rename_category(std::string_view name, std::string_view new_name);
  Status delete_category(std::string_view name);

  // --- whole documents (import, persistence)
  // Everything, in store order, article ids sorted.
  TagDocument document() const;
  // The store becomes `doc` (normalized and checked first; on error nothing changes).
  // `changed` = tag-article pairs in the result that were not in the store before.
  Status replace_all(TagDocument doc);
  // Tags with a known name (case-insensitive) gain the document's articles and keep their own
  // name and color; new tags are appended. Categories with a known name are replaced in place,
  // new ones appended. All or nothing, including the limits. `changed` as for replace_all.
  Status merge(TagDocument doc);
  // Like replace_all, but the undo history is forgotten: for loading saved state.
  Status restore(TagDocument doc);

  // --- undo
  bool can_undo() const { return !undo_.empty(); }
  // What undo() would revert, e.g. `delete tag "Politik"`; "" when there is nothing.
  // What undo() would undo; null when there is nothing to undo.
  const Message* undo_label() const { return undo_.empty() ? nullptr : &undo_.back().label; }
  // Restores the state before the last change (which bumps the revision too).
  Status undo();
  std::size_t undo_depth() const { return undo_.size(); }

  // Starts at 0; +1 for every change that did something, undo included.
  std::uint64_t revision() const { return revision_; }

 private:
  template <class T>
  struct Entry {
    std::string key;  // name_key(value.name)
    T value;
  };
  using TagPtr = std::shared_ptr<const Entry<Tag>>;
  using CategoryPtr = std::shared_ptr<const Entry<Category>>;
  struct State {
    std::vector<TagPtr> tags;
    std::vector<CategoryPtr> categories;
  };
  struct Step {
    State before;
    Message label;
  };

  std::optional<std::size_t> tag_index(std::string_view name) const;
  std::optional<std::size_t> category_index(std::string_view name) const;
  std::vector<std::string> used_colors() const;
  void commit(State next, Message label);
  Status merge_into(State next, TagDocument doc, Message label);

  State state_;
  std::deque<Step> undo_;
  std::uint64_t revision_ = 0;
};

// The total number of tag-article pairs.
std::size_t assignment_count(const TagStore& store);

}  // namespace wortblick::tags
