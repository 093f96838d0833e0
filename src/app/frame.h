// One UI frame: every view draws from the model, then the queued actions are applied.
#pragma once

#include "app/model.h"

namespace wortblick::app {

// Call between ImGui::NewFrame() and ImGui::Render().
void draw_frame(Model& model);

}  // namespace wortblick::app
