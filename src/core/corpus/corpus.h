// The corpus: source files as they were given, and the articles found in them.
#pragma once

#include <cstddef>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/embedded_file.h"

namespace wortblick {

// A text as it was given (an embedded seed file or, later, a text the user added).
struct Source {
  std::string name;   // file name, e.g. "000_7fb449a311e9661c.txt"
  std::string bytes;  // exactly the bytes given, never modified
};

// A byte range [begin, end) in a source.
struct ByteRange {
  std::size_t begin = 0;
  std::size_t end = 0;
};

struct Article {
  std::string id;      // stable across builds that do not change the text: "<seed stem>:<position>"
  std::string title;
  std::size_t source = 0;  // index into Corpus::sources
  ByteRange range;         // where the article stands in its source
  std::size_t words = 0;
};

struct Corpus {
  std::vector<Source> sources;
  std::vector<Article> articles;

  std::string_view text(const Article& a) const {
    return std::string_view(sources[a.source].bytes).substr(a.range.begin, a.range.end - a.range.begin);
  }
  const Article* find_article(std::string_view id) const;
  const Source* find_source(std::string_view name) const;
  std::size_t total_words() const;
};

// Builds a corpus from the given files, splitting each into its articles.
Corpus build_corpus(std::span<const EmbeddedFile> files);

// The corpus of the seed texts compiled into the program.
Corpus load_embedded_corpus();

// "000_7fb449a311e9661c.txt" -> "000_7fb449a311e9661c".
std::string_view file_stem(std::string_view name);

}  // namespace wortblick
