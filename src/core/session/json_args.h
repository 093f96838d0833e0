// Reading window.explorer arguments: every method's checks, with messages that name the argument.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/stats/scope.h"
#include "core/stats/word_groups.h"

namespace wortblick::boundary {

using nlohmann::json;

// The call's arguments (a JSON array) and the first thing wrong with them. Readers return
// false after recording an error, so a method reads `if (!a.string(0, "id", id)) return a.fail();`.
class Args {
 public:
  explicit Args(const json& array) : args_(array) {}

  const json& at(std::size_t i) const;  // null when absent
  bool ok() const { return error_.empty(); }
  const std::string& error() const { return error_; }
  bool fail(std::string message);  // records the first error; always false

  // "argument 2 (name)"
  static std::string name(std::size_t i, std::string_view what);

  bool string(std::size_t i, std::string_view what, std::string& out);
  // A string or an array of strings, as a list.
  bool strings(std::size_t i, std::string_view what, std::vector<std::string>& out);
  // Argument i as an options object: null when absent (all defaults), an error when not an object.
  bool options(std::size_t i, const json*& out, std::string_view what = "options");

  // Fields of an options object (null: the default stays).
  bool number(const json* o, const char* field, double lo, double hi, std::size_t& out);  // clamped
  bool number(const json* o, const char* field, double lo, double hi, std::uint32_t& out);
  bool count(const json* o, const char* field, std::uint64_t& out);  // a positive whole number
  bool boolean(const json* o, const char* field, bool& out);
  bool text(const json* o, const char* field, std::string& out);
  // {scope: 'corpus'|'article'|'tag'|'search'|'category'|'rest', id, ids}
  bool scope(const json* o, stats::Scope& out, std::string_view prefix = {});
  // {removeStopwords (true), stem (false), minLength (1), numbers (false)}
  bool words(const json* o, stats::WordOptions& out);

 private:
  const json& args_;
  std::string error_;
};

}  // namespace wortblick::boundary
