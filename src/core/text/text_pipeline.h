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

// Owns the caches that make analysis fast: every distinct key is stored once, every distinct
// spelling stemmed once, every stem stored once; tokens point into those stores. One pipeline
// per workspace (no global state); not thread-safe, not copyable.
//
// A token's stem is Snowball's stem of its own spelling lower-cased (german_stemmer.h): umlaut
// words and real ue/ae/oe sequences ("Abenteuer") group exactly as Snowball groups them. A
// spelling without umlauts whose key this pipeline has already seen written with umlauts takes
// that word's stem ("Marktfuehrer" after "Marktführer"); before that it has its own. The
// search does not depend on the order: its vocabulary meets spellings through their shared key
// (search/vocabulary.h).
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

  // The stem that tokens with this key carry, for lookups that start from a key. When spellings
  // with and without umlauts were seen, the umlaut one's (the word the folded one stands for).
  // A key no token had yet: the stem of its umlaut reading (german_stemmer.h), unless only the
  // key read as written has a stem that tokens carry ("vertraege" meets "Vertrag", "aktuell"
  // stays "aktuell" once "aktuelle" was seen).
  std::string_view stem_of_key(std::string_view key);

  const Stopwords& stopwords() const { return stopwords_; }
  void set_stopwords(Stopwords stopwords);
  bool is_stopword_key(std::string_view key) const { return stopwords_.contains_key(key); }

  std::size_t cached_terms() const { return terms_.size(); }
  std::size_t cached_spellings() const { return spellings_.size(); }

 private:
  struct Term {
    std::string_view ascii_stem;  // stem of the key read as a word (ASCII spellings are their key)
    std::string_view key_stem;    // what stem_of_key returns
    const std::string* first_spelling = nullptr;  // the first non-ASCII spelling (a spellings_ key)
    bool key_stem_non_ascii = false;  // key_stem is first_spelling's stem
    bool stopword = false;
  };
  struct Hash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  // The cached entry of a key (the node's own string is the key tokens view).
  std::pair<const std::string, Term>& term(std::string_view key);
  // The stem of a word token as written, cached per spelling; records it for its key.
  std::string_view word_stem(std::string_view text, std::pair<const std::string, Term>& entry);
  std::string_view stored_stem(std::string_view lowered, bool of_token);

  Stopwords stopwords_;
  GermanStemmer stemmer_;
  // Node-based maps: elements never move, so views handed out in tokens stay valid.
  std::unordered_map<std::string, Term, Hash, std::equal_to<>> terms_;
  // Non-ASCII spellings as written (no lower-casing needed to look one up) -> stem.
  std::unordered_map<std::string, std::string_view, Hash, std::equal_to<>> spellings_;
  // Every stem once; true when some token carries it.
  std::unordered_map<std::string, bool, Hash, std::equal_to<>> stems_;
  std::string key_buffer_;
  std::string lower_buffer_;
};

}  // namespace wortblick::text
