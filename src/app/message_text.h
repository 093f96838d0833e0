// Core's messages in the UI's language: German from the app's table, English from core's.
#pragma once

#include <string>

#include "app/strings.h"
#include "core/message/message.h"

namespace wortblick::app {

std::string message_text(const Message& m, Lang lang);

// Core writes numbers with a decimal point (2.35); German writes a comma (2,35): a point between
// two digits becomes one.
std::string localized_numbers(std::string text, Lang lang);
// A message whose arguments hold such numbers (an explanation's sentence).
std::string message_text_with_numbers(Message m, Lang lang);

// A notice's detail and core message, as the notice shows them.
struct Notice;
std::string notice_detail(const Notice& n, Lang lang);

}  // namespace wortblick::app
