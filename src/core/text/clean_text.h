// Turning arbitrary bytes into the text core analyses: valid UTF-8 in Unicode NFC.
#pragma once

#include <vector>

#include "core/message/message.h"

#include <cstddef>
#include <string>
#include <string_view>

namespace wortblick::text {

inline constexpr std::size_t no_offset = static_cast<std::size_t>(-1);

struct CleanText {
  std::string text;                      // valid UTF-8, NFC
  std::size_t replaced = 0;              // invalid bytes replaced by U+FFFD
  std::size_t first_replaced = no_offset;  // byte offset of the first one in the input
  bool renormalized = false;             // NFC changed the (repaired) text

  // Whether byte offsets into `text` are also offsets into the input.
  bool same_as_input() const { return replaced == 0 && !renormalized; }
};

// Each invalid byte becomes U+FFFD (so a stray Latin-1 byte costs one replacement, not a
// swallowed neighbour), then the text is composed to NFC (core/text/nfc.h). Valid text whose
// code points NFC can never change (ASCII, Latin-1, common punctuation) is returned as is
// without the NFC pass.
CleanText clean_text(std::string_view bytes);

// What clean_text repaired in the text called `name`, nothing when it repaired nothing.
std::vector<Message> describe_repairs(const CleanText& c, std::string_view name);

}  // namespace wortblick::text
