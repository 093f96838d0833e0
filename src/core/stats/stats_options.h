// Reading chart options and scopes from JSON arguments, with messages for bad input.
#pragma once

#include <cstdint>
#include <string>

#include <nlohmann/json.hpp>

#include "core/stats/scope.h"
#include "core/stats/word_groups.h"

namespace wortblick::stats {

// Each reader fills its output from `options` (a JSON object, or null for all defaults) and
// returns an error message, empty when the input was fine.

// {scope: 'corpus'|'article'|'tag'|'search'|'category'|'rest', id, ids: [..]}
std::string read_scope(const nlohmann::json& options, Scope& out);
// {removeStopwords (true), stem (false), minLength (1), numbers (false)}
std::string read_word_options(const nlohmann::json& options, WordOptions& out);
// A positive integer field, `fallback` when absent.
std::string read_count(const nlohmann::json& options, const char* name, std::uint64_t fallback, std::uint64_t& out);
std::string read_bool(const nlohmann::json& options, const char* name, bool fallback, bool& out);

}  // namespace wortblick::stats
