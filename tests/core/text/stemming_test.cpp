// Tests of stem grouping and the stem cache.
#include <gtest/gtest.h>

#include "core/text/fold.h"
#include "core/text/text_pipeline.h"

namespace {

using wortblick::text::search_key;
using wortblick::text::TextPipeline;

std::string stem(TextPipeline& p, std::string_view word) { return std::string(p.stem_of_key(search_key(word))); }

TEST(Stemming, InflectedFormsShareAStem) {
  TextPipeline p;
  EXPECT_EQ(stem(p, "Nachricht"), stem(p, "Nachrichten"));
  EXPECT_EQ(stem(p, "Unternehmen"), stem(p, "Unternehmens"));
  EXPECT_EQ(stem(p, "Telefonnummer"), stem(p, "Telefonnummern"));
  EXPECT_EQ(stem(p, "Vertrag"), stem(p, "Verträge"));
  EXPECT_NE(stem(p, "Nachricht"), stem(p, "Unternehmen"));
}

TEST(Stemming, UmlautSpellingsShareAStem) {
  TextPipeline p;
  EXPECT_EQ(stem(p, "Marktführer"), stem(p, "Marktfuehrer"));
  EXPECT_EQ(stem(p, "Verträge"), stem(p, "Vertraege"));
  EXPECT_EQ(stem(p, "maßgeblich"), stem(p, "massgeblich"));
}

TEST(Stemming, TokensCarryStemsAndTheCacheStoresEachKeyOnce) {
  TextPipeline p;
  const auto ts = p.tokenize("Nachrichten Nachricht Nachrichten 60");
  ASSERT_EQ(ts.size(), 4u);
  EXPECT_EQ(ts[0].stem, ts[1].stem);
  EXPECT_EQ(ts[0].key.data(), ts[2].key.data());  // same cached string
  EXPECT_EQ(ts[3].stem, "60");
  EXPECT_EQ(p.cached_terms(), 3u);
}

}  // namespace
