// The tokenizer's scanner: character classes, URL/e-mail recognition, word and number runs.
#include "core/text/tokenizer.h"

#include <array>
#include <cassert>

#include "core/text/unicode.h"

#include "core/text/utf8.h"

namespace wortblick::text {
namespace {

enum class Cls : std::uint8_t { Sep, Letter, Digit, Mark, Apostrophe, Hyphen };

constexpr std::array<Cls, 128> make_ascii_classes() {
  std::array<Cls, 128> t{};
  for (auto& c : t) c = Cls::Sep;
  for (int c = 'a'; c <= 'z'; ++c) t[c] = Cls::Letter;
  for (int c = 'A'; c <= 'Z'; ++c) t[c] = Cls::Letter;
  for (int c = '0'; c <= '9'; ++c) t[c] = Cls::Digit;
  t['\''] = Cls::Apostrophe;
  t['-'] = Cls::Hyphen;
  return t;
}
constexpr auto ascii_classes = make_ascii_classes();

Cls classify(char32_t cp) {
  if (cp < 0x80) return ascii_classes[cp];
  switch (cp) {
    case U'\u2019': case U'\u2018': case U'\u02BC': return Cls::Apostrophe;
    case U'\u2010': case U'\u2011': return Cls::Hyphen;
    // Invisible joiners live inside words; as marks they continue a word but never start one.
    case U'\u00AD': case U'\u200B': case U'\u200C': case U'\u200D': case U'\u2060': return Cls::Mark;
    default: break;
  }
  switch (category(cp)) {
    case Category::Lu: case Category::Ll: case Category::Lt: case Category::Lm: case Category::Lo:
    case Category::Nl: case Category::No:
      return Cls::Letter;
    case Category::Mn: case Category::Mc: case Category::Me:
      return Cls::Mark;
    case Category::Nd:
      return Cls::Digit;
    default:
      return Cls::Sep;
  }
}

struct CharAt {
  Cls cls = Cls::Sep;
  std::size_t length = 1;
};

CharAt char_at(std::string_view s, std::size_t i) {
  const auto b = static_cast<unsigned char>(s[i]);
  if (b < 0x80) return {ascii_classes[b], 1};
  const Decoded d = decode_utf8(s, i);
  return {d.valid ? classify(d.cp) : Cls::Sep, d.length};
}

constexpr bool is_alnum(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

// Bytes of a host label or an e-mail's local part, as a table: every word is tried as a URL.
constexpr std::array<bool, 256> make_url_chars() {
  std::array<bool, 256> t{};
  for (int c = 0; c < 256; ++c) t[c] = is_alnum(static_cast<char>(c));
  t['-'] = t['_'] = t['+'] = t['%'] = true;
  return t;
}
constexpr auto url_chars = make_url_chars();

bool starts_with_ci(std::string_view s, std::size_t i, std::string_view prefix) {
  if (s.size() - i < prefix.size()) return false;
  for (std::size_t k = 0; k < prefix.size(); ++k) {
    char c = s[i + k];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + ('a' - 'A'));
    if (c != prefix[k]) return false;
  }
  return true;
}

// Top-level domains common enough in German news that "name.tld" is read as a host name;
// a closed list keeps "verkauft.Das" (a missing space) from becoming a URL.
bool is_common_tld(std::string_view tld) {
  static constexpr std::string_view tlds[] = {
      "com", "de", "org", "net", "at", "ch", "eu", "io", "info", "biz", "uk", "fr", "it",
      "nl", "es", "be", "pl", "ru", "us", "tv", "me", "app", "dev", "gov", "edu", "online",
      "shop", "berlin", "li", "lu", "dk", "se", "no", "fi", "cz", "jp", "cn", "news"};
  for (auto t : tlds)
    if (t == tld) return true;
  return false;
}

// End of a host name "label(.label)+" starting at p, or 0 when there is none.
std::size_t match_host(std::string_view s, std::size_t p, bool any_tld) {
  std::size_t q = p;
  std::size_t labels = 0;
  std::size_t last_start = p;
  while (true) {
    const std::size_t ls = q;
    while (q < s.size() && (is_alnum(s[q]) || s[q] == '-')) ++q;
    if (q == ls) return 0;
    ++labels;
    last_start = ls;
    if (q + 1 < s.size() && s[q] == '.' && is_alnum(s[q + 1])) {
      ++q;
      continue;
    }
    break;
  }
  if (labels < 2) return 0;
  const auto tld = s.substr(last_start, q - last_start);
  for (char c : tld)
    if (!(c >= 'a' && c <= 'z')) return 0;
  if (!(any_tld ? tld.size() >= 2 : is_common_tld(tld))) return 0;
  // "Booking.comfort" or "Booking.comé" is no host name.
  if (q < s.size() && char_at(s, q).cls != Cls::Sep && s[q] != '/' && s[q] != '-') return 0;
  return q;
}

bool ends_url(std::string_view s, std::size_t i) {
  const auto b = static_cast<unsigned char>(s[i]);
  if (b <= ' ' || b == '<' || b == '>' || b == '"') return true;
  if (b < 0x80) return false;
  const Decoded d = decode_utf8(s, i);
  if (!d.valid) return true;
  switch (d.cp) {
    case U'„': case U'“': case U'”': case U'«': case U'»': case U'‚': case U'‘': case U'’':
    case U'\u00A0': case U'\u2009': case U'\u202F': case U'–': case U'—':
      return true;
    default:
      return false;
  }
}

// The end of a URL whose first byte is at p: up to white space or a quote, without the
// sentence punctuation that usually follows a URL in running text.
std::size_t url_end(std::string_view s, std::size_t p) {
  std::size_t q = p;
  while (q < s.size() && !ends_url(s, q)) ++q;
  while (q > p && std::string_view(".,;:!?)]}'").find(s[q - 1]) != std::string_view::npos) --q;
  return q;
}

// A URL or e-mail address starting at i (an ASCII letter or digit, or "//"), or 0.
std::size_t match_url(std::string_view s, std::size_t i) {
  if (s[i] == '/') {
    const std::size_t host = match_host(s, i + 2, /*any_tld=*/true);
    return host ? url_end(s, i) : 0;
  }
  const char first = static_cast<char>(s[i] | 0x20);  // ASCII letters to lower case
  if (first == 'h' || first == 'f') {
    if (starts_with_ci(s, i, "https://") || starts_with_ci(s, i, "http://") || starts_with_ci(s, i, "ftp://"))
      return url_end(s, i);
  }
  if (first == 'w' && starts_with_ci(s, i, "www.") && i + 4 < s.size() && is_alnum(s[i + 4])) return url_end(s, i);
  // Cheap exit for ordinary words: a host or e-mail needs '.' or '@' right after ASCII.
  std::size_t j = i;
  bool dot = false;
  while (true) {
    while (j < s.size() && url_chars[static_cast<unsigned char>(s[j])]) ++j;
    if (j + 1 < s.size() && s[j] == '.' && is_alnum(s[j + 1])) {
      dot = true;
      ++j;
      continue;
    }
    break;
  }
  if (j < s.size() && s[j] == '@') return match_host(s, j + 1, /*any_tld=*/true);
  if (!dot) return 0;
  const std::size_t host = match_host(s, i, /*any_tld=*/false);
  if (!host) return 0;
  return host < s.size() && s[host] == '/' ? url_end(s, host) : host;
}

struct Part {
  std::uint32_t start;
  std::uint32_t end;
  bool has_letter;
};

}  // namespace

void scan_spans(std::string_view text, std::vector<Span>& out, std::uint32_t last_position) {
  assert(text.size() < 0xFFFFFFFFu);
  std::uint32_t position = 0;
  std::vector<Part> parts;
  std::size_t i = 0;
  const std::size_t n = text.size();
  while (i < n && position <= last_position) {
    const char b = text[i];
    if (b == '/' && i + 1 < n && text[i + 1] == '/') {
      if (const std::size_t e = match_url(text, i)) {
        out.push_back({static_cast<std::uint32_t>(i), static_cast<std::uint32_t>(e), position++, 1, TokenKind::Url, false});
        i = e;
        continue;
      }
    }
    const CharAt first = char_at(text, i);
    if (first.cls != Cls::Letter && first.cls != Cls::Digit) {
      i += first.length;
      continue;
    }
    if (is_alnum(b)) {
      if (const std::size_t e = match_url(text, i)) {
        out.push_back({static_cast<std::uint32_t>(i), static_cast<std::uint32_t>(e), position++, 1, TokenKind::Url, false});
        i = e;
        continue;
      }
    }
    parts.clear();
    std::size_t part_start = i;
    bool has_letter = false;
    Cls last = Cls::Sep;
    std::size_t j = i;
    while (true) {
      while (j < n) {
        // ASCII letters and digits, the bulk of German text, without the general classifier.
        const auto byte = static_cast<unsigned char>(text[j]);
        if (byte < 0x80) {
          const Cls a = ascii_classes[byte];
          if (a != Cls::Letter && a != Cls::Digit) break;
          has_letter = has_letter || a == Cls::Letter;
          last = a;
          ++j;
          continue;
        }
        const CharAt c = char_at(text, j);
        if (c.cls != Cls::Letter && c.cls != Cls::Digit && c.cls != Cls::Mark) break;
        if (c.cls == Cls::Letter) has_letter = true;
        if (c.cls != Cls::Mark) last = c.cls;
        j += c.length;
      }
      if (j >= n) break;
      const CharAt joint = char_at(text, j);
      const std::size_t after = j + joint.length;
      const Cls next = after < n ? char_at(text, after).cls : Cls::Sep;
      if (joint.cls == Cls::Apostrophe && last == Cls::Letter && next == Cls::Letter) {
        j = after;
        continue;
      }
      const char c = text[j];
      if ((c == '.' || c == ',' || c == ':') && !has_letter && last == Cls::Digit && next == Cls::Digit) {
        j = after;
        continue;
      }
      if (joint.cls == Cls::Hyphen && (next == Cls::Letter || next == Cls::Digit)) {
        parts.push_back({static_cast<std::uint32_t>(part_start), static_cast<std::uint32_t>(j), has_letter});
        j = after;
        part_start = j;
        has_letter = false;
        last = Cls::Sep;
        continue;
      }
      break;
    }
    parts.push_back({static_cast<std::uint32_t>(part_start), static_cast<std::uint32_t>(j), has_letter});
    const auto nparts = static_cast<std::uint32_t>(parts.size());
    if (nparts == 1) {
      out.push_back({parts[0].start, parts[0].end, position, 1,
                     parts[0].has_letter ? TokenKind::Word : TokenKind::Number, false});
    } else {
      bool any_letter = false;
      for (const auto& p : parts) any_letter = any_letter || p.has_letter;
      out.push_back({parts.front().start, parts.back().end, position, nparts,
                     any_letter ? TokenKind::Word : TokenKind::Number, false});
      for (std::uint32_t k = 0; k < nparts; ++k) {
        out.push_back({parts[k].start, parts[k].end, position + k, 1,
                       parts[k].has_letter ? TokenKind::Word : TokenKind::Number, true});
      }
    }
    position += nparts;
    i = j;
  }
}

}  // namespace wortblick::text
