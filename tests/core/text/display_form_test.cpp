// Tests of the display-form rule for groups of spellings.
#include <gtest/gtest.h>

#include <vector>

#include "core/text/display_form.h"

namespace {

using wortblick::text::display_form;
using wortblick::text::SurfaceCount;

TEST(DisplayForm, MostFrequentSpellingWins) {
  const std::vector<SurfaceCount> g = {{"whatsapp", 2, 0}, {"Whatsapp", 5, 1}, {"WhatsApp", 3, 2}};
  EXPECT_EQ(display_form(g), "Whatsapp");
}

TEST(DisplayForm, TiesPreferCapitalisedThenFirstSeen) {
  const std::vector<SurfaceCount> g = {{"whatsapp", 3, 0}, {"WhatsApp", 3, 4}, {"Whatsapp", 3, 2}};
  EXPECT_EQ(display_form(g), "Whatsapp");
  const std::vector<SurfaceCount> umlaut = {{"über", 1, 0}, {"Über", 1, 3}};
  EXPECT_EQ(display_form(umlaut), "Über");
  EXPECT_EQ(display_form({}), "");
}

}  // namespace
