// A tag scanner just precise enough to count nesting: comments, raw-text elements and quoted attributes.
#include "core/html/nesting_guard.h"

#include <algorithm>
#include <array>

namespace wortblick::html {
namespace {

char lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }
bool alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool name_char(char c) { return alpha(c) || (c >= '0' && c <= '9') || c == '-' || c == ':'; }

// Elements that never hold children, or whose end tag pages routinely leave out (the parser
// closes them itself, so they do not deepen the tree).
bool flat_element(std::string_view name) {
  static constexpr std::array<std::string_view, 27> names = {
      "area", "base", "br",  "col", "embed", "hr",     "img",   "input",  "link",
      "meta", "param", "source", "track", "wbr", "keygen", "p",   "li",     "dt",
      "dd",   "option", "tr", "td",  "th",    "tbody",  "thead", "tfoot", "!doctype"};
  return std::find(names.begin(), names.end(), name) != names.end();
}

// Elements whose content is raw text up to their end tag: no tags inside count.
bool raw_text(std::string_view name) {
  return name == "script" || name == "style" || name == "textarea" || name == "title" || name == "xmp" ||
         name == "iframe" || name == "noembed" || name == "noframes" || name == "plaintext";
}

// The end of the tag that starts at `i` ('<'), past its '>', minding quoted attribute values.
std::size_t tag_end(std::string_view s, std::size_t i) {
  char quote = 0;
  for (std::size_t k = i + 1; k < s.size(); ++k) {
    const char c = s[k];
    if (quote) {
      if (c == quote) quote = 0;
    } else if (c == '"' || c == '\'') {
      // Only a quote that opens an attribute value counts ("=" before it); a stray one would
      // otherwise swallow the rest of the page.
      std::size_t b = k;
      while (b > i && (s[b - 1] == ' ' || s[b - 1] == '\t' || s[b - 1] == '\n')) --b;
      if (b > i && s[b - 1] == '=') quote = c;
    } else if (c == '>') {
      return k + 1;
    }
  }
  return s.size();
}

}  // namespace

Flattened flatten_deep_nesting(std::string_view html, std::size_t max_depth) {
  Flattened out;
  std::size_t depth = 0;
  std::size_t copied = 0;  // html[copied, …) is not yet in out.html
  std::size_t i = 0;
  while ((i = html.find('<', i)) != std::string_view::npos) {
    if (html.compare(i, 4, "<!--") == 0) {
      const auto end = html.find("-->", i + 4);
      i = end == std::string_view::npos ? html.size() : end + 3;
      continue;
    }
    const bool closing = i + 1 < html.size() && html[i + 1] == '/';
    const std::size_t n = i + (closing ? 2 : 1);
    if (n >= html.size() || !(alpha(html[n]) || (!closing && html[n] == '!'))) {
      ++i;
      continue;
    }
    std::size_t e = n;
    std::string name;
    while (e < html.size() && (name_char(html[e]) || (e == n && html[e] == '!'))) name += lower(html[e++]);
    const std::size_t end = tag_end(html, i);
    if (closing) {
      if (!flat_element(name) && depth > 0) --depth;
    } else if (raw_text(name)) {
      const std::string close = "</" + name;
      std::size_t k = end;
      while (k < html.size()) {
        k = html.find("</", k);
        if (k == std::string_view::npos) break;
        std::size_t m = 0;
        while (m < close.size() && k + m < html.size() && lower(html[k + m]) == close[m]) ++m;
        if (m == close.size()) break;
        k += 2;
      }
      i = k == std::string_view::npos ? html.size() : k;
      continue;
    } else if (!flat_element(name) && html[end - 2] != '/') {
      if (depth >= max_depth) {
        out.html.append(html.substr(copied, i - copied));
        copied = end;
        ++out.removed;
      } else {
        ++depth;
      }
    }
    i = end;
  }
  if (out.removed) out.html.append(html.substr(copied));
  return out;
}

}  // namespace wortblick::html
