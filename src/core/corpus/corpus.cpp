// Corpus construction from embedded or added files; lookups by id and name.
#include "core/corpus/corpus.h"

#include <algorithm>

#include "core/corpus/page_segmenter.h"
#include "core/corpus/seed_files.h"
#include "core/text/clean_text.h"

namespace wortblick {

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

Corpus build_corpus(std::span<const EmbeddedFile> files, text::TextPipeline& pipeline) {
  Corpus c;
  c.sources.reserve(files.size());
  for (const auto& f : files) {
    auto clean = text::clean_text(f.bytes);
    Source s;
    s.name = std::string(f.name);
    if (clean.text != f.bytes) s.repaired_from = std::string(f.bytes);
    s.text = std::move(clean.text);
    s.warnings = text::describe_repairs(clean, s.name);
    c.sources.push_back(std::move(s));
  }
  for (std::size_t i = 0; i < c.sources.size(); ++i) {
    const auto& s = c.sources[i];
    auto page = segment_page(s.text, pipeline);
    for (std::size_t k = 0; k < page.size(); ++k) {
      Article a;
      a.id = std::string(file_stem(s.name)) + ":" + std::to_string(k + 1);
      a.title = std::move(page[k].title);
      if (a.title.empty()) a.title = std::string(file_stem(s.name));
      a.source = i;
      a.range = page[k].range;
      a.words = page[k].words;
      a.blocks = std::move(page[k].blocks);
      c.articles.push_back(std::move(a));
    }
  }
  return c;
}

Corpus load_embedded_corpus(text::TextPipeline& pipeline) { return build_corpus(generated::seed_files(), pipeline); }

}  // namespace wortblick
