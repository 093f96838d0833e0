// Wraps Debian's qrcodegen (nayuki's QR Code generator, its C flavour) behind a value-returning call.
#include "core/share/qr_code.h"

#include <qrcodegen.h>

#include <algorithm>
#include <string>
#include <vector>

namespace wortblick::share {
namespace {

// The most characters any mode fits (digits, at 5596); a longer text is refused before the
// library is asked.
constexpr std::size_t kMaxCharacters = 5596;

}  // namespace

// The C flavour reports a text that does not fit by returning false; the C++ one throws, and
// its error message is built with an ostringstream that linked all of iostreams and locales
// into the download (about 55 KB of code).
QrResult encode_qr(std::string_view text) {
  if (text.size() > kMaxCharacters) return QrError::TextTooLong;
  std::vector<std::uint8_t> buffer(qrcodegen_BUFFER_LEN_MAX);
  std::vector<std::uint8_t> code(qrcodegen_BUFFER_LEN_MAX);
  // The library raises the level above M where the same version has room for it (boostEcl).
  bool ok = false;
  if (text.find('\0') == std::string_view::npos) {
    // Digits or upper-case-only texts take the denser modes; the rest is bytes.
    const std::string terminated(text);
    ok = qrcodegen_encodeText(terminated.c_str(), buffer.data(), code.data(), qrcodegen_Ecc_MEDIUM, qrcodegen_VERSION_MIN,
                              qrcodegen_VERSION_MAX, qrcodegen_Mask_AUTO, true);
  } else {
    std::copy(text.begin(), text.end(), buffer.begin());
    ok = qrcodegen_encodeBinary(buffer.data(), text.size(), code.data(), qrcodegen_Ecc_MEDIUM, qrcodegen_VERSION_MIN,
                                qrcodegen_VERSION_MAX, qrcodegen_Mask_AUTO, true);
  }
  if (!ok) return QrError::TextTooLong;
  QrCode out;
  out.size = qrcodegen_getSize(code.data());
  out.modules.resize(static_cast<std::size_t>(out.size) * static_cast<std::size_t>(out.size));
  for (int y = 0; y < out.size; ++y) {
    for (int x = 0; x < out.size; ++x) {
      out.modules[static_cast<std::size_t>(y * out.size + x)] = qrcodegen_getModule(code.data(), x, y) ? 1 : 0;
    }
  }
  return out;
}

}  // namespace wortblick::share
