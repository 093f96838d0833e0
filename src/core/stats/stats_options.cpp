// Parsing and validating the JSON options of the statistics methods.
#include "core/stats/stats_options.h"

#include <cmath>

namespace wortblick::stats {

using nlohmann::json;

std::string read_bool(const json& options, const char* name, bool fallback, bool& out) {
  out = fallback;
  if (!options.is_object() || !options.contains(name) || options[name].is_null()) return {};
  if (!options[name].is_boolean()) return std::string(name) + " must be true or false";
  out = options[name].get<bool>();
  return {};
}

std::string read_count(const json& options, const char* name, std::uint64_t fallback, std::uint64_t& out) {
  out = fallback;
  if (!options.is_object() || !options.contains(name) || options[name].is_null()) return {};
  const json& v = options[name];
  if (!v.is_number()) return std::string(name) + " must be a whole number";
  const double d = v.get<double>();
  if (!(d >= 1)) return std::string(name) + " must be a positive number";
  if (d > 1e9) return std::string(name) + " is too large";
  if (std::floor(d) != d) return std::string(name) + " must be a whole number";
  out = static_cast<std::uint64_t>(d);
  return {};
}

std::string read_scope(const json& options, Scope& out) {
  out = {};
  if (options.is_null()) return {};
  if (!options.is_object()) return "options must be an object";
  if (options.contains("scope") && !options["scope"].is_null()) {
    if (!options["scope"].is_string()) return "scope must be a string";
    const auto kind = scope_kind(options["scope"].get<std::string>());
    if (!kind) {
      return "unknown scope '" + options["scope"].get<std::string>() +
             "' (use corpus, article, tag, search, category or rest)";
    }
    out.kind = *kind;
  }
  if (options.contains("id") && !options["id"].is_null()) {
    if (!options["id"].is_string()) return "id must be a string";
    out.id = options["id"].get<std::string>();
  }
  if (options.contains("ids") && !options["ids"].is_null()) {
    if (!options["ids"].is_array()) return "ids must be an array of article ids";
    for (const auto& id : options["ids"]) {
      if (!id.is_string()) return "ids must be an array of article ids";
      out.ids.push_back(id.get<std::string>());
    }
  }
  if (out.kind == ScopeKind::Search && !options.contains("ids")) {
    return "scope 'search' needs ids: [article ids]; the platform resolves the query to the matching articles";
  }
  return {};
}

std::string read_word_options(const json& options, WordOptions& out) {
  out = {};
  if (!options.is_null() && !options.is_object()) return "options must be an object";
  std::uint64_t min_length = 1;
  // minLength 0 means "no minimum", which 1 already is.
  if (options.is_object() && options.contains("minLength") && options["minLength"].is_number() &&
      options["minLength"].get<double>() == 0) {
    min_length = 1;
  } else if (auto e = read_count(options, "minLength", 1, min_length); !e.empty()) {
    return e;
  }
  out.min_length = static_cast<std::size_t>(min_length);
  if (auto e = read_bool(options, "removeStopwords", true, out.remove_stopwords); !e.empty()) return e;
  if (auto e = read_bool(options, "stem", false, out.stem); !e.empty()) return e;
  if (auto e = read_bool(options, "numbers", false, out.numbers); !e.empty()) return e;
  return {};
}

}  // namespace wortblick::stats
