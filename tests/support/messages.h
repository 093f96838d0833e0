// Core messages in tests: gtest prints a Message as its code and English sentence, and an
// optional one reads as its sentence (or "") in failure output.
#pragma once

#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "core/message/message.h"

namespace wortblick {

// Found by gtest through argument-dependent lookup whenever it prints a Message.
inline void PrintTo(const Message& m, std::ostream* os) {
  *os << "Msg(" << static_cast<int>(m.code) << ") \"" << english(m) << "\"";
}

}  // namespace wortblick

namespace wortblick::testing_support {

// The English sentence of a message that may be absent ("" when it is), for `<<` after an assertion.
inline std::string english_of(const std::optional<Message>& m) { return m ? english(*m) : std::string(); }
inline std::string english_of(const std::vector<Message>& ms) { return english(ms); }

// The code of a message that may be absent (nullopt when it is).
inline std::optional<Msg> code_of(const std::optional<Message>& m) {
  return m ? std::optional<Msg>(m->code) : std::nullopt;
}

// Whether `ms` holds a message with this code.
inline bool has_code(const std::vector<Message>& ms, Msg code) {
  for (const auto& m : ms)
    if (m.code == code) return true;
  return false;
}

}  // namespace wortblick::testing_support
