// Handlers of the share panel's actions and of what the platform tells about the page.
#include "app/actions.h"

namespace wortblick::app {

void apply_action(Model& m, const ShowShare& a) { m.show_share = a.show; }
void apply_action(Model& m, const SetPageUrl& a) {
  // The fragment is what the user sees, and the share link puts the current one there.
  m.page_url = a.url.substr(0, a.url.find('#'));
  m.page_copy_available = a.copy_available;
}
void apply_action(Model& m, const SavePageCopy&) {
  if (m.page_copy_available) m.page_copy_requested = true;
}
void apply_action(Model& m, const PageCopySaved&) { m.page_copy_requested = false; }

}  // namespace wortblick::app
