// The views: each reads the model and queues actions; none changes the model itself.
#pragma once

#include "app/actions.h"
#include "app/model.h"

namespace wortblick::app {

void toolbar_view(const Model& model, Actions& actions);
void article_list_view(const Model& model, Actions& actions);
void reader_view(const Model& model, Actions& actions);
void status_bar_view(const Model& model);

}  // namespace wortblick::app
