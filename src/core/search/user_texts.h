// Texts the user adds for a session: through the same cleaning, segmentation and indexing as the seeds.
#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/search/new_text.h"
#include "core/workspace.h"

namespace wortblick::search {

inline constexpr std::size_t max_text_bytes = 20u * 1024 * 1024;

struct AddTextsResult {
  std::vector<std::string> ids;       // the new sources' names, one per text, in order
  std::vector<std::string> articles;  // ids of the articles found in them
  std::vector<Message> warnings;      // repaired bytes, texts without articles, renamed texts
  std::optional<Message> error;       // nothing was added when set
};

// Adds every text or, when one is refused (over max_text_bytes), none. `index_now` false
// leaves indexing to index_step (for UIs that spread it over frames).
AddTextsResult add_texts(Workspace& w, std::span<const NewText> texts, bool index_now = true);

// The two halves of add_texts, for callers that spread the work over frames. queue_texts is
// cheap: it refuses the whole batch when a text is too large, else gives each text its unique
// name (ids, renaming warnings) and queues it. intake_step then cleans and segments queued texts
// in order until `budget_ms` has passed (at least one text per call) and reports the articles
// and warnings of the texts it finished; indexing them is left to index_step.
AddTextsResult queue_texts(Workspace& w, std::vector<NewText> texts);
AddTextsResult intake_step(Workspace& w, double budget_ms);

// Queued texts plus articles not yet indexed: 0 when everything added can be searched.
std::size_t pending_work(const Workspace& w);

// Removes an added text (by the id add_texts returned; queued or not) and its articles. Embedded seeds and
// unknown ids are refused with a message; nothing on success.
std::optional<Message> remove_text(Workspace& w, std::string_view id);

}  // namespace wortblick::search
