// Tests of the embedded German stop list and of user edits.
#include <gtest/gtest.h>

#include <set>
#include <string>

#include "core/text/fold.h"
#include "core/text/stopword_files.h"
#include "core/text/stopwords.h"
#include "core/text/text_pipeline.h"

namespace {

using wortblick::text::Stopwords;

TEST(StopList, EmbeddedFileHasNoObviousErrors) {
  std::string_view bytes;
  for (const auto& f : wortblick::generated::stopword_files())
    if (f.name == "german.txt") bytes = f.bytes;
  ASSERT_FALSE(bytes.empty());
  std::set<std::string> seen;
  std::size_t pos = 0;
  while (pos < bytes.size()) {
    auto nl = bytes.find('\n', pos);
    if (nl == std::string_view::npos) nl = bytes.size();
    const std::string word(bytes.substr(pos, nl - pos));
    pos = nl + 1;
    if (word.empty()) continue;
    EXPECT_EQ(word.find_first_of(" \t\r|"), std::string::npos) << word;
    for (unsigned char c : word) EXPECT_FALSE(c >= 'A' && c <= 'Z') << word;
    EXPECT_TRUE(seen.insert(word).second) << "duplicate " << word;
  }
  EXPECT_GT(seen.size(), 200u);
  for (const char* w : {"und", "der", "die", "das", "für", "nicht"}) EXPECT_TRUE(seen.count(w)) << w;
  for (const char* w : {"amazon", "nutzer", "whatsapp", "unternehmen", "daten"}) EXPECT_FALSE(seen.count(w)) << w;
}

TEST(StopList, MatchesByKey) {
  const auto s = Stopwords::german();
  EXPECT_TRUE(s.contains("für"));
  EXPECT_TRUE(s.contains("fuer"));
  EXPECT_TRUE(s.contains("Und"));
  EXPECT_TRUE(s.contains_key("fuer"));
  EXPECT_FALSE(s.contains("Amazon"));
  EXPECT_FALSE(s.contains(""));
}

TEST(StopList, UserAdditionsAndRemovals) {
  auto s = Stopwords::german();
  const auto before = s.size();
  s.add("Amazon");
  EXPECT_TRUE(s.contains("amazon"));
  s.remove("über");
  EXPECT_FALSE(s.contains("ueber"));
  EXPECT_EQ(s.size(), before);
  s.remove("not-there");
  EXPECT_EQ(s.size(), before);
  EXPECT_NE(s, Stopwords::german());
}

TEST(StopList, ParseSnowballFormatWithComments) {
  const auto s = Stopwords::parse("aber  | but\n\n | only a comment\nÜber\n");
  EXPECT_EQ(s.size(), 2u);
  EXPECT_TRUE(s.contains("ueber"));
}

TEST(StopList, PipelineFollowsEdits) {
  wortblick::text::TextPipeline p;
  EXPECT_FALSE(p.tokenize("Amazon")[0].stopword);
  auto s = p.stopwords();
  s.add("amazon");
  p.set_stopwords(s);
  EXPECT_TRUE(p.tokenize("Amazon")[0].stopword);
}

}  // namespace
