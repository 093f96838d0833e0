// The corpus: source files as they were given, and the articles found in them.
#pragma once

#include <cstddef>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/message/message.h"
#include "core/embedded_file.h"

namespace wortblick {

namespace text {
class TextPipeline;
}

// A text as it was given (an embedded seed file or, later, a text the user added).
struct Source {
  std::string name;  // file name, e.g. "000_7fb449a311e9661c.txt"
  // The bytes given as valid UTF-8 in NFC (invalid bytes replaced by U+FFFD); every ByteRange
  // of the corpus indexes this.
  std::string text;
  // The bytes given, kept only when cleaning changed them: clean input (the seeds, most added
  // texts) is stored once, which halves the memory of a large corpus.
  std::string repaired_from;
  std::vector<Message> warnings;  // what was repaired to make `text`
  bool html = false;  // `text` is the visible text extracted from the web page in bytes()

  // Exactly the bytes given, never modified.
  std::string_view bytes() const { return repaired_from.empty() ? std::string_view(text) : repaired_from; }
};

// A byte range [begin, end) in a source's text.
struct ByteRange {
  std::size_t begin = 0;
  std::size_t end = 0;
  std::size_t size() const { return end - begin; }
};

enum class BlockKind { Title, Body, Comment, Boilerplate };

// One paragraph (a non-empty line, without surrounding white space) of an article.
struct Block {
  ByteRange range;  // in the source text
  BlockKind kind = BlockKind::Body;
  // Why a block is Boilerplate: "navigation", "byline", "source", "related", "comment-form",
  // "comment-header", "cookie", "url", "link", "date", "author", "copyright", "teaser",
  // "duplicate-title", "breadcrumb", "short", "low-text", "outside-text" (a string literal); empty otherwise.
  std::string_view reason;
};

struct Article {
  std::string id;      // "<seed stem>:<1-based position in its file>", stable while the text is
  std::string title;   // the headline; for pages without one, the lead's first clause
  std::size_t source = 0;  // index into Corpus::sources
  ByteRange range;         // where the article stands in its source; a file's articles tile it
  std::size_t words = 0;   // word tokens (no numbers, URLs or compound parts) outside boilerplate
  std::vector<Block> blocks;  // in text order, every paragraph of the article
  std::string date;           // the published date a web page marks up; empty otherwise
};

struct Corpus {
  std::vector<Source> sources;
  std::vector<Article> articles;

  std::string_view text(const Article& a) const {
    return std::string_view(sources[a.source].text).substr(a.range.begin, a.range.size());
  }
  std::string_view text(const Article& a, const Block& b) const {
    return std::string_view(sources[a.source].text).substr(b.range.begin, b.range.size());
  }
  const Article* find_article(std::string_view id) const;
  const Source* find_source(std::string_view name) const;
  std::size_t total_words() const;
};

// Builds a corpus from the given files, splitting each into its articles. The pipeline
// supplies stop words and tokens (and keeps its caches for later analysis).
Corpus build_corpus(std::span<const EmbeddedFile> files, text::TextPipeline& pipeline);

// The corpus of the seed texts compiled into the program.
Corpus load_embedded_corpus(text::TextPipeline& pipeline);

// "000_7fb449a311e9661c.txt" -> "000_7fb449a311e9661c".
std::string_view file_stem(std::string_view name);

}  // namespace wortblick
