// Adding and removing documents: fold each token to its key, group positions per term, append.
#include "core/search/search_index.h"

#include <algorithm>
#include <cassert>

#include "core/search/field_spans.h"
#include "core/text/fold.h"

namespace wortblick::search {

void SearchIndex::add_article(const Corpus& c, std::size_t article) {
  assert(article == doc_of_article_.size());
  const Article& a = c.articles[article];
  const auto doc = static_cast<std::uint32_t>(docs_.size());
  DocInfo info;
  info.article = static_cast<std::uint32_t>(article);
  info.starts_begin = static_cast<std::uint32_t>(starts_.size());
  for (const Field field : {Field::Title, Field::Body}) {
    // Occurrences are chained per term (newest first) instead of sorted: one pass groups them.
    occurrences_.clear();
    touched_.clear();
    std::uint32_t length = 0;
    for_each_field_token(c, a, field, spans_, [&](const FieldToken& t) {
      key_.clear();
      text::append_search_key(t.text, key_);
      const std::size_t before = vocab_.size();
      const std::uint32_t id = vocab_.find_or_add(key_, t.text, t.span.kind);
      if (vocab_.size() != before) {
        if (t.span.kind == text::TokenKind::Word) typos_.add(id, vocab_[id].key);
        last_of_term_.resize(vocab_.size(), no_occurrence);
      }
      if (last_of_term_[id] == no_occurrence) touched_.push_back(id);
      occurrences_.push_back({t.span.position, last_of_term_[id]});
      last_of_term_[id] = static_cast<std::uint32_t>(occurrences_.size() - 1);
      if (!t.span.part) ++length;
      // A block's first token stands at the block's base position.
      if (field == Field::Body && !a.blocks.empty() &&
          (starts_.size() == info.starts_begin || starts_.back().block != t.block))
        starts_.push_back({t.block, t.span.position});
      return true;
    });
    for (const auto id : touched_) {
      // Token order is position order, so the chain holds a term's positions descending.
      positions_.clear();
      for (auto o = last_of_term_[id]; o != no_occurrence; o = occurrences_[o].previous) {
        const auto p = occurrences_[o].position;
        if (positions_.empty() || positions_.back() != p) positions_.push_back(p);
      }
      last_of_term_[id] = no_occurrence;
      std::reverse(positions_.begin(), positions_.end());
      Term& t = vocab_[id];
      t.postings.append(doc, field, positions_);
      ++t.df[static_cast<int>(field)];
    }
    info.length[static_cast<int>(field)] = length;
    total_length_[static_cast<int>(field)] += length;
  }
  info.starts_count = static_cast<std::uint32_t>(starts_.size() - info.starts_begin);
  docs_.push_back(info);
  doc_of_article_.push_back(doc);
  doc_of_id_[a.id] = doc;
  ++live_docs_;
}

void SearchIndex::remove_article(const Corpus& c, std::size_t article) {
  const std::uint32_t doc = doc_of_article(article);
  if (doc == no_doc || !docs_[doc].live) return;
  const Article& a = c.articles[article];
  std::vector<std::uint32_t> ids;
  for (const Field field : {Field::Title, Field::Body}) {
    for_each_field_token(c, a, field, spans_, [&](const FieldToken& t) {
      key_.clear();
      text::append_search_key(t.text, key_);
      if (const auto id = vocab_.find(key_); id != no_term) ids.push_back(id);
      return true;
    });
  }
  std::sort(ids.begin(), ids.end());
  ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
  for (const auto id : ids) {
    Term& t = vocab_[id];
    std::size_t at = 0;
    Posting p;
    while (t.postings.next(at, p) && p.doc <= doc) {
      if (p.doc == doc) --t.df[static_cast<int>(p.field)];
    }
    t.postings.erase(doc);
  }
  DocInfo& info = docs_[doc];
  total_length_[0] -= info.length[0];
  total_length_[1] -= info.length[1];
  info.live = false;
  --live_docs_;
  doc_of_id_.erase(a.id);
  doc_of_article_[article] = no_doc;
}

void SearchIndex::articles_erased(std::size_t first, std::size_t count) {
  const auto last = std::min(first + count, doc_of_article_.size());
  if (first >= last) return;
  doc_of_article_.erase(doc_of_article_.begin() + static_cast<std::ptrdiff_t>(first),
                        doc_of_article_.begin() + static_cast<std::ptrdiff_t>(last));
  for (std::size_t k = first; k < doc_of_article_.size(); ++k) {
    if (doc_of_article_[k] != no_doc) docs_[doc_of_article_[k]].article = static_cast<std::uint32_t>(k);
  }
}

std::uint32_t SearchIndex::doc_of_id(std::string_view article_id) const {
  const auto it = doc_of_id_.find(std::string(article_id));
  return it == doc_of_id_.end() ? no_doc : it->second;
}

FieldStart SearchIndex::body_start(std::uint32_t doc, std::uint32_t position) const {
  const DocInfo& d = docs_[doc];
  const auto begin = starts_.begin() + d.starts_begin;
  const auto end = begin + d.starts_count;
  // The first start beyond `position`; the one before it holds the position.
  const auto after = std::upper_bound(begin, end, position,
                                      [](std::uint32_t p, const FieldStart& s) { return p < s.position; });
  return after == begin ? FieldStart{} : *(after - 1);
}

double SearchIndex::average_length(Field f) const {
  return live_docs_ ? static_cast<double>(total_length_[static_cast<int>(f)]) / static_cast<double>(live_docs_) : 0.0;
}

std::size_t SearchIndex::byte_size() const {
  std::size_t n = vocab_.byte_size() + typos_.byte_size() + docs_.capacity() * sizeof(DocInfo) +
                  doc_of_article_.capacity() * 4 + starts_.capacity() * sizeof(FieldStart);
  for (const auto& [id, doc] : doc_of_id_) n += sizeof(id) + id.capacity() + 4 + 3 * sizeof(void*);
  return n;
}

}  // namespace wortblick::search
