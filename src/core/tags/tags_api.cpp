// window.explorer's tag methods: argument checking and JSON shapes around the tag store.
#include "core/tags/tags_api.h"

#include <array>
#include <functional>
#include <map>

#include "core/tags/known_articles.h"
#include "core/tags/tag_rules.h"
#include "core/tags/tag_schema.h"

namespace wortblick::tags {
namespace {

using json = nlohmann::json;

ApiReply fail(std::string message) { return {nullptr, std::move(message)}; }

std::string arg_name(std::size_t i, std::string_view name) {
  return "argument " + std::to_string(i + 1) + " (" + std::string(name) + ")";
}

const std::string* string_arg(const json& args, std::size_t i) {
  if (!args.is_array() || args.size() <= i || !args[i].is_string()) return nullptr;
  return args[i].get_ptr<const std::string*>();
}

const json* arg(const json& args, std::size_t i) {
  return args.is_array() && args.size() > i ? &args[i] : nullptr;
}

// A string or an array of strings (e.g. "tag all results"), as a list.
std::optional<std::vector<std::string>> strings_arg(const json& args, std::size_t i, std::string& error,
                                                   std::string_view name) {
  const json* v = arg(args, i);
  if (v && v->is_string()) return std::vector<std::string>{v->get<std::string>()};
  if (!v || !v->is_array()) {
    error = arg_name(i, name) + " must be a string or an array of strings";
    return std::nullopt;
  }
  std::vector<std::string> out;
  for (std::size_t k = 0; k < v->size(); ++k) {
    if (!(*v)[k].is_string()) {
      error = arg_name(i, name) + "[" + std::to_string(k) + "] must be a string";
      return std::nullopt;
    }
    out.push_back((*v)[k].get<std::string>());
  }
  return out;
}

std::string unknown_article(const Corpus& corpus, const std::vector<std::string>& ids) {
  for (std::size_t k = 0; k < ids.size(); ++k) {
    if (!corpus.find_article(ids[k])) return "unknown article " + in_quotes(ids[k]);
  }
  return {};
}

KnownArticles known_articles(const Corpus& corpus) {
  std::vector<std::string> ids;
  ids.reserve(corpus.articles.size());
  for (const auto& a : corpus.articles) ids.push_back(a.id);
  return KnownArticles(std::move(ids));
}

json tag_json(const Tag& t) {
  return {{"name", t.name}, {"color", t.color}, {"articles", json(std::vector<std::string>(t.articles.begin(), t.articles.end()))}};
}

json category_json(const Category& c) {
  return {{"name", c.name}, {"color", c.color}, {"words", c.words}, {"stem", c.stem}};
}

// tag(id | [ids], name) and untag(id | [ids], name): the number of articles that changed.
ApiReply tag_or_untag(TagStore& store, const Corpus& corpus, const json& args, bool tag) {
  std::string error;
  const auto ids = strings_arg(args, 0, error, "id");
  if (!ids) return fail(error);
  const auto* name = string_arg(args, 1);
  if (!name) return fail(arg_name(1, "name") + " must be a string");
  if (auto e = unknown_article(corpus, *ids); !e.empty()) return fail(e);
  const auto s = tag ? store.assign(*name, *ids) : store.unassign(*name, *ids);
  if (!s.ok()) return fail(s.error);
  return {s.changed, {}};
}

ApiReply set_category(TagStore& store, const json& args) {
  const auto* name = string_arg(args, 0);
  if (!name) return fail(arg_name(0, "name") + " must be a string");
  const json* words = arg(args, 1);
  if (!words || !words->is_array()) return fail(arg_name(1, "words") + " must be an array of strings");
  std::string error;
  const auto list = strings_arg(args, 1, error, "words");
  if (!list) return fail(error);
  std::optional<bool> stem;
  std::string color;
  if (const json* o = arg(args, 2); o && !o->is_null()) {
    if (!o->is_object()) return fail(arg_name(2, "options") + " must be an object");
    if (const auto it = o->find("stem"); it != o->end()) {
      if (!it->is_boolean()) return fail(arg_name(2, "options") + ".stem must be true or false");
      stem = it->get<bool>();
    }
    if (const auto it = o->find("color"); it != o->end()) {
      if (!it->is_string()) return fail(arg_name(2, "options") + ".color must be a string");
      color = it->get<std::string>();
    }
  }
  const auto s = store.set_category(*name, *list, stem, color);
  if (!s.ok()) return fail(s.error);
  const Category* c = store.find_category(*name);
  return {c ? category_json(*c) : json(nullptr), {}};
}

ApiReply import_tags(TagStore& store, const Corpus& corpus, const json& args) {
  const auto* text = string_arg(args, 0);
  if (!text) return fail(arg_name(0, "json") + " must be a string");
  auto mode = ImportMode::Merge;
  if (const json* o = arg(args, 1); o && !o->is_null()) {
    const auto it = o->is_object() ? o->find("mode") : o->end();
    if (!o->is_object() || (it != o->end() && !it->is_string())) {
      return fail(arg_name(1, "options") + " must be {mode: 'merge' | 'replace'}");
    }
    if (it != o->end()) {
      const auto& m = *it->get_ptr<const std::string*>();
      if (m != "merge" && m != "replace") return fail(arg_name(1, "options") + ".mode must be 'merge' or 'replace'");
      mode = m == "replace" ? ImportMode::Replace : ImportMode::Merge;
    }
  }
  const auto r = import_json(store, *text, mode, known_articles(corpus));
  json out = {{"ok", r.ok}, {"added", r.added}};
  if (!r.ok) out["error"] = r.error;
  return {out, {}};
}

// A method on one name: createTag, renameTag, recolorTag, deleteTag, untagAll, deleteCategory.
ApiReply by_name(const json& args, std::size_t arity, const std::function<Status(const std::vector<std::string>&)>& run) {
  static constexpr std::array<std::string_view, 2> kNames = {"name", "value"};
  std::vector<std::string> values;
  for (std::size_t i = 0; i < arity; ++i) {
    const auto* s = string_arg(args, i);
    if (!s) return fail(arg_name(i, kNames[i]) + " must be a string");
    values.push_back(*s);
  }
  const auto s = run(values);
  if (!s.ok()) return fail(s.error);
  return {s.changed > 0, {}};
}

using Method = std::function<ApiReply(TagStore&, const Corpus&, const json&)>;

const std::map<std::string, Method, std::less<>>& methods() {
  static const std::map<std::string, Method, std::less<>> table = {
      {"tags",
       [](TagStore& s, const Corpus&, const json&) {
         json out = json::array();
         for (std::size_t i = 0; i < s.tag_count(); ++i) out.push_back(tag_json(s.tag_at(i)));
         return ApiReply{out, {}};
       }},
      {"tag", [](TagStore& s, const Corpus& c, const json& a) { return tag_or_untag(s, c, a, true); }},
      {"untag", [](TagStore& s, const Corpus& c, const json& a) { return tag_or_untag(s, c, a, false); }},
      {"createTag",
       [](TagStore& s, const Corpus&, const json& a) {
         const auto* name = string_arg(a, 0);
         if (!name) return fail(arg_name(0, "name") + " must be a string");
         const json* color = arg(a, 1);
         if (color && !color->is_null() && !color->is_string()) return fail(arg_name(1, "color") + " must be a string");
         const auto st = s.create_tag(*name, color && color->is_string() ? color->get<std::string>() : std::string());
         if (!st.ok()) return fail(st.error);
         return ApiReply{tag_json(*s.find_tag(*name)), {}};
       }},
      {"renameTag",
       [](TagStore& s, const Corpus&, const json& a) {
         return by_name(a, 2, [&](const auto& v) { return s.rename_tag(v[0], v[1]); });
       }},
      {"recolorTag",
       [](TagStore& s, const Corpus&, const json& a) {
         return by_name(a, 2, [&](const auto& v) { return s.recolor_tag(v[0], v[1]); });
       }},
      {"deleteTag",
       [](TagStore& s, const Corpus&, const json& a) {
         return by_name(a, 1, [&](const auto& v) { return s.delete_tag(v[0]); });
       }},
      {"untagAll",
       [](TagStore& s, const Corpus&, const json& a) {
         return by_name(a, 1, [&](const auto& v) { return s.clear_tag(v[0]); });
       }},
      {"undoTags",
       [](TagStore& s, const Corpus&, const json&) {
         // Nothing to undo is not a broken contract: answer null.
         if (!s.can_undo()) return ApiReply{nullptr, {}};
         std::string label(s.undo_label());
         (void)s.undo();
         return ApiReply{label, {}};
       }},
      {"categories",
       [](TagStore& s, const Corpus&, const json&) {
         json out = json::array();
         for (std::size_t i = 0; i < s.category_count(); ++i) out.push_back(category_json(s.category_at(i)));
         return ApiReply{out, {}};
       }},
      {"setCategory", [](TagStore& s, const Corpus&, const json& a) { return set_category(s, a); }},
      {"deleteCategory",
       [](TagStore& s, const Corpus&, const json& a) {
         return by_name(a, 1, [&](const auto& v) { return s.delete_category(v[0]); });
       }},
      {"exportTags", [](TagStore& s, const Corpus&, const json&) { return ApiReply{export_json(s), {}}; }},
      {"importTags", [](TagStore& s, const Corpus& c, const json& a) { return import_tags(s, c, a); }},
      {"tagsRevision", [](TagStore& s, const Corpus&, const json&) { return ApiReply{s.revision(), {}}; }},
  };
  return table;
}

}  // namespace

bool is_tags_method(std::string_view method) { return methods().contains(method); }

ApiReply call_tags_method(TagStore& store, const Corpus& corpus, std::string_view method, const json& args) {
  const auto it = methods().find(method);
  // Routing is the caller's job (is_tags_method); an unknown name here is a programmer error.
  if (it == methods().end()) return fail("no tags method \"" + std::string(method) + "\"");
  return it->second(store, corpus, args);
}

}  // namespace wortblick::tags
