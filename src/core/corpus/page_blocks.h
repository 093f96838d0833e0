// Cutting a scraped page into blocks (its non-empty lines) and measuring each for classification.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "core/corpus/corpus.h"
#include "core/text/text_pipeline.h"

namespace wortblick {

// What the classifier needs to know about one block.
struct PageBlock {
  ByteRange range;            // the line without surrounding white space
  std::size_t indent = 0;     // leading spaces/tabs (indented blocks are often replies)
  std::size_t chars = 0;      // code points
  std::size_t words = 0;      // Token::counts_as_word tokens
  std::size_t stopwords = 0;  // of those, stop words
  std::size_t numbers = 0;
  std::size_t url_bytes = 0;  // bytes inside URL tokens
  std::string phrase;         // keys of all whole tokens but URLs, joined by ' ' (for cue phrases)
  bool terminal_punct = false;  // ends like a sentence (. ! ? : " “ ” ) …)

  double stopword_density() const { return words ? double(stopwords) / double(words) : 0.0; }
  double link_density(std::size_t bytes) const { return bytes ? double(url_bytes) / double(bytes) : 0.0; }
};

// Every line with visible content becomes a block. Scraped pages use a blank line between
// paragraphs or just a newline (both occur in the seeds), and a line is a paragraph in both.
std::vector<PageBlock> split_page(std::string_view text, text::TextPipeline& pipeline);

inline std::string_view block_text(std::string_view text, const ByteRange& r) {
  return text.substr(r.begin, r.end - r.begin);
}

}  // namespace wortblick
