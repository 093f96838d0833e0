// Checking and normalizing names, words, colors and article ids.
#include "core/tags/tag_rules.h"

#include "core/text/unicode.h"
#include "core/text/utf8.h"

namespace wortblick::tags {
namespace {

// Code points of `s`, or nullopt when `s` is not valid UTF-8 or holds a control character.
struct Scan {
  bool valid_utf8 = true;
  bool has_control = false;
  std::size_t code_points = 0;
};

Scan scan(std::string_view s) {
  Scan out;
  for (std::size_t i = 0; i < s.size();) {
    const text::Decoded d = text::decode_utf8(s, i);
    if (!d.valid) {
      out.valid_utf8 = false;
      return out;
    }
    const char32_t cp = d.cp;
    if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0) || cp == 0x2028 || cp == 0x2029) out.has_control = true;
    ++out.code_points;
    i += d.length;
  }
  return out;
}

std::string_view trim(std::string_view s) {
  // U+00A0 (C2 A0) counts as space: it sneaks in from pasted text and is invisible in a chip.
  for (;;) {
    if (!s.empty() && (s.front() == ' ' || (s.front() >= '\t' && s.front() <= '\r'))) {
      s.remove_prefix(1);
    } else if (s.size() >= 2 && s[0] == '\xc2' && s[1] == '\xa0') {
      s.remove_prefix(2);
    } else {
      break;
    }
  }
  for (;;) {
    if (!s.empty() && (s.back() == ' ' || (s.back() >= '\t' && s.back() <= '\r'))) {
      s.remove_suffix(1);
    } else if (s.size() >= 2 && s[s.size() - 2] == '\xc2' && s.back() == '\xa0') {
      s.remove_suffix(2);
    } else {
      break;
    }
  }
  return s;
}

CheckedText check_text(std::string_view raw, std::size_t max_code_points, std::string_view what) {
  const auto t = trim(raw);
  const auto s = scan(t);
  if (!s.valid_utf8) return {{}, std::string(what) + " is not valid UTF-8"};
  if (t.empty()) return {{}, std::string(what) + " is empty"};
  if (s.code_points > max_code_points) {
    return {{}, std::string(what) + " is longer than " + std::to_string(max_code_points) + " characters"};
  }
  if (s.has_control) return {{}, std::string(what) + " contains a control character"};
  return {std::string(t), {}};
}

bool is_hex(char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }

}  // namespace

CheckedText check_name(std::string_view raw) { return check_text(raw, limits::kNameCodePoints, "name"); }

CheckedText check_word(std::string_view raw) { return check_text(raw, limits::kWordCodePoints, "word"); }

std::string check_article_id(std::string_view id) {
  if (id.empty()) return "article id is empty";
  if (id.size() > limits::kArticleIdBytes) {
    return "article id is longer than " + std::to_string(limits::kArticleIdBytes) + " bytes";
  }
  const auto s = scan(id);
  if (!s.valid_utf8) return "article id is not valid UTF-8";
  if (s.has_control) return "article id contains a control character";
  return {};
}

CheckedText check_color(std::string_view raw) {
  bool ok = raw.size() == 7 && raw[0] == '#';
  for (std::size_t i = 1; ok && i < raw.size(); ++i) ok = is_hex(raw[i]);
  if (!ok) return {{}, "color must look like \"#rrggbb\", got " + in_quotes(raw)};
  std::string out(raw);
  for (auto& c : out) {
    if (c >= 'A' && c <= 'F') c = static_cast<char>(c - 'A' + 'a');
  }
  return {out, {}};
}

std::string name_key(std::string_view name) {
  name = trim(name);
  std::string out;
  out.reserve(name.size());
  for (std::size_t i = 0; i < name.size();) {
    const text::Decoded d = text::decode_utf8(name, i);
    // Names are checked before they get here; a stray byte still compares as itself.
    if (d.valid) text::append_utf8(text::to_lower(d.cp), out);
    else out.push_back(name[i]);
    i += d.length;
  }
  return out;
}

std::string in_quotes(std::string_view s) {
  // Cut at a code point boundary so the message stays valid UTF-8 when `s` is.
  std::size_t cut = 0;
  std::size_t points = 0;
  while (cut < s.size() && points < 40) {
    ++cut;
    while (cut < s.size() && (static_cast<unsigned char>(s[cut]) & 0xc0) == 0x80) ++cut;
    ++points;
  }
  std::string out = "\"";
  out.append(s.substr(0, cut));
  if (cut < s.size()) out += "…";
  out += '"';
  return out;
}

}  // namespace wortblick::tags
