// Core methods of window.explorer: sources, articles and texts as JSON.
#include "core/api/explorer_api.h"

#include <functional>
#include <map>

#include <nlohmann/json.hpp>

namespace wortblick {
namespace {

using json = nlohmann::json;

// A method's answer: a value, or an error message for calls that break the contract.
// No exceptions: the wasm build does not catch them.
struct Reply {
  json value;
  std::string error;
};

Reply fail(std::string message) { return {nullptr, std::move(message)}; }

// The i-th argument as a string, or nullptr when it is missing or not a string.
const std::string* string_arg(const json& args, std::size_t i) {
  if (!args.is_array() || args.size() <= i || !args[i].is_string()) return nullptr;
  return args[i].get_ptr<const std::string*>();
}

std::string must_be_string(std::size_t i, std::string_view name) {
  return "argument " + std::to_string(i + 1) + " (" + std::string(name) + ") must be a string";
}

json article_summary(const Corpus& c, const Article& a) {
  return {{"id", a.id},
          {"title", a.title},
          {"seed", c.sources[a.source].name},
          {"words", a.words},
          {"range", {a.range.begin, a.range.end}}};
}

using Method = std::function<Reply(Workspace&, const json&)>;

const std::map<std::string, Method, std::less<>>& methods() {
  static const std::map<std::string, Method, std::less<>> table = {
      {"sources",
       [](Workspace& w, const json&) {
         const Corpus& c = w.corpus;
         json out = json::array();
         for (const auto& s : c.sources) out.push_back({{"seed", s.name}, {"bytes", s.bytes.size()}});
         return Reply{out, {}};
       }},
      {"sourceText",
       [](Workspace& w, const json& args) {
         const Corpus& c = w.corpus;
         const auto* name = string_arg(args, 0);
         if (!name) return fail(must_be_string(0, "seed"));
         const auto* s = c.find_source(*name);
         return Reply{s ? json(s->bytes) : json(nullptr), {}};
       }},
      {"articles",
       [](Workspace& w, const json&) {
         const Corpus& c = w.corpus;
         json out = json::array();
         for (const auto& a : c.articles) out.push_back(article_summary(c, a));
         return Reply{out, {}};
       }},
      {"article",
       [](Workspace& w, const json& args) {
         const Corpus& c = w.corpus;
         const auto* id = string_arg(args, 0);
         if (!id) return fail(must_be_string(0, "id"));
         const auto* a = c.find_article(*id);
         if (!a) return Reply{nullptr, {}};
         return Reply{{{"id", a->id}, {"title", a->title}, {"seed", c.sources[a->source].name}, {"text", c.text(*a)}},
                      {}};
       }},
  };
  return table;
}

std::string answer(const json& value) {
  // Replacement instead of an exception: a source may hold invalid UTF-8, and the caller
  // still deserves an answer.
  return json{{"value", value}}.dump(-1, ' ', false, json::error_handler_t::replace);
}

std::string error(std::string_view message) { return json{{"error", message}}.dump(); }

}  // namespace

std::optional<std::string> call_core_api(Workspace& workspace, std::string_view method,
                                         std::string_view args_json) {
  const auto& table = methods();
  const auto it = table.find(method);
  if (it == table.end()) return std::nullopt;
  const json args = json::parse(args_json, nullptr, /*allow_exceptions=*/false);
  if (args.is_discarded()) return error("arguments are not valid JSON");
  const Reply r = it->second(workspace, args);
  if (!r.error.empty()) return error(std::string(method) + ": " + r.error);
  return answer(r.value);
}

}  // namespace wortblick
