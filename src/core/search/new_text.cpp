// Telling a dropped or picked file's kind by its name.
#include "core/search/new_text.h"

namespace wortblick::search {

TextFormat format_of_file(std::string_view name) {
  const auto dot = name.rfind('.');
  if (dot == std::string_view::npos) return TextFormat::Text;
  std::string ext;
  for (const char c : name.substr(dot + 1)) ext += c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
  return ext == "html" || ext == "htm" || ext == "xhtml" ? TextFormat::HtmlFile : TextFormat::Text;
}

}  // namespace wortblick::search
