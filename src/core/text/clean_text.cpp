// UTF-8 repair and NFC composition of input text.
#include "core/text/clean_text.h"

#include <cstdlib>

#include <utf8proc.h>

#include "core/text/utf8.h"

namespace wortblick::text {
namespace {

bool is_ascii(std::string_view s) {
  for (unsigned char c : s)
    if (c >= 0x80) return false;
  return true;
}

}  // namespace

CleanText clean_text(std::string_view bytes) {
  CleanText out;
  if (is_ascii(bytes)) {
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
  utf8proc_uint8_t* composed = nullptr;
  const auto n = utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(valid.data()),
                              static_cast<utf8proc_ssize_t>(valid.size()), &composed,
                              static_cast<utf8proc_option_t>(UTF8PROC_STABLE | UTF8PROC_COMPOSE));
  if (n >= 0 && composed) {
    std::string_view nfc(reinterpret_cast<const char*>(composed), static_cast<std::size_t>(n));
    out.renormalized = nfc != valid;
    out.text = out.renormalized ? std::string(nfc) : std::move(valid);
  } else {
    // utf8proc only fails on invalid input or allocation failure; the repaired text is still usable.
    out.text = std::move(valid);
  }
  std::free(composed);
  return out;
}

std::string describe_repairs(const CleanText& c) {
  std::string msg;
  if (c.replaced > 0) {
    msg = std::to_string(c.replaced) + " invalid UTF-8 byte(s) replaced by U+FFFD, first at byte " +
          std::to_string(c.first_replaced);
  }
  if (c.renormalized) {
    if (!msg.empty()) msg += "; ";
    msg += "normalized to NFC (offsets refer to the normalized text)";
  }
  return msg;
}

}  // namespace wortblick::text
