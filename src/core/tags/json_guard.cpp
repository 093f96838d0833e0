// SAX handler that walks untrusted JSON once, tracking the path for error messages.
#include "core/tags/json_guard.h"

#include <unordered_set>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/tags/tag_rules.h"

namespace wortblick::tags {
namespace {

using json = nlohmann::json;

// Keeps an error message printable even when the parser quotes the broken bytes it read.
std::string printable(std::string_view s) {
  std::string out;
  for (const char c : s) {
    const auto u = static_cast<unsigned char>(c);
    out.push_back(u >= 0x20 && u < 0x7f ? c : '?');
  }
  return out;
}

class Guard {
 public:
  std::string error;

  bool null() { return scalar(); }
  bool boolean(bool) { return scalar(); }
  bool number_integer(json::number_integer_t) { return scalar(); }
  bool number_unsigned(json::number_unsigned_t) { return scalar(); }
  bool number_float(json::number_float_t, const json::string_t&) { return scalar(); }
  bool string(json::string_t& s) {
    if (s.size() > limits::kJsonStringBytes) return fail("string longer than " + max_string());
    return scalar();
  }
  bool binary(json::binary_t&) { return fail("binary values are not JSON"); }

  bool start_object(std::size_t) { return open(true); }
  bool key(json::string_t& k) {
    if (k.size() > limits::kJsonStringBytes) return fail("key longer than " + max_string());
    auto& f = frames_.back();
    f.key = k;
    if (!f.keys.insert(k).second) return fail("duplicate key " + in_quotes(k));
    return true;
  }
  bool end_object() { return close(); }
  bool start_array(std::size_t) { return open(false); }
  bool end_array() { return close(); }

  bool parse_error(std::size_t position, const std::string&, const json::exception& ex) {
    std::string what = ex.what();
    // "[json.exception.parse_error.101] parse error at line 1, column 2: ..." -> the part after "]".
    const auto bracket = what.find("] ");
    if (bracket != std::string::npos) what = what.substr(bracket + 2);
    return fail("not valid JSON at byte " + std::to_string(position) + ": " + printable(what));
  }

 private:
  struct Frame {
    bool object = false;
    std::size_t next = 0;  // arrays: index of the element being read
    std::string key;       // objects: the key being read
    std::unordered_set<std::string> keys;
  };

  static std::string max_string() { return std::to_string(limits::kJsonStringBytes) + " bytes"; }

  // A value starts; in an array it takes the next index.
  void step() {
    if (!frames_.empty() && !frames_.back().object) ++frames_.back().next;
  }
  bool scalar() {
    step();
    return true;
  }
  bool open(bool object) {
    if (frames_.size() >= limits::kJsonDepth) return fail("nested deeper than " + std::to_string(limits::kJsonDepth) + " levels");
    step();
    frames_.push_back({});
    frames_.back().object = object;
    return true;
  }
  bool close() {
    frames_.pop_back();
    return true;
  }

  // The field being read: the innermost array's element is `next` (not yet counted), outer
  // arrays' current elements were counted when they opened.
  std::string path() const {
    std::string out;
    for (std::size_t i = 0; i < frames_.size(); ++i) {
      const auto& f = frames_[i];
      if (f.object) {
        if (f.key.empty()) continue;
        if (!out.empty()) out += '.';
        out += f.key;
      } else {
        const bool innermost = i + 1 == frames_.size();
        out += "[" + std::to_string(innermost ? f.next : f.next - 1) + "]";
      }
    }
    return out.empty() || out.front() == '[' ? "document" + out : out;
  }

  bool fail(std::string message) {
    if (error.empty()) error = path() + ": " + message;
    return false;
  }

  std::vector<Frame> frames_;
};

}  // namespace

std::string check_json_shape(std::string_view text) {
  Guard guard;
  const bool ok = json::sax_parse(text, &guard, json::input_format_t::json, /*strict=*/true,
                                  /*ignore_comments=*/false);
  if (!ok && guard.error.empty()) return "document: not valid JSON";
  return guard.error;
}

}  // namespace wortblick::tags
