// Proves the seeds compiled into the program are byte-identical to the files in seeds/.
#include <gtest/gtest.h>

#include <cstdint>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <set>
#include <string>

#include "core/corpus/seed_files.h"

namespace {

namespace fs = std::filesystem;

std::string read_file(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// FNV-1a 64: enough to tell files apart; the byte comparison below is the real proof.
std::uint64_t fnv1a(std::string_view s) {
  std::uint64_t h = 1469598103934665603ull;
  for (unsigned char c : s) {
    h ^= c;
    h *= 1099511628211ull;
  }
  return h;
}

TEST(SeedEmbedding, EveryTxtFileInSeedsIsEmbedded) {
  std::set<std::string> on_disk;
  for (const auto& e : fs::directory_iterator(WORTBLICK_SEEDS_DIR)) {
    if (e.path().extension() == ".txt") on_disk.insert(e.path().filename().string());
  }
  std::set<std::string> embedded;
  for (const auto& f : wortblick::generated::seed_files()) embedded.insert(std::string(f.name));
  EXPECT_EQ(embedded, on_disk);
  EXPECT_GE(embedded.size(), 5u);
}

TEST(SeedEmbedding, EmbeddedBytesEqualTheFiles) {
  for (const auto& f : wortblick::generated::seed_files()) {
    const auto disk = read_file(fs::path(WORTBLICK_SEEDS_DIR) / std::string(f.name));
    SCOPED_TRACE(std::string(f.name));
    EXPECT_EQ(f.bytes.size(), disk.size());
    EXPECT_EQ(fnv1a(f.bytes), fnv1a(disk));
    EXPECT_TRUE(f.bytes == disk);
  }
}

TEST(SeedEmbedding, FilesAreSortedByName) {
  const auto files = wortblick::generated::seed_files();
  for (std::size_t i = 1; i < files.size(); ++i) EXPECT_LT(files[i - 1].name, files[i].name);
}

}  // namespace
