// QR codes for sharing a link: a text in, a grid of dark and light modules out (no drawing).
#pragma once

#include <cstdint>
#include <string_view>
#include <variant>
#include <vector>

namespace wortblick::share {

struct QrCode {
  int size = 0;                        // modules per side: 4 * version + 17
  std::vector<std::uint8_t> modules;   // size * size, row-major, 1 = dark

  bool dark(int x, int y) const { return modules[static_cast<std::size_t>(y * size + x)] != 0; }
  int version() const { return (size - 17) / 4; }
};

enum class QrError {
  TextTooLong,  // more than a version-40 code holds at error correction level M
};

using QrResult = std::variant<QrCode, QrError>;

// Encodes UTF-8 text at error correction level M or better (a phone still reads a code that a
// finger or a glare partly covers) in the smallest version that holds it. Never throws.
QrResult encode_qr(std::string_view text);

}  // namespace wortblick::share
