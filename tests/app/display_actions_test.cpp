// Display actions: zoom steps, clamps and projector mode.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "app/actions.h"
#include "app/model.h"
#include "core/workspace.h"

namespace {

using namespace wortblick;

TEST(DisplayActions, ZoomIsClampedAndRoundsToTenths) {
  auto model = app::make_model(Session());
  for (int i = 0; i < 40; ++i) app::apply(model, app::ZoomIn{});
  EXPECT_FLOAT_EQ(model.display.ui_scale, app::Display::kMaxScale);
  for (int i = 0; i < 40; ++i) app::apply(model, app::ZoomOut{});
  EXPECT_FLOAT_EQ(model.display.ui_scale, app::Display::kMinScale);
  app::apply(model, app::SetUiScale{std::numeric_limits<float>::quiet_NaN()});
  EXPECT_FLOAT_EQ(model.display.ui_scale, 1.0f);
  app::apply(model, app::ToggleProjector{});
  EXPECT_FLOAT_EQ(model.display.font_size(), app::Display::kBaseFontSize * 1.5f);
}

}  // namespace
