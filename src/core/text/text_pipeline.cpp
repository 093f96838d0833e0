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

std::string_view TextPipeline::stored_stem(std::string_view lowered, bool of_token) {
  std::string stem = stemmer_.stem(lowered);
  auto it = stems_.find(stem);
  if (it == stems_.end()) it = stems_.emplace(std::move(stem), of_token).first;
  else if (of_token) it->second = true;
  return it->first;
}

std::string_view TextPipeline::stem_of_key(std::string_view key) {
  if (const auto it = terms_.find(key); it != terms_.end()) {
    // Only numbers and URLs leave key_stem empty: they are their own stem.
    return it->second.key_stem.empty() ? std::string_view(it->first) : it->second.key_stem;
  }
  const std::string_view plain = stored_stem(key, false);
  if (!has_umlaut_reading(key)) return plain;
  const std::string_view read = stored_stem(umlaut_reading(key), false);
  // Not cached: which reading wins depends on the texts tokenized so far. Without evidence the
  // umlaut reading: after a consonant, ae/oe/ue far more often stand for umlauts than not.
  const auto carried = [this](std::string_view stem) { return stems_.find(stem)->second; };
  return carried(plain) && !carried(read) ? plain : read;
}

std::pair<const std::string, TextPipeline::Term>& TextPipeline::term(std::string_view key) {
  if (const auto it = terms_.find(key); it != terms_.end()) return *it;
  Term t;
  t.stopword = stopwords_.contains_key(key);
  return *terms_.emplace(std::string(key), t).first;
}

std::string_view TextPipeline::word_stem(std::string_view text, std::pair<const std::string, Term>& entry) {
  Term& t = entry.second;
  if (is_ascii(text)) {
    // Once the key was written with umlauts, an ASCII spelling of it stands for that word
    // ("Marktfuehrer" after "Marktführer"); a key shared only by ASCII spellings has no
    // umlauts to recover, and "Abenteuer" keeps Snowball's own stem.
    if (t.key_stem_non_ascii) return t.key_stem;
    // Lower-cased ASCII is the key itself: one stem per key, no spelling lookup.
    if (t.ascii_stem.empty()) t.ascii_stem = stored_stem(entry.first, true);
    if (t.key_stem.empty()) t.key_stem = t.ascii_stem;
    return t.ascii_stem;
  }
  // Most non-ASCII tokens of a key are written alike: one comparison instead of a lookup.
  if (t.first_spelling && *t.first_spelling == text) return t.key_stem;
  auto it = spellings_.find(text);
  if (it == spellings_.end()) {
    lower_buffer_.clear();
    append_lower_spelling(text, lower_buffer_);
    it = spellings_.emplace(std::string(text), stored_stem(lower_buffer_, true)).first;
  }
  if (!t.first_spelling) {
    t.first_spelling = &it->first;
    t.key_stem = it->second;
    t.key_stem_non_ascii = true;
  }
  return it->second;
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
    auto& entry = term(key_buffer_);
    t.key = entry.first;
    const bool word = s.kind == TokenKind::Word;
    t.stem = word ? word_stem(t.text, entry) : t.key;
    t.stopword = word && entry.second.stopword;
    out.push_back(t);
  }
}

}  // namespace wortblick::text
