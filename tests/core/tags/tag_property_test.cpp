// Random operation sequences on the tag store checked step by step against a simple model.
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <deque>
#include <random>
#include <set>

#include "core/tags/tag_rules.h"
#include "core/tags/tag_schema.h"
#include "core/tags/tag_store.h"

namespace {

using namespace wortblick::tags;
using Ids = std::vector<std::string>;

// The reference: plain values, ASCII names, written from the spec rather than from the store.
struct RefTag {
  std::string name, color;
  std::set<std::string> articles;
  bool operator==(const RefTag&) const = default;
};
struct RefCategory {
  std::string name, color;
  Ids words;
  bool stem = false;
  bool operator==(const RefCategory&) const = default;
};
struct RefState {
  std::vector<RefTag> tags;
  std::vector<RefCategory> categories;
  bool operator==(const RefState&) const = default;
};

std::string key(std::string s) {
  while (!s.empty() && s.front() == ' ') s.erase(s.begin());
  while (!s.empty() && s.back() == ' ') s.pop_back();
  for (auto& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}
std::string trimmed(std::string s) {
  while (!s.empty() && s.front() == ' ') s.erase(s.begin());
  while (!s.empty() && s.back() == ' ') s.pop_back();
  return s;
}
template <class T>
T* find(std::vector<T>& v, const std::string& name) {
  for (auto& x : v) {
    if (key(x.name) == key(name)) return &x;
  }
  return nullptr;
}

class Reference {
 public:
  RefState state;
  std::deque<RefState> history;
  std::uint64_t revision = 0;

  // Applies `next` as the outcome of a successful call: a change only when it differs.
  void commit(const RefState& next) {
    if (next == state) return;
    history.push_back(state);
    if (history.size() > limits::kUndoSteps) history.pop_front();
    state = next;
    ++revision;
  }
  bool undo() {
    if (history.empty()) return false;
    state = history.back();
    history.pop_back();
    ++revision;
    return true;
  }
};

RefState snapshot(const TagStore& s) {
  RefState out;
  for (std::size_t i = 0; i < s.tag_count(); ++i) {
    const auto& t = s.tag_at(i);
    out.tags.push_back({t.name, t.color, {t.articles.begin(), t.articles.end()}});
  }
  for (std::size_t i = 0; i < s.category_count(); ++i) {
    const auto& c = s.category_at(i);
    out.categories.push_back({c.name, c.color, c.words, c.stem});
  }
  return out;
}

std::string describe(const RefState& s) {
  std::string out;
  for (const auto& t : s.tags) {
    out += t.name + t.color + "{";
    for (const auto& a : t.articles) out += a + ",";
    out += "} ";
  }
  for (const auto& c : s.categories) out += "cat " + c.name + c.color + (c.stem ? "+" : "-") + std::to_string(c.words.size()) + " ";
  return out;
}

class Runner {
 public:
  explicit Runner(unsigned seed) : rng_(seed) {}

  void step(int i) {
    const int op = pick(11);
    RefState next = ref_.state;
    bool expect_ok = true;
    bool ok = false;
    std::string what;
    switch (op) {
      case 0: {  // create
        const auto n = name(), c = color();
        what = "create " + n;
        expect_ok = !key(n).empty() && !find(next.tags, n);
        if (expect_ok) next.tags.push_back({trimmed(n), c, {}});
        ok = store_.create_tag(n, c).ok();
        break;
      }
      case 1: {  // rename
        const auto a = name(), b = name();
        what = "rename " + a + " -> " + b;
        RefTag* t = find(next.tags, a);
        RefTag* other = find(next.tags, b);
        expect_ok = t && !key(b).empty() && (!other || other == t);
        if (expect_ok) t->name = trimmed(b);
        ok = store_.rename_tag(a, b).ok();
        break;
      }
      case 2: {  // recolor
        const auto a = name(), c = color();
        what = "recolor " + a;
        RefTag* t = find(next.tags, a);
        expect_ok = t != nullptr;
        if (t) t->color = c;
        ok = store_.recolor_tag(a, c).ok();
        break;
      }
      case 3: {  // delete
        const auto a = name();
        what = "delete " + a;
        RefTag* t = find(next.tags, a);
        expect_ok = t != nullptr;
        if (t) next.tags.erase(next.tags.begin() + (t - next.tags.data()));
        ok = store_.delete_tag(a).ok();
        break;
      }
      case 4:
      case 5: {  // tag many
        const auto a = name();
        const auto ids = some_ids();
        what = "assign " + a;
        RefTag* t = find(next.tags, a);
        expect_ok = t || !key(a).empty();
        ok = store_.assign(a, ids).ok();
        if (expect_ok && !t) {
          // A tag created by assign gets a palette color; take the store's after checking it.
          const Tag* created = store_.find_tag(a);
          ASSERT_NE(created, nullptr);
          ASSERT_TRUE(check_color(created->color).error.empty());
          next.tags.push_back({trimmed(a), created->color, {}});
          t = &next.tags.back();
        }
        if (expect_ok) t->articles.insert(ids.begin(), ids.end());
        break;
      }
      case 6: {  // untag many, or all
        const auto a = name();
        RefTag* t = find(next.tags, a);
        expect_ok = t != nullptr;
        if (pick(4) == 0) {
          what = "clear " + a;
          if (t) t->articles.clear();
          ok = store_.clear_tag(a).ok();
        } else {
          what = "unassign " + a;
          const auto ids = some_ids();
          if (t) {
            for (const auto& id : ids) t->articles.erase(id);
          }
          ok = store_.unassign(a, ids).ok();
        }
        break;
      }
      case 7:
      case 8: {  // undo
        what = "undo";
        expect_ok = ref_.undo();
        ok = store_.undo().ok();
        check(i, what, ok, expect_ok);
        return;
      }
      case 9: {  // set or delete a category
        const auto a = name();
        if (pick(3) == 0) {
          what = "delete category " + a;
          RefCategory* c = find(next.categories, a);
          expect_ok = c != nullptr;
          if (c) next.categories.erase(next.categories.begin() + (c - next.categories.data()));
          ok = store_.delete_category(a).ok();
        } else {
          what = "set category " + a;
          const auto words = some_ids();
          const bool stem = pick(2) == 0;
          const auto c = color();
          expect_ok = !key(a).empty();
          if (expect_ok) {
            RefCategory* existing = find(next.categories, a);
            if (existing) {
              existing->words = words;
              existing->stem = stem;
              existing->color = c;
            } else {
              next.categories.push_back({trimmed(a), c, words, stem});
            }
          }
          ok = store_.set_category(a, words, stem, c).ok();
        }
        break;
      }
      case 10: {  // import merge of a random document
        what = "import merge";
        nlohmann::json doc = {{"format", "wortblick-tags"}, {"version", 1}, {"tags", nlohmann::json::array()}};
        std::set<std::string> seen;
        for (int k = pick(3); k >= 0; --k) {
          const auto n = name();
          auto ids = some_ids();
          if (pick(8) == 0) ids.push_back("unknown:1");
          const auto c = color();
          doc["tags"].push_back({{"name", n}, {"color", c}, {"articles", ids}});
          expect_ok = expect_ok && !key(n).empty() && seen.insert(key(n)).second &&
                      std::find(ids.begin(), ids.end(), "unknown:1") == ids.end();
          if (!expect_ok) continue;
          RefTag* t = find(next.tags, n);
          if (!t) {
            next.tags.push_back({trimmed(n), c, {}});
            t = &next.tags.back();
          }
          t->articles.insert(ids.begin(), ids.end());
        }
        ok = import_json(store_, doc.dump(), ImportMode::Merge, known_).ok;
        break;
      }
    }
    if (expect_ok) {
      ref_.commit(next);
    }
    check(i, what, ok, expect_ok);
  }

  const TagStore& store() const { return store_; }

 private:
  void check(int i, const std::string& what, bool ok, bool expect_ok) {
    ASSERT_EQ(ok, expect_ok) << "step " << i << ": " << what;
    const auto got = snapshot(store_);
    ASSERT_TRUE(got == ref_.state) << "step " << i << ": " << what << "\nstore: " << describe(got)
                                   << "\nmodel: " << describe(ref_.state);
    ASSERT_EQ(store_.revision(), ref_.revision) << "step " << i << ": " << what;
    ASSERT_EQ(store_.can_undo(), !ref_.history.empty()) << "step " << i << ": " << what;
  }

  int pick(int n) { return std::uniform_int_distribution<int>(0, n - 1)(rng_); }
  std::string name() {
    static const char* kNames[] = {"alpha", "Alpha", " ALPHA ", "beta", "Beta", "gamma", "delta", "Delta", "e", "", "  "};
    return kNames[pick(static_cast<int>(std::size(kNames)))];
  }
  std::string color() {
    static const char* kColors[] = {"#000000", "#ff0000", "#00ff00", "#0000ff"};
    return kColors[pick(4)];
  }
  Ids some_ids() {
    Ids out;
    std::set<std::string> seen;
    for (int k = pick(4); k > 0; --k) {
      auto id = "a:" + std::to_string(1 + pick(8));
      if (seen.insert(id).second) out.push_back(std::move(id));
    }
    return out;
  }

  std::mt19937 rng_;
  TagStore store_;
  Reference ref_;
  KnownArticles known_{Ids{"a:1", "a:2", "a:3", "a:4", "a:5", "a:6", "a:7", "a:8"}};
};

TEST(TagProperty, RandomOperationSequencesMatchTheModel) {
  for (unsigned seed : {1u, 2u, 3u, 42u}) {
    SCOPED_TRACE("seed " + std::to_string(seed));
    Runner r(seed);
    for (int i = 0; i < 3000; ++i) {
      r.step(i);
      if (testing::Test::HasFatalFailure()) return;
    }
    // Whatever the sequence left behind survives export and import.
    TagStore copy;
    ASSERT_TRUE(import_json(copy, export_json(r.store()), ImportMode::Replace,
                            KnownArticles(Ids{"a:1", "a:2", "a:3", "a:4", "a:5", "a:6", "a:7", "a:8"}))
                    .ok);
    EXPECT_EQ(to_json(copy), to_json(r.store()));
  }
}

}  // namespace
