// Unicode Normalization Form C (canonical composition) of valid UTF-8.
#pragma once

#include <string>
#include <string_view>

namespace wortblick::text {

// `utf8` must be valid UTF-8 (clean_text repairs bytes first). Text NFC leaves alone comes back
// byte for byte.
std::string nfc(std::string_view utf8);

}  // namespace wortblick::text
