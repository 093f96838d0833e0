// Colored tag chips: the one widget every view uses to show a tag.
#pragma once

#include <string>
#include <string_view>

namespace wortblick::app {

// "#rrggbb" -> packed ImU32 color; grey for anything else.
unsigned int color_from_hex(std::string_view hex);

// A rounded chip with the tag's name, text in black or white for contrast. `selected` draws a
// ring (active filters). Returns true when clicked.
bool tag_chip(std::string_view name, std::string_view color, bool selected = false, std::string_view suffix = {});

// A field for a new tag's name inside a popup: focused when the popup opens; returns the name
// when Enter is pressed (and closes the popup), else an empty string.
std::string new_tag_field(const char* hint, std::string& buffer);

}  // namespace wortblick::app
