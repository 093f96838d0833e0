// Wraps Debian's qrcodegen (nayuki's QR Code generator) behind a value-returning call.
#include "core/share/qr_code.h"

#include <qrcodegen.hpp>

#include <string>

namespace wortblick::share {
namespace {

// Data codewords of a version-40 code at level M (ISO/IEC 18004, table 7); the library keeps its
// own table private. The test pins it: 2331 bytes must fit and 2332 must not.
constexpr int kMaxDataBits = 2334 * 8;
// The most characters any mode fits (digits, at 5596); a longer text is refused before the
// library spends memory on its bits.
constexpr std::size_t kMaxCharacters = 5596;

}  // namespace

QrResult encode_qr(std::string_view text) {
  using qrcodegen::QrSegment;
  // The library reports a text that does not fit by throwing, and the browser build cannot catch
  // exceptions (emscripten's default): the size is checked here, so the throw is never reached.
  if (text.size() > kMaxCharacters) return QrError::TextTooLong;
  std::vector<QrSegment> segments;
  if (text.find('\0') == std::string_view::npos) {
    // Digits and upper-case runs take the denser modes; the rest is bytes.
    segments = QrSegment::makeSegments(std::string(text).c_str());
  } else {
    segments.push_back(QrSegment::makeBytes(std::vector<std::uint8_t>(text.begin(), text.end())));
  }
  const int bits = QrSegment::getTotalBits(segments, qrcodegen::QrCode::MAX_VERSION);
  if (bits < 0 || bits > kMaxDataBits) return QrError::TextTooLong;

  // The library raises the level above M where the same version has room for it.
  const auto code = qrcodegen::QrCode::encodeSegments(segments, qrcodegen::QrCode::Ecc::MEDIUM);
  QrCode out;
  out.size = code.getSize();
  out.modules.resize(static_cast<std::size_t>(out.size) * static_cast<std::size_t>(out.size));
  for (int y = 0; y < out.size; ++y) {
    for (int x = 0; x < out.size; ++x) {
      out.modules[static_cast<std::size_t>(y * out.size + x)] = code.getModule(x, y) ? 1 : 0;
    }
  }
  return out;
}

}  // namespace wortblick::share
