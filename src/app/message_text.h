// Core's messages in the UI's language: German from the app's table, English from core's.
#pragma once

#include <string>

#include "app/strings.h"
#include "core/message/message.h"

namespace wortblick::app {

std::string message_text(const Message& m, Lang lang);

// A notice's detail and core message, as the notice shows them.
struct Notice;
std::string notice_detail(const Notice& n, Lang lang);

}  // namespace wortblick::app
