// The German text pipeline: tokenize, fold to search keys, stem and mark stop words.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/text/german_stemmer.h"
#include "core/text/stopwords.h"
#include "core/text/token.h"

namespace wortblick::text {

// Owns the caches that make analysis fast: every distinct key is folded once, stemmed once
// and stored once; tokens point into that store. One pipeline per workspace (no global
// state); not thread-safe, not copyable.
//
// Token::key and Token::stem stay valid as long as the pipeline lives (the store only
// grows); Token::text views the text passed in and is valid as long as that text is.
class TextPipeline {
 public:
  explicit TextPipeline(Stopwords stopwords = Stopwords::german());
  TextPipeline(const TextPipeline&) = delete;
  TextPipeline& operator=(const TextPipeline&) = delete;
  TextPipeline(TextPipeline&&) = default;
  TextPipeline& operator=(TextPipeline&&) = default;

  // `text` should be clean (clean_text.h); invalid bytes are skipped as separators anyway.
  std::vector<Token> tokenize(std::string_view text);
  // Same, appending to `out` so callers analysing many texts can reuse one buffer.
  void tokenize(std::string_view text, std::vector<Token>& out);

  // The stem of a search key, cached.
  std::string_view stem_of_key(std::string_view key);

  const Stopwords& stopwords() const { return stopwords_; }
  void set_stopwords(Stopwords stopwords);
  bool is_stopword_key(std::string_view key) const { return stopwords_.contains_key(key); }

  std::size_t cached_terms() const { return terms_.size(); }

 private:
  struct Term {
    std::string_view stem;
    bool stopword = false;
  };
  struct Hash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  // The cached entry of a key (the node's own string is the key tokens view).
  const std::pair<const std::string, Term>& term(std::string_view key, TokenKind kind);

  Stopwords stopwords_;
  GermanStemmer stemmer_;
  // Node-based maps: elements never move, so views handed out in tokens stay valid.
  std::unordered_map<std::string, Term, Hash, std::equal_to<>> terms_;
  std::unordered_map<std::string, std::string, Hash, std::equal_to<>> stems_;
  std::string key_buffer_;
};

}  // namespace wortblick::text
