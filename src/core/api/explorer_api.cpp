// Core methods of window.explorer: sources, articles, texts and tokens as JSON.
#include "core/api/explorer_api.h"

#include <functional>
#include <map>

#include <nlohmann/json.hpp>

#include "core/search/search_api.h"
#include "core/stats/stats_api.h"
#include "core/tags/tags_api.h"
#include "core/text/clean_text.h"

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

std::string_view kind_name(BlockKind k) {
  switch (k) {
    case BlockKind::Title: return "title";
    case BlockKind::Body: return "body";
    case BlockKind::Comment: return "comment";
    case BlockKind::Boilerplate: return "boilerplate";
  }
  return "body";
}

// The article's blocks of one kind, paragraphs joined by a blank line.
std::string join_blocks(const Corpus& c, const Article& a, BlockKind kind) {
  std::string out;
  for (const auto& b : a.blocks) {
    if (b.kind != kind) continue;
    if (!out.empty()) out += "\n\n";
    out += c.text(a, b);
  }
  return out;
}

json article_detail(const Corpus& c, const Article& a) {
  json boilerplate = json::array();
  for (const auto& b : a.blocks) {
    if (b.kind != BlockKind::Boilerplate) continue;
    boilerplate.push_back({{"start", b.range.begin - a.range.begin},
                           {"end", b.range.end - a.range.begin},
                           {"kind", std::string(b.reason)}});
  }
  json blocks = json::array();
  for (const auto& b : a.blocks) {
    blocks.push_back({{"start", b.range.begin - a.range.begin},
                      {"end", b.range.end - a.range.begin},
                      {"kind", std::string(kind_name(b.kind))},
                      {"reason", std::string(b.reason)}});
  }
  json out = {{"id", a.id},
               {"title", a.title},
               {"seed", c.sources[a.source].name},
               {"words", a.words},
               {"range", {a.range.begin, a.range.end}},
               {"text", c.text(a)},
               {"body", join_blocks(c, a, BlockKind::Body)},
               {"comments", join_blocks(c, a, BlockKind::Comment)},
               {"boilerplate", std::move(boilerplate)},
               {"blocks", std::move(blocks)}};
  // Web pages: `text` and every offset refer to the page's visible text, not its markup.
  if (c.sources[a.source].html) out["format"] = "html";
  if (!a.date.empty()) out["date"] = a.date;
  return out;
}

// Offsets refer to the text after UTF-8 repair and NFC, which is the argument itself for
// any well-formed NFC string (JSON strings are valid UTF-8 already).
json tokens_of(text::TextPipeline& p, std::string_view input) {
  const auto clean = text::clean_text(input);
  json out = json::array();
  for (const auto& t : p.tokenize(clean.text)) {
    out.push_back({{"text", t.text},
                   {"key", t.key},
                   {"stem", t.stem},
                   {"start", t.start},
                   {"end", t.end},
                   {"position", t.position},
                   {"span", t.span},
                   {"part", t.part},
                   {"stopword", t.stopword},
                   {"number", t.is_number()},
                   {"url", t.is_url()}});
  }
  return out;
}

using Method = std::function<Reply(Workspace&, const json&)>;

// Tags and word categories are answered by core/tags; these entries only route there.
Method tags_method(std::string name) {
  return [name = std::move(name)](Workspace& w, const json& args) {
    auto r = tags::call_tags_method(w.tags, w.corpus, name, args);
    return Reply{std::move(r.value), std::move(r.error)};
  };
}

// Word statistics (frequencies, keyness, distribution, dispersion, stop words) live in core/stats.
Method stats_method(std::string name) {
  return [name = std::move(name)](Workspace& w, const json& args) {
    auto r = stats::call_stats_api(w, name, args);
    return r ? Reply{std::move(r->value), std::move(r->error)} : fail("no such statistics method");
  };
}

const std::map<std::string, Method, std::less<>>& methods() {
  static const std::map<std::string, Method, std::less<>> table = {
      {"tags", tags_method("tags")},
      {"tag", tags_method("tag")},
      {"untag", tags_method("untag")},
      {"createTag", tags_method("createTag")},
      {"renameTag", tags_method("renameTag")},
      {"recolorTag", tags_method("recolorTag")},
      {"deleteTag", tags_method("deleteTag")},
      {"untagAll", tags_method("untagAll")},
      {"undoTags", tags_method("undoTags")},
      {"categories", tags_method("categories")},
      {"setCategory", tags_method("setCategory")},
      {"deleteCategory", tags_method("deleteCategory")},
      {"exportTags", tags_method("exportTags")},
      {"importTags", tags_method("importTags")},
      {"tagsRevision", tags_method("tagsRevision")},
      {"frequencies", stats_method("frequencies")},
      {"frequenciesCsv", stats_method("frequenciesCsv")},
      {"keyness", stats_method("keyness")},
      {"distribution", stats_method("distribution")},
      {"dispersion", stats_method("dispersion")},
      {"suggestTags", stats_method("suggestTags")},
      {"stopwords", stats_method("stopwords")},
      {"setStopwords", stats_method("setStopwords")},
      {"sources",
       [](Workspace& w, const json&) {
         const Corpus& c = w.corpus;
         json out = json::array();
         for (const auto& s : c.sources) out.push_back({{"seed", s.name}, {"bytes", s.bytes().size()}});
         return Reply{out, {}};
       }},
      {"sourceText",
       [](Workspace& w, const json& args) {
         const Corpus& c = w.corpus;
         const auto* name = string_arg(args, 0);
         if (!name) return fail(must_be_string(0, "seed"));
         const auto* s = c.find_source(*name);
         return Reply{s ? json(std::string(s->bytes())) : json(nullptr), {}};
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
         return Reply{article_detail(c, *a), {}};
       }},
      {"tokens",
       [](Workspace& w, const json& args) {
         const auto* text = string_arg(args, 0);
         if (!text) return fail(must_be_string(0, "text"));
         return Reply{tokens_of(w.pipeline, *text), {}};
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
  if (it == table.end()) {
    const json args = json::parse(args_json, nullptr, /*allow_exceptions=*/false);
    auto r = search::call_search_api(workspace, method, args);
    if (!r) return std::nullopt;
    if (!r->error.empty()) return error(std::string(method) + ": " + r->error);
    return answer(r->value);
  }
  const json args = json::parse(args_json, nullptr, /*allow_exceptions=*/false);
  if (args.is_discarded()) return error("arguments are not valid JSON");
  const Reply r = it->second(workspace, args);
  if (!r.error.empty()) return error(std::string(method) + ": " + r.error);
  return answer(r.value);
}

}  // namespace wortblick
