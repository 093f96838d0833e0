// Charset sniffing (BOM, <meta> prescan) and decoding of windows-1252 / iso-8859-15 pages.
#include "core/html/html_charset.h"

#include <algorithm>
#include <array>
#include <cstdint>

#include "core/text/utf8.h"

namespace wortblick::html {
namespace {

constexpr std::size_t prescan_bytes = 1024;  // HTML5 looks for <meta charset> this far
constexpr std::size_t binary_probe_bytes = 4096;

char lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

std::string lowered(std::string_view s) {
  std::string out(s);
  std::transform(out.begin(), out.end(), out.begin(), lower);
  return out;
}

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

std::string_view trim(std::string_view s) {
  while (!s.empty() && (is_space(s.front()) || s.front() == '"' || s.front() == '\'')) s.remove_prefix(1);
  while (!s.empty() && (is_space(s.back()) || s.back() == '"' || s.back() == '\'')) s.remove_suffix(1);
  return s;
}

// The value after "charset=" in a Content-Type string ("text/html; charset=ISO-8859-1").
std::string charset_from_content(std::string_view content) {
  const std::string low = lowered(content);
  const auto at = low.find("charset");
  if (at == std::string::npos) return {};
  std::size_t i = at + 7;
  while (i < low.size() && is_space(low[i])) ++i;
  if (i >= low.size() || low[i] != '=') return {};
  ++i;
  std::size_t end = i;
  while (end < low.size() && low[end] != ';' && low[end] != ',') ++end;
  return std::string(trim(std::string_view(low).substr(i, end - i)));
}

// Attributes of one tag starting after its name, up to '>' (no entity decoding: charset labels
// are plain ASCII).
std::vector<std::pair<std::string, std::string>> tag_attributes(std::string_view s, std::size_t& i) {
  std::vector<std::pair<std::string, std::string>> attrs;
  while (i < s.size() && s[i] != '>') {
    while (i < s.size() && (is_space(s[i]) || s[i] == '/')) ++i;
    std::size_t name_start = i;
    while (i < s.size() && !is_space(s[i]) && s[i] != '=' && s[i] != '>' && s[i] != '/') ++i;
    std::string name = lowered(s.substr(name_start, i - name_start));
    while (i < s.size() && is_space(s[i])) ++i;
    std::string value;
    if (i < s.size() && s[i] == '=') {
      ++i;
      while (i < s.size() && is_space(s[i])) ++i;
      if (i < s.size() && (s[i] == '"' || s[i] == '\'')) {
        const char quote = s[i++];
        const std::size_t v = i;
        while (i < s.size() && s[i] != quote) ++i;
        value = std::string(s.substr(v, i - v));
        if (i < s.size()) ++i;
      } else {
        const std::size_t v = i;
        while (i < s.size() && !is_space(s[i]) && s[i] != '>') ++i;
        value = std::string(s.substr(v, i - v));
      }
    }
    if (name.empty()) {
      if (i < s.size() && s[i] != '>') ++i;  // a stray character: skip it, never loop
      continue;
    }
    attrs.emplace_back(std::move(name), std::move(value));
  }
  return attrs;
}

enum class Charset { Utf8, Windows1252, Iso885915, Unknown };

Charset charset_of_label(std::string_view label) {
  // The WHATWG Encoding Standard's labels for these three encodings.
  static constexpr std::array<std::string_view, 4> utf8 = {"utf-8", "utf8", "unicode-1-1-utf-8", "x-unicode20utf8"};
  static constexpr std::array<std::string_view, 17> w1252 = {
      "windows-1252", "cp1252", "x-cp1252", "iso-8859-1", "iso8859-1", "iso_8859-1", "iso88591", "latin1",
      "l1", "ascii", "us-ascii", "iso-ir-100", "ibm819", "cp819", "csisolatin1", "iso_8859-1:1987", "ansi_x3.4-1968"};
  static constexpr std::array<std::string_view, 8> l9 = {"iso-8859-15", "iso8859-15", "iso_8859-15", "iso885915",
                                                         "latin-9", "l9", "csisolatin9", "latin9"};
  if (std::find(utf8.begin(), utf8.end(), label) != utf8.end()) return Charset::Utf8;
  if (std::find(w1252.begin(), w1252.end(), label) != w1252.end()) return Charset::Windows1252;
  if (std::find(l9.begin(), l9.end(), label) != l9.end()) return Charset::Iso885915;
  return Charset::Unknown;
}

// Bytes 0x80-0x9F of windows-1252; the five it leaves undefined stay C1 controls (WHATWG).
constexpr std::array<char16_t, 32> w1252_high = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};

char32_t iso885915(unsigned char b) {
  switch (b) {
    case 0xA4: return 0x20AC;
    case 0xA6: return 0x0160;
    case 0xA8: return 0x0161;
    case 0xB4: return 0x017D;
    case 0xB8: return 0x017E;
    case 0xBC: return 0x0152;
    case 0xBD: return 0x0153;
    case 0xBE: return 0x0178;
    default: return b;
  }
}

std::string decode_single_byte(std::string_view bytes, Charset cs) {
  std::string out;
  out.reserve(bytes.size() + bytes.size() / 8);
  for (const char ch : bytes) {
    const auto b = static_cast<unsigned char>(ch);
    if (b < 0x80) {
      out += ch;
    } else if (cs == Charset::Iso885915) {
      text::append_utf8(iso885915(b), out);
    } else {
      text::append_utf8(b < 0xA0 ? char32_t(w1252_high[b - 0x80]) : char32_t(b), out);
    }
  }
  return out;
}

struct Utf8Check {
  bool valid = true;
  bool multibyte = false;  // holds at least one valid sequence of 2+ bytes
};

Utf8Check check_utf8(std::string_view s) {
  Utf8Check c;
  for (std::size_t i = 0; i < s.size();) {
    if (static_cast<unsigned char>(s[i]) < 0x80) {
      ++i;
      continue;
    }
    const auto d = text::decode_utf8(s, i);
    if (!d.valid) c.valid = false;
    else c.multibyte = true;
    i += d.length;
  }
  return c;
}

// Why the bytes are not a text file, or empty.
std::string_view binary_signature(std::string_view bytes) {
  struct Sig {
    std::string_view magic, what;
  };
  static constexpr std::array<Sig, 9> sigs = {{{"%PDF", "PDF"},
                                               {"PK\x03\x04", "ZIP"},
                                               {"\x89PNG", "PNG"},
                                               {"GIF8", "GIF"},
                                               {"\xFF\xD8\xFF", "JPEG"},
                                               {"\x7F" "ELF", "ELF"},
                                               {std::string_view("\0asm", 4), "WebAssembly"},
                                               {"\x1F\x8B", "gzip"},
                                               {"Rar!", "RAR"}}};
  for (const auto& s : sigs)
    if (bytes.substr(0, s.magic.size()) == s.magic) return s.what;
  const auto probe = bytes.substr(0, binary_probe_bytes);
  if (probe.find('\0') != std::string_view::npos) return "NUL";
  return {};
}

// A declared label as a message may show it: ASCII only (the bytes are the page's, any
// encoding or none), at most 40 characters.
std::string printable_label(std::string_view label) {
  std::string out;
  for (const char c : label.substr(0, 40)) out += c >= 0x20 && c < 0x7F ? c : '?';
  return out;
}

}  // namespace

std::string declared_charset(std::string_view bytes) {
  if (bytes.substr(0, 3) == "\xEF\xBB\xBF") return "utf-8";
  if (bytes.substr(0, 2) == "\xFF\xFE" || bytes.substr(0, 2) == "\xFE\xFF") return "utf-16";
  const auto head = bytes.substr(0, prescan_bytes);
  const std::string low = lowered(head);
  for (std::size_t at = low.find("<meta"); at != std::string::npos; at = low.find("<meta", at + 5)) {
    std::size_t i = at + 5;
    if (i < low.size() && !is_space(low[i]) && low[i] != '/') continue;  // <metadata> is no meta
    const auto attrs = tag_attributes(head, i);
    std::string http_equiv, content, charset;
    for (const auto& [name, value] : attrs) {
      if (name == "charset" && charset.empty()) charset = lowered(trim(value));
      if (name == "http-equiv") http_equiv = lowered(trim(value));
      if (name == "content") content = value;
    }
    if (!charset.empty()) return charset;
    if (http_equiv == "content-type") {
      if (auto c = charset_from_content(content); !c.empty()) return c;
    }
  }
  return {};
}

std::optional<Message> page_refusal(std::string_view bytes) {
  // The declaration first: a UTF-16 page is full of NUL bytes but is text in a charset we lack.
  const std::string declared = declared_charset(bytes);
  if (!declared.empty() && charset_of_label(declared) == Charset::Unknown)
    return Message{Msg::TextUnknownCharset, {printable_label(declared)}};
  if (const auto what = binary_signature(bytes); what == "NUL") return Message{Msg::TextNulBytes, {}};
  else if (!what.empty()) return Message{Msg::TextBinary, {std::string(what)}};
  return {};
}

DecodedPage decode_page(std::string_view bytes) {
  DecodedPage out;
  out.error = page_refusal(bytes);
  if (out.error) return out;
  const std::string declared = declared_charset(bytes);
  Charset cs = declared.empty() ? Charset::Utf8 : charset_of_label(declared);
  auto body = bytes;
  if (body.substr(0, 3) == "\xEF\xBB\xBF") body.remove_prefix(3);
  const Utf8Check utf8 = check_utf8(body);
  if (cs == Charset::Utf8) {
    if (!utf8.valid && !utf8.multibyte) {
      // Not one valid multi-byte sequence but invalid bytes: Latin-1 text, labelled or not.
      if (!declared.empty()) out.warnings.push_back({Msg::TextCharsetNotUtf8, {}});
      cs = Charset::Windows1252;
    }
  } else if (utf8.valid && utf8.multibyte) {
    // Valid multi-byte UTF-8 is vanishingly unlikely in real Latin-1 text: the label is wrong.
    out.warnings.push_back({Msg::TextCharsetIsUtf8, {printable_label(declared)}});
    cs = Charset::Utf8;
  }
  if (cs == Charset::Utf8) {
    out.charset = "utf-8";
    out.text = std::string(body);
  } else {
    out.charset = cs == Charset::Iso885915 ? "iso-8859-15" : "windows-1252";
    out.text = decode_single_byte(body, cs);
  }
  return out;
}

}  // namespace wortblick::html
