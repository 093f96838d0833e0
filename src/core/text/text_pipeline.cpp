// Tokens with keys, stems and stop-word flags, backed by per-pipeline caches.
#include "core/text/text_pipeline.h"

#include "core/text/fold.h"
#include "core/text/tokenizer.h"

namespace wortblick::text {

TextPipeline::TextPipeline(Stopwords stopwords) : stopwords_(std::move(stopwords)) {}

void TextPipeline::set_stopwords(Stopwords stopwords) {
  stopwords_ = std::move(stopwords);
  for (auto& [key, t] : terms_) t->stopword = stopwords_.contains_key(key);
}

std::string_view TextPipeline::stem_of_key(std::string_view key) {
  if (const auto it = stems_.find(key); it != stems_.end()) return *it->second;
  auto stem = std::make_unique<std::string>(stemmer_.stem(key));
  auto owned_key = std::make_unique<std::string>(key);
  // The map's key must view memory that lives as long as the entry: keep it beside the stem.
  std::string_view k = *owned_key;
  std::string_view result = *stem;
  owned_keys_.push_back(std::move(owned_key));
  stems_.emplace(k, std::move(stem));
  return result;
}

const TextPipeline::Term& TextPipeline::term(std::string_view key, TokenKind kind) {
  if (const auto it = terms_.find(key); it != terms_.end()) return *it->second;
  auto t = std::make_unique<Term>();
  t->key = std::string(key);
  if (kind == TokenKind::Word) {
    t->stem = stem_of_key(t->key);
    t->stopword = stopwords_.contains_key(t->key);
  }
  const Term& ref = *t;
  terms_.emplace(std::string_view(ref.key), std::move(t));
  return ref;
}

std::vector<Token> TextPipeline::tokenize(std::string_view text) {
  std::vector<Token> out;
  out.reserve(text.size() / 6 + 1);
  tokenize(text, out);
  return out;
}

void TextPipeline::tokenize(std::string_view text, std::vector<Token>& out) {
  std::vector<Span> spans;
  spans.reserve(text.size() / 6 + 1);
  scan_spans(text, spans);
  out.reserve(out.size() + spans.size());
  for (const Span& s : spans) {
    Token t;
    t.text = text.substr(s.start, s.end - s.start);
    t.start = s.start;
    t.end = s.end;
    t.position = s.position;
    t.span = s.span;
    t.kind = s.kind;
    t.part = s.part;
    key_buffer_.clear();
    append_search_key(t.text, key_buffer_);
    // Numbers and URLs are stored under their own kind so a URL never inherits a word's stem.
    const Term& term_ref = term(key_buffer_, s.kind);
    t.key = term_ref.key;
    t.stem = s.kind == TokenKind::Word ? term_ref.stem : std::string_view(term_ref.key);
    t.stopword = s.kind == TokenKind::Word && term_ref.stopword;
    out.push_back(t);
  }
}

}  // namespace wortblick::text
