// JSON routing for the statistics methods; the work is done by charts.h.
#include "core/stats/stats_api.h"

#include <functional>
#include <map>

#include "core/stats/charts.h"
#include "core/stats/csv_export.h"
#include "core/stats/stats_options.h"

namespace wortblick::stats {
namespace {

using nlohmann::json;

constexpr std::uint64_t kDefaultLimit = 25;

ApiReply fail(std::string message) { return {nullptr, std::move(message)}; }

// The i-th argument, or null when absent.
const json& arg(const json& args, std::size_t i) {
  static const json null_value;  // immutable: no mutable global state
  return args.is_array() && args.size() > i ? args[i] : null_value;
}

std::string options_error(const json& options) {
  return options.is_null() || options.is_object() ? std::string() : "options must be an object";
}

struct FrequencyCall {
  Scope scope;
  FrequencyOptions options;
  std::string error;
};

FrequencyCall read_frequency_call(const json& options) {
  FrequencyCall c;
  if (c.error = options_error(options); !c.error.empty()) return c;
  if (c.error = read_scope(options, c.scope); !c.error.empty()) return c;
  if (c.error = read_word_options(options, c.options.words); !c.error.empty()) return c;
  std::uint64_t limit = 0;
  c.error = read_count(options, "limit", kDefaultLimit, limit);
  c.options.limit = static_cast<std::size_t>(limit);
  return c;
}

json rows_json(const std::vector<FrequencyRow>& rows) {
  json out = json::array();
  for (const auto& r : rows) {
    out.push_back({{"word", r.word}, {"count", r.count}, {"per1000", r.per1000}, {"articles", r.articles}});
  }
  return out;
}

json rows_json(const std::vector<KeynessRow>& rows) {
  json out = json::array();
  for (const auto& r : rows) {
    out.push_back({{"word", r.word}, {"a", r.a}, {"b", r.b}, {"ll", r.ll}, {"effect", r.effect}});
  }
  return out;
}

ApiReply frequencies_method(Workspace& w, const json& args) {
  const auto call = read_frequency_call(arg(args, 0));
  if (!call.error.empty()) return fail(call.error);
  auto table = frequencies(w, call.scope, call.options);
  if (!table.error.empty()) return fail(table.error);
  return {rows_json(table.rows), {}};
}

ApiReply frequencies_csv_method(Workspace& w, const json& args) {
  const auto call = read_frequency_call(arg(args, 0));
  if (!call.error.empty()) return fail(call.error);
  auto table = frequencies(w, call.scope, call.options);
  if (!table.error.empty()) return fail(table.error);
  return {frequency_csv(table.rows), {}};
}

// keyness(scopeA, scopeB, {limit, direction, minCount, removeStopwords, stem, minLength, numbers})
ApiReply keyness_method(Workspace& w, const json& args) {
  Scope a;
  Scope b;
  if (!arg(args, 0).is_object()) return fail("argument 1 (scopeA) must be an object {scope, id}");
  if (!arg(args, 1).is_object()) return fail("argument 2 (scopeB) must be an object {scope, id}, e.g. {scope: 'rest'}");
  if (auto e = read_scope(arg(args, 0), a); !e.empty()) return fail("scopeA: " + e);
  if (auto e = read_scope(arg(args, 1), b); !e.empty()) return fail("scopeB: " + e);
  const json& o = arg(args, 2);
  if (auto e = options_error(o); !e.empty()) return fail(e);
  KeynessOptions options;
  if (auto e = read_word_options(o, options.words); !e.empty()) return fail(e);
  std::uint64_t limit = 0;
  if (auto e = read_count(o, "limit", kDefaultLimit, limit); !e.empty()) return fail(e);
  if (auto e = read_count(o, "minCount", 1, options.min_count); !e.empty()) return fail(e);
  options.limit = static_cast<std::size_t>(limit);
  std::string direction = "both";
  if (o.is_object() && o.contains("direction")) {
    if (!o["direction"].is_string()) return fail("direction must be 'over', 'under' or 'both'");
    direction = o["direction"].get<std::string>();
    if (direction != "over" && direction != "under" && direction != "both") {
      return fail("direction must be 'over', 'under' or 'both'");
    }
  }
  const auto table = keyness(w, a, b, options);
  if (!table.error.empty()) return fail(table.error);
  if (direction == "over") return {rows_json(table.over), {}};
  if (direction == "under") return {rows_json(table.under), {}};
  return {rows_json(merged(table, options.limit)), {}};
}

// distribution(['Amazon', {category: 'Firmen'}], {scope, id, ids, stem})
ApiReply distribution_method(Workspace& w, const json& args) {
  const json& items = arg(args, 0);
  if (!items.is_array()) return fail("argument 1 must be an array of words or {category: name}");
  std::vector<SeriesSpec> series;
  for (const auto& item : items) {
    if (item.is_string()) {
      series.push_back({item.get<std::string>(), false});
    } else if (item.is_object() && item.contains("category") && item["category"].is_string()) {
      series.push_back({item["category"].get<std::string>(), true});
    } else if (item.is_object() && item.contains("word") && item["word"].is_string()) {
      series.push_back({item["word"].get<std::string>(), false});
    } else {
      return fail("each item must be a word or {category: name}");
    }
  }
  const json& o = arg(args, 1);
  if (auto e = options_error(o); !e.empty()) return fail(e);
  Scope scope;
  if (auto e = read_scope(o, scope); !e.empty()) return fail(e);
  bool stem = false;
  if (auto e = read_bool(o, "stem", false, stem); !e.empty()) return fail(e);
  const auto d = distribution(w, scope, series, stem);
  if (!d.error.empty()) return fail(d.error);
  json articles = json::array();
  for (const Article* a : d.articles) articles.push_back({{"id", a->id}, {"title", a->title}, {"words", a->words}});
  json out_series = json::array();
  for (const auto& s : d.series) {
    out_series.push_back({{"label", s.label}, {"counts", s.counts}, {"per1000", s.per1000}});
  }
  return {{{"articles", std::move(articles)}, {"series", std::move(out_series)}}, {}};
}

// dispersion(word, {stem, scope, id, ids}) -> [{id, positions, offsets, length}]
ApiReply dispersion_method(Workspace& w, const json& args) {
  if (!arg(args, 0).is_string()) return fail("argument 1 (word) must be a string");
  const json& o = arg(args, 1);
  if (auto e = options_error(o); !e.empty()) return fail(e);
  Scope scope;
  if (auto e = read_scope(o, scope); !e.empty()) return fail(e);
  bool stem = false;
  if (auto e = read_bool(o, "stem", false, stem); !e.empty()) return fail(e);
  const auto d = dispersion(w, scope, arg(args, 0).get<std::string>(), stem);
  if (!d.error.empty()) return fail(d.error);
  json out = json::array();
  for (const auto& a : d.articles) {
    out.push_back({{"id", a.article->id},
                   {"positions", a.positions},
                   {"offsets", a.offsets},
                   {"length", a.length},
                   {"word", d.label}});
  }
  return {out, {}};
}

ApiReply suggest_tags_method(Workspace& w, const json& args) {
  if (!arg(args, 0).is_string()) return fail("argument 1 (id) must be a string");
  const auto id = arg(args, 0).get<std::string>();
  if (!w.corpus.find_article(id)) return fail("unknown article id '" + id + "'");
  return {suggest_tags(w, id), {}};
}

ApiReply stopwords_method(Workspace& w, const json&) { return {w.pipeline.stopwords().keys(), {}}; }

// setStopwords({add: [...], remove: [...]}) -> the new list. Cached charts notice the new
// list themselves (charts.cpp compares it on every call).
ApiReply set_stopwords_method(Workspace& w, const json& args) {
  const json& o = arg(args, 0);
  if (!o.is_object()) return fail("argument 1 must be an object {add: [words], remove: [words]}");
  for (const char* field : {"add", "remove"}) {
    if (!o.contains(field)) continue;
    if (!o[field].is_array()) return fail(std::string(field) + " must be an array of words");
    for (const auto& word : o[field]) {
      if (!word.is_string() || word.get<std::string>().empty()) {
        return fail(std::string(field) + " must be an array of non-empty words");
      }
    }
  }
  text::Stopwords list = w.pipeline.stopwords();
  if (o.contains("add")) {
    for (const auto& word : o["add"]) list.add(word.get<std::string>());
  }
  if (o.contains("remove")) {
    for (const auto& word : o["remove"]) list.remove(word.get<std::string>());
  }
  w.pipeline.set_stopwords(std::move(list));
  return {w.pipeline.stopwords().keys(), {}};
}

using Method = std::function<ApiReply(Workspace&, const json&)>;

const std::map<std::string, Method, std::less<>>& methods() {
  static const std::map<std::string, Method, std::less<>> table = {
      {"frequencies", frequencies_method},   {"frequenciesCsv", frequencies_csv_method},
      {"keyness", keyness_method},           {"distribution", distribution_method},
      {"dispersion", dispersion_method},     {"suggestTags", suggest_tags_method},
      {"stopwords", stopwords_method},       {"setStopwords", set_stopwords_method},
  };
  return table;
}

}  // namespace

std::optional<ApiReply> call_stats_api(Workspace& w, std::string_view method, const json& args) {
  const auto& table = methods();
  const auto it = table.find(method);
  if (it == table.end()) return std::nullopt;
  return it->second(w, args);
}

}  // namespace wortblick::stats
