// A text handed in for this session (a dropped file, pasted text, an addTexts call).
#pragma once

#include <string>
#include <string_view>

namespace wortblick::search {

enum class TextFormat {
  Text,        // plain text, any bytes (repaired to UTF-8)
  HtmlFile,    // a saved web page's bytes, in the charset the page declares
  HtmlString,  // web page markup already decoded to UTF-8 (a JavaScript string): its <meta charset> is moot
};

struct NewText {
  std::string name;  // a file name; made unique ("name-2.txt") when taken
  std::string bytes;
  TextFormat format = TextFormat::Text;
};

// .html and .htm files (any case) are web pages; everything else is read as text.
TextFormat format_of_file(std::string_view name);

}  // namespace wortblick::search
