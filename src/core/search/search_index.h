// The inverted index over a corpus: positions per field, document lengths, add and remove.
#pragma once

#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

#include "core/corpus/corpus.h"
#include "core/search/field_spans.h"
#include "core/search/typo_index.h"
#include "core/search/vocabulary.h"
#include "core/text/tokenizer.h"

namespace wortblick::search {

inline constexpr std::uint32_t no_doc = 0xFFFFFFFFu;

struct DocInfo {
  std::uint32_t article = 0;       // index into Corpus::articles (kept current on removal)
  std::uint32_t length[2] = {0, 0};  // tokens per Field (compound parts not counted)
  std::uint32_t starts_begin = 0;    // its Body block starts in SearchIndex's list
  std::uint32_t starts_count = 0;
  bool live = true;
};

// Documents get ids in the order they are added and never reuse them, so posting lists stay
// sorted by document without re-sorting. Removal takes a document's postings out at once
// (re-scanning its text to find its terms), so statistics stay exact.
class SearchIndex {
 public:
  // Indexes corpus.articles[article] (not yet indexed). A 4 KB article takes ~0.1 ms natively.
  void add_article(const Corpus& c, std::size_t article);
  // Removes corpus.articles[article] from the index; call before erasing it from the corpus.
  void remove_article(const Corpus& c, std::size_t article);
  // Tells the index that corpus.articles[first, first + count) were erased (all removed first).
  void articles_erased(std::size_t first, std::size_t count);

  // How many of the corpus's articles are indexed (articles are indexed in corpus order).
  std::size_t indexed_articles() const { return doc_of_article_.size(); }
  std::uint32_t doc_of_article(std::size_t article) const {
    return article < doc_of_article_.size() ? doc_of_article_[article] : no_doc;
  }
  std::uint32_t doc_of_id(std::string_view article_id) const;

  // Where a Body scan of `doc` can start to reach `position` (the last block starting at or
  // before it): locating a late match then tokenizes one paragraph, not the article.
  FieldStart body_start(std::uint32_t doc, std::uint32_t position) const;

  std::size_t doc_count() const { return docs_.size(); }
  std::size_t live_docs() const { return live_docs_; }
  const DocInfo& doc(std::uint32_t d) const { return docs_[d]; }
  double average_length(Field f) const;
  std::uint64_t total_tokens() const { return total_length_[0] + total_length_[1]; }

  Vocabulary& vocabulary() { return vocab_; }
  const Vocabulary& vocabulary() const { return vocab_; }
  const TypoIndex& typos() const { return typos_; }

  // Bytes held by the index's own structures (capacity, not size).
  std::size_t byte_size() const;

 private:
  Vocabulary vocab_;
  TypoIndex typos_;
  std::vector<DocInfo> docs_;
  std::vector<FieldStart> starts_;  // per document (DocInfo::starts_*), its Body blocks with tokens
  std::vector<std::uint32_t> doc_of_article_;
  std::unordered_map<std::string, std::uint32_t> doc_of_id_;
  std::size_t live_docs_ = 0;
  std::uint64_t total_length_[2] = {0, 0};
  // Scratch buffers reused across add_article calls (allocation dominated otherwise).
  static constexpr std::uint32_t no_occurrence = 0xFFFFFFFFu;
  struct Occurrence {
    std::uint32_t position;
    std::uint32_t previous;  // the term's previous occurrence in this field, or no_occurrence
  };
  std::vector<text::Span> spans_;
  std::vector<Occurrence> occurrences_;
  std::vector<std::uint32_t> last_of_term_;  // by term id; no_occurrence between fields
  std::vector<std::uint32_t> touched_;       // terms of the field being added, first seen first
  std::vector<std::uint32_t> positions_;
  std::string key_;
};

}  // namespace wortblick::search
