// Texts the user adds for a session: through the same cleaning, segmentation and indexing as the seeds.
#pragma once

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/workspace.h"

namespace wortblick::search {

inline constexpr std::size_t max_text_bytes = 20u * 1024 * 1024;

struct NewText {
  std::string name;  // a file name; made unique ("name-2.txt") when taken
  std::string bytes;
};

struct AddTextsResult {
  std::vector<std::string> ids;       // the new sources' names, one per text, in order
  std::vector<std::string> articles;  // ids of the articles found in them
  std::vector<std::string> warnings;  // repaired bytes, texts without articles, renamed texts
  std::string error;                  // nothing was added when set
};

// Adds every text or, when one is refused (over max_text_bytes), none. `index_now` false
// leaves indexing to index_step (for UIs that spread it over frames).
AddTextsResult add_texts(Workspace& w, std::span<const NewText> texts, bool index_now = true);

// Removes an added text (by the id add_texts returned) and its articles. Embedded seeds and
// unknown ids are refused with a message; empty string on success.
std::string remove_text(Workspace& w, std::string_view id);

}  // namespace wortblick::search
