// Tests of category matching with folding and stemming supplied by the caller.
#include "core/tags/category_matcher.h"

#include <gtest/gtest.h>

namespace {

using namespace wortblick::tags;
using Ids = std::vector<std::string>;

// Stand-ins for the text pipeline: fold ü to ue and lowercase ASCII; "stem" drops a final "s".
std::string fold(std::string_view w) {
  std::string out;
  for (std::size_t i = 0; i < w.size(); ++i) {
    if (w.substr(i, 2) == "ü" || w.substr(i, 2) == "Ü") {
      out += "ue";
      ++i;
    } else {
      out += static_cast<char>(std::tolower(static_cast<unsigned char>(w[i])));
    }
  }
  return out;
}
std::string stem(std::string_view k) {
  return std::string(!k.empty() && k.back() == 's' ? k.substr(0, k.size() - 1) : k);
}

TEST(CategoryMatcher, MatchesByTheCallersKeyAndOnlyStemsStemCategories) {
  TagStore s;
  ASSERT_TRUE(s.set_category("Messenger", Ids{"WhatsApp", "Threema", "Signal"}).ok());
  ASSERT_TRUE(s.set_category("Fahrzeuge", Ids{"Züge", "Auto"}, true).ok());
  ASSERT_TRUE(s.set_category("Apps", Ids{"whatsapp"}).ok());
  const CategoryMatcher m(s, fold, stem);

  EXPECT_EQ(m.match("whatsapp"), (std::vector<std::size_t>{0, 2}));
  EXPECT_EQ(m.match("zuege"), (std::vector<std::size_t>{1}));
  EXPECT_EQ(m.match("autos", "auto"), (std::vector<std::size_t>{1})) << "stem category matches by stem";
  EXPECT_TRUE(m.match("signals", "signal").empty()) << "plain category matches by key only";
  EXPECT_TRUE(m.match("Signal").empty()) << "tokens arrive folded; the matcher does not fold them again";
  EXPECT_TRUE(m.match("telegram").empty());
}

TEST(CategoryMatcher, DefaultsToLowercaseKeysAndNoStemming) {
  TagStore s;
  ASSERT_TRUE(s.set_category("Städte", Ids{"KÖLN", "Berlin"}, true).ok());
  const CategoryMatcher m(s, {});
  EXPECT_EQ(m.match("köln"), (std::vector<std::size_t>{0}));
  EXPECT_TRUE(m.match("berlins", "berlin").empty()) << "no stem function: stem categories match by key";
  EXPECT_EQ(m.match("berlin", "berlin"), (std::vector<std::size_t>{0}));
}

}  // namespace
