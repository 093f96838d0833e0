// Tokens with keys, stems and stop-word flags, backed by per-pipeline caches.
#include "core/text/text_pipeline.h"

#include "core/text/fold.h"
#include "core/text/tokenizer.h"

namespace wortblick::text {

TextPipeline::TextPipeline(Stopwords stopwords) : stopwords_(std::move(stopwords)) {}

void TextPipeline::set_stopwords(Stopwords stopwords) {
  stopwords_ = std::move(stopwords);
  for (auto& [key, t] : terms_) t.stopword = stopwords_.contains_key(key);
}

std::string_view TextPipeline::stem_of_key(std::string_view key) {
  if (const auto it = stems_.find(key); it != stems_.end()) return it->second;
  return stems_.emplace(std::string(key), stemmer_.stem(key)).first->second;
}

const std::pair<const std::string, TextPipeline::Term>& TextPipeline::term(std::string_view key,
                                                                         TokenKind kind) {
  if (const auto it = terms_.find(key); it != terms_.end()) return *it;
  Term t;
  if (kind == TokenKind::Word) {
    t.stem = stem_of_key(key);
    t.stopword = stopwords_.contains_key(key);
  }
  return *terms_.emplace(std::string(key), t).first;
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
    // A key's characters decide its kind (words have letters, numbers none, URLs a dot or @),
    // so one cache entry per key is enough.
    const auto& [key, info] = term(key_buffer_, s.kind);
    t.key = key;
    t.stem = s.kind == TokenKind::Word ? info.stem : std::string_view(key);
    t.stopword = s.kind == TokenKind::Word && info.stopword;
    out.push_back(t);
  }
}

}  // namespace wortblick::text
