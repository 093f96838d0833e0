// UTF-8 repair and NFC composition of input text.
#include "core/text/clean_text.h"

#include "core/text/nfc.h"
#include "core/text/utf8.h"

namespace wortblick::text {
namespace {

// Code points NFC leaves alone wherever they stand: no canonical decomposition, combining
// class 0, and never the second half of a composition. Everything below U+0300 (Latin up to the
// combining diacritics) qualifies, and so do the punctuation and currency signs of news text
// („ “ – … €), except U+2000/U+2001, which NFC maps to U+2002/U+2003.
bool stable_in_nfc(char32_t cp) {
  return cp < 0x300 || (cp >= 0x2002 && cp <= 0x206F) || (cp >= 0x20A0 && cp <= 0x20CF);
}

// Whether `s` is valid UTF-8 made only of such code points, i.e. already clean.
bool already_clean(std::string_view s) {
  for (std::size_t i = 0; i < s.size();) {
    if (static_cast<unsigned char>(s[i]) < 0x80) {
      ++i;
      continue;
    }
    const Decoded d = decode_utf8(s, i);
    if (!d.valid || !stable_in_nfc(d.cp)) return false;
    i += d.length;
  }
  return true;
}

}  // namespace

CleanText clean_text(std::string_view bytes) {
  CleanText out;
  // Most German text is clean already; the NFC pass would cost more than everything else.
  if (already_clean(bytes)) {
    out.text = std::string(bytes);
    return out;
  }
  std::string valid;
  valid.reserve(bytes.size());
  for (std::size_t i = 0; i < bytes.size();) {
    const Decoded d = decode_utf8(bytes, i);
    if (d.valid) {
      valid.append(bytes.substr(i, d.length));
    } else {
      if (out.replaced == 0) out.first_replaced = i;
      ++out.replaced;
      append_utf8(0xFFFD, valid);
    }
    i += d.length;
  }
  std::string composed = nfc(valid);
  out.renormalized = composed != valid;
  out.text = std::move(composed);
  return out;
}

std::vector<Message> describe_repairs(const CleanText& c, std::string_view name) {
  std::vector<Message> out;
  if (c.replaced > 0) {
    out.push_back({Msg::TextRepairedBytes, {std::string(name), std::to_string(c.replaced), std::to_string(c.first_replaced)}});
  }
  if (c.renormalized) out.push_back({Msg::TextRenormalized, {std::string(name)}});
  return out;
}

}  // namespace wortblick::text
