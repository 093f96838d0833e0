// The argument checks of window.explorer, in one place for every method.
#include "core/session/json_args.h"

#include <cmath>

namespace wortblick::boundary {

const json& Args::at(std::size_t i) const {
  static const json null_value;  // immutable: no mutable global state
  return args_.is_array() && args_.size() > i ? args_[i] : null_value;
}

bool Args::fail(std::string message) {
  if (error_.empty()) error_ = std::move(message);
  return false;
}

std::string Args::name(std::size_t i, std::string_view what) {
  return "argument " + std::to_string(i + 1) + " (" + std::string(what) + ")";
}

bool Args::string(std::size_t i, std::string_view what, std::string& out) {
  if (!at(i).is_string()) return fail(name(i, what) + " must be a string");
  out = at(i).get<std::string>();
  return true;
}

bool Args::strings(std::size_t i, std::string_view what, std::vector<std::string>& out) {
  const json& v = at(i);
  if (v.is_string()) {
    out = {v.get<std::string>()};
    return true;
  }
  if (!v.is_array()) return fail(name(i, what) + " must be a string or an array of strings");
  out.clear();
  for (std::size_t k = 0; k < v.size(); ++k) {
    if (!v[k].is_string()) return fail(name(i, what) + "[" + std::to_string(k) + "] must be a string");
    out.push_back(v[k].get<std::string>());
  }
  return true;
}

bool Args::options(std::size_t i, const json*& out, std::string_view what) {
  out = nullptr;
  const json& v = at(i);
  if (v.is_null()) return true;
  if (!v.is_object()) return fail(name(i, what) + " must be an object");
  out = &v;
  return true;
}

namespace {

// The field, or nullptr when the object lacks it or holds null there.
const json* field_of(const json* o, const char* field) {
  if (!o || !o->is_object()) return nullptr;
  const auto it = o->find(field);
  return it == o->end() || it->is_null() ? nullptr : &*it;
}

}  // namespace

bool Args::number(const json* o, const char* field, double lo, double hi, std::size_t& out) {
  const json* v = field_of(o, field);
  if (!v) return true;
  if (!v->is_number()) return fail(std::string("option ") + field + " must be a number");
  const double d = v->get<double>();
  out = static_cast<std::size_t>(d < lo ? lo : d > hi ? hi : d);
  return true;
}

bool Args::number(const json* o, const char* field, double lo, double hi, std::uint32_t& out) {
  std::size_t wide = out;
  if (!number(o, field, lo, hi, wide)) return false;
  out = static_cast<std::uint32_t>(wide);
  return true;
}

bool Args::count(const json* o, const char* field, std::uint64_t& out) {
  const json* v = field_of(o, field);
  if (!v) return true;
  if (!v->is_number()) return fail(std::string(field) + " must be a whole number");
  const double d = v->get<double>();
  if (!(d >= 1)) return fail(std::string(field) + " must be a positive number");
  if (d > 1e9) return fail(std::string(field) + " is too large");
  if (std::floor(d) != d) return fail(std::string(field) + " must be a whole number");
  out = static_cast<std::uint64_t>(d);
  return true;
}

bool Args::boolean(const json* o, const char* field, bool& out) {
  const json* v = field_of(o, field);
  if (!v) return true;
  if (!v->is_boolean()) return fail(std::string(field) + " must be true or false");
  out = v->get<bool>();
  return true;
}

bool Args::text(const json* o, const char* field, std::string& out) {
  const json* v = field_of(o, field);
  if (!v) return true;
  if (!v->is_string()) return fail(std::string(field) + " must be a string");
  out = v->get<std::string>();
  return true;
}

bool Args::scope(const json* o, stats::Scope& out, std::string_view prefix) {
  out = {};
  const std::string p(prefix);
  if (const json* s = field_of(o, "scope")) {
    if (!s->is_string()) return fail(p + "scope must be a string");
    const auto kind = stats::scope_kind(s->get<std::string>());
    if (!kind) {
      return fail(p + "unknown scope '" + s->get<std::string>() + "' (use corpus, article, tag, search, category or rest)");
    }
    out.kind = *kind;
  }
  if (const json* id = field_of(o, "id")) {
    if (!id->is_string()) return fail(p + "id must be a string");
    out.id = id->get<std::string>();
  }
  if (const json* ids = field_of(o, "ids")) {
    if (!ids->is_array()) return fail(p + "ids must be an array of article ids");
    for (const auto& id : *ids) {
      if (!id.is_string()) return fail(p + "ids must be an array of article ids");
      out.ids.push_back(id.get<std::string>());
    }
  }
  return true;
}

bool Args::words(const json* o, stats::WordOptions& out) {
  out = {};
  std::uint64_t min_length = 1;
  // minLength 0 means "no minimum", which 1 already is.
  const json* m = field_of(o, "minLength");
  if (!(m && m->is_number() && m->get<double>() == 0) && !count(o, "minLength", min_length)) return false;
  out.min_length = static_cast<std::size_t>(min_length);
  return boolean(o, "removeStopwords", out.remove_stopwords) && boolean(o, "stem", out.stem) &&
         boolean(o, "numbers", out.numbers);
}

}  // namespace wortblick::boundary
