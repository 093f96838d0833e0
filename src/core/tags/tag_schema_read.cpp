// Reading an untrusted tag document: every type and field checked, errors naming the field.
#include <nlohmann/json.hpp>

#include "core/tags/json_guard.h"
#include "core/tags/tag_rules.h"
#include "core/tags/tag_schema.h"

namespace wortblick::tags {
namespace {

using json = nlohmann::json;

const char* type_name(const json& v) {
  switch (v.type()) {
    case json::value_t::null: return "null";
    case json::value_t::object: return "an object";
    case json::value_t::array: return "an array";
    case json::value_t::string: return "a string";
    case json::value_t::boolean: return "a boolean";
    case json::value_t::binary: return "binary";
    case json::value_t::discarded: return "nothing";
    default: return "a number";
  }
}

// Collects the first error; every reader returns false once it is set.
struct Reader {
  std::string error;

  bool fail(const std::string& field, const std::string& message) {
    error = field + ": " + message;
    return false;
  }
  bool expect(const json& v, bool ok, const std::string& field, std::string_view wanted) {
    return ok || fail(field, "must be " + std::string(wanted) + ", got " + type_name(v));
  }
  // Fields not in `allowed` are errors: a typo would otherwise lose data without a word.
  bool only(const json& obj, std::initializer_list<std::string_view> allowed, const std::string& field) {
    for (const auto& [k, v] : obj.items()) {
      if (std::find(allowed.begin(), allowed.end(), k) == allowed.end()) return fail(field, "unknown field " + in_quotes(k));
    }
    return true;
  }
  const json* required(const json& obj, std::string_view key, const std::string& field) {
    const auto it = obj.find(key);
    if (it == obj.end()) {
      fail(field + "." + std::string(key), "missing");
      return nullptr;
    }
    return &*it;
  }
  bool string(const json& obj, std::string_view key, const std::string& field, std::string& out, bool optional) {
    const auto it = obj.find(key);
    const auto f = field + "." + std::string(key);
    if (it == obj.end()) return optional || fail(f, "missing");
    if (!expect(*it, it->is_string(), f, "a string")) return false;
    out = *it->get_ptr<const std::string*>();
    return true;
  }
  bool strings(const json& obj, std::string_view key, const std::string& field, std::vector<std::string>& out) {
    const auto f = field + "." + std::string(key);
    const json* v = required(obj, key, field);
    if (!v || !expect(*v, v->is_array(), f, "an array of strings")) return false;
    out.reserve(v->size());
    for (std::size_t i = 0; i < v->size(); ++i) {
      const auto& s = (*v)[i];
      if (!expect(s, s.is_string(), f + "[" + std::to_string(i) + "]", "a string")) return false;
      out.push_back(*s.get_ptr<const std::string*>());
    }
    return true;
  }

  bool tag(const json& v, const std::string& field, TagData& out) {
    if (!expect(v, v.is_object(), field, "an object") || !only(v, {"name", "color", "articles"}, field)) return false;
    return string(v, "name", field, out.name, false) && string(v, "color", field, out.color, true) &&
           strings(v, "articles", field, out.articles);
  }

  bool category(const json& v, const std::string& field, CategoryData& out) {
    if (!expect(v, v.is_object(), field, "an object") || !only(v, {"name", "color", "words", "stem"}, field)) {
      return false;
    }
    if (!string(v, "name", field, out.name, false) || !string(v, "color", field, out.color, true) ||
        !strings(v, "words", field, out.words)) {
      return false;
    }
    if (const auto it = v.find("stem"); it != v.end()) {
      if (!expect(*it, it->is_boolean(), field + ".stem", "true or false")) return false;
      out.stem = it->get<bool>();
    }
    return true;
  }

  template <class T, class Read>
  bool list(const json& root, std::string_view key, bool optional, std::vector<T>& out, Read read) {
    const auto it = root.find(key);
    const std::string f(key);
    if (it == root.end()) return optional || fail(f, "missing");
    if (!expect(*it, it->is_array(), f, "an array")) return false;
    out.resize(it->size());
    for (std::size_t i = 0; i < it->size(); ++i) {
      if (!(this->*read)((*it)[i], f + "[" + std::to_string(i) + "]", out[i])) return false;
    }
    return true;
  }
};

ParsedDocument failed(ReadError kind, std::string error) { return {{}, kind, std::move(error)}; }

}  // namespace

ParsedDocument parse_document(std::string_view text, std::size_t max_bytes) {
  if (text.empty()) return failed(ReadError::Unreadable, "document: empty");
  if (text.size() > max_bytes) {
    return failed(ReadError::Unreadable, "document: " + std::to_string(text.size()) + " bytes, more than the limit of " +
                                             std::to_string(max_bytes) + " bytes");
  }
  if (auto e = check_json_shape(text); !e.empty()) return failed(ReadError::Unreadable, e);
  const json root = json::parse(text, nullptr, /*allow_exceptions=*/false);
  if (root.is_discarded()) return failed(ReadError::Unreadable, "document: not valid JSON");
  if (!root.is_object()) {
    return failed(ReadError::Unreadable, std::string("document: must be an object, got ") + type_name(root));
  }

  const auto format = root.find("format");
  if (format == root.end()) return failed(ReadError::Unreadable, "format: missing");
  if (!format->is_string() || *format->get_ptr<const std::string*>() != kFormat) {
    const std::string got = format->is_string() ? in_quotes(*format->get_ptr<const std::string*>()) : type_name(*format);
    return failed(ReadError::Unreadable, "format: must be \"" + std::string(kFormat) + "\", got " + got);
  }
  const auto version = root.find("version");
  if (version == root.end()) return failed(ReadError::Unreadable, "version: missing");
  if (!version->is_number_integer()) {
    return failed(ReadError::Unreadable, std::string("version: must be an integer, got ") + type_name(*version));
  }
  if (!version->is_number_unsigned() || version->get<std::uint64_t>() != static_cast<std::uint64_t>(kVersion)) {
    return failed(ReadError::WrongVersion, "version: " + version->dump() + " is not supported (this build reads " +
                                               std::to_string(kVersion) + ")");
  }

  Reader r;
  ParsedDocument out;
  if (!r.only(root, {"format", "version", "tags", "categories"}, "document") ||
      !r.list(root, "tags", false, out.doc.tags, &Reader::tag) ||
      !r.list(root, "categories", true, out.doc.categories, &Reader::category)) {
    return failed(ReadError::Unreadable, r.error);
  }
  if (auto e = normalize_document(out.doc); !e.empty()) return failed(ReadError::Unreadable, e);
  return out;
}

}  // namespace wortblick::tags
