// Reading a saved web page's bytes as UTF-8: the charset it declares, checked against its bytes.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/message/message.h"

namespace wortblick::html {

struct DecodedPage {
  std::string text;                   // UTF-8 (may still hold invalid bytes when the page does)
  std::string charset;                // what was used: "utf-8" or "windows-1252"
  std::vector<Message> warnings;      // the declared charset was overruled, and why
  std::optional<Message> error;       // the page cannot be read; `text` is empty then
};

// The charset a page declares: a BOM, else the first <meta charset> or <meta http-equiv
// content="…charset=…"> in its first 1024 bytes (the HTML5 prescan's window), lower-cased;
// empty when it declares none.
std::string declared_charset(std::string_view bytes);

// Decodes a page file. UTF-8 and the labels WHATWG maps to windows-1252 (iso-8859-1, latin1,
// us-ascii, …) are read; iso-8859-15 too. Any other declared charset, and bytes that are not text
// (NUL bytes, binary file signatures), are refused with a message. Pages without a declaration
// are UTF-8 when their bytes are, else windows-1252. A declaration that the bytes contradict
// (labelled UTF-8 but invalid, labelled Latin-1 but valid multi-byte UTF-8) is overruled with a
// warning: a mislabelled page is common and its text is still wanted.
DecodedPage decode_page(std::string_view bytes);

// The error decode_page would give, found without decoding (a quick check before queuing).
// Its arguments are what page_refusal found (a charset or a file kind); callers put the
// text's number and name in front.
std::optional<Message> page_refusal(std::string_view bytes);

}  // namespace wortblick::html
