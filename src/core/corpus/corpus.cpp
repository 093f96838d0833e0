// Corpus construction from embedded or added files; lookups by id and name.
#include "core/corpus/corpus.h"

#include <algorithm>

#include "core/corpus/seed_files.h"

namespace wortblick {
namespace {

bool is_word_byte(unsigned char c) {
  // Bytes >= 0x80 belong to multi-byte UTF-8 letters (ä, ß, ...) in German text.
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c >= 0x80;
}

std::size_t count_words(std::string_view text) {
  std::size_t n = 0;
  bool in_word = false;
  for (unsigned char c : text) {
    const bool w = is_word_byte(c);
    if (w && !in_word) ++n;
    in_word = w;
  }
  return n;
}

std::string_view trim(std::string_view s) {
  const auto first = s.find_first_not_of(" \t\r");
  if (first == std::string_view::npos) return {};
  const auto last = s.find_last_not_of(" \t\r");
  return s.substr(first, last - first + 1);
}

// Until page segmentation lands, a file is one article titled by its first sentence-like line.
std::string guess_title(std::string_view text, std::string_view fallback) {
  std::size_t pos = 0;
  while (pos < text.size()) {
    auto nl = text.find('\n', pos);
    if (nl == std::string_view::npos) nl = text.size();
    const auto line = trim(text.substr(pos, nl - pos));
    if (count_words(line) >= 4) return std::string(line.substr(0, 200));
    pos = nl + 1;
  }
  return std::string(fallback);
}

}  // namespace

std::string_view file_stem(std::string_view name) {
  const auto dot = name.rfind('.');
  return dot == std::string_view::npos ? name : name.substr(0, dot);
}

const Article* Corpus::find_article(std::string_view id) const {
  const auto it = std::find_if(articles.begin(), articles.end(), [&](const Article& a) { return a.id == id; });
  return it == articles.end() ? nullptr : &*it;
}

const Source* Corpus::find_source(std::string_view name) const {
  const auto it = std::find_if(sources.begin(), sources.end(), [&](const Source& s) { return s.name == name; });
  return it == sources.end() ? nullptr : &*it;
}

std::size_t Corpus::total_words() const {
  std::size_t n = 0;
  for (const auto& a : articles) n += a.words;
  return n;
}

Corpus build_corpus(std::span<const EmbeddedFile> files) {
  Corpus c;
  c.sources.reserve(files.size());
  for (const auto& f : files) {
    c.sources.push_back(Source{std::string(f.name), std::string(f.bytes)});
  }
  for (std::size_t i = 0; i < c.sources.size(); ++i) {
    const auto& s = c.sources[i];
    Article a;
    a.id = std::string(file_stem(s.name)) + ":1";
    a.title = guess_title(s.bytes, file_stem(s.name));
    a.source = i;
    a.range = {0, s.bytes.size()};
    a.words = count_words(s.bytes);
    c.articles.push_back(std::move(a));
  }
  return c;
}

Corpus load_embedded_corpus() { return build_corpus(generated::seed_files()); }

}  // namespace wortblick
