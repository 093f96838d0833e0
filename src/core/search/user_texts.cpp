// Adding and removing session texts: corpus sources and articles plus their index entries.
#include "core/search/user_texts.h"

#include <unordered_set>

#include "core/corpus/page_segmenter.h"
#include "core/search/search_state.h"
#include "core/text/clean_text.h"

namespace wortblick::search {
namespace {

std::string unique_name(std::string_view wanted, std::unordered_set<std::string>& taken) {
  std::string base(wanted.empty() ? std::string_view("text.txt") : wanted);
  // ':' separates a stem from the article number in article ids.
  for (auto& c : base)
    if (c == ':' || c == '\n' || c == '\r') c = '_';
  if (taken.insert(base).second) return base;
  const std::string stem(file_stem(base));
  const std::string ext = base.substr(stem.size());
  for (std::size_t n = 2;; ++n) {
    std::string candidate = stem + "-" + std::to_string(n) + ext;
    if (taken.insert(candidate).second) return candidate;
  }
}

}  // namespace

AddTextsResult add_texts(Workspace& w, std::span<const NewText> texts, bool index_now) {
  AddTextsResult r;
  for (std::size_t i = 0; i < texts.size(); ++i) {
    if (texts[i].bytes.size() > max_text_bytes) {
      r.error = "Text " + std::to_string(i + 1) + " („" + texts[i].name + "“) ist größer als 20 MB: nichts hinzugefügt";
      return r;
    }
  }
  std::unordered_set<std::string> taken;
  for (const auto& s : w.corpus.sources) taken.insert(s.name);
  Corpus& c = w.corpus;
  for (const auto& t : texts) {
    Source s;
    s.name = unique_name(t.name, taken);
    if (s.name != t.name) r.warnings.push_back("„" + t.name + "“ heißt jetzt „" + s.name + "“");
    auto clean = text::clean_text(t.bytes);
    s.bytes = t.bytes;
    s.text = std::move(clean.text);
    if (auto repair = text::describe_repairs(clean); !repair.empty()) {
      r.warnings.push_back(s.name + ": " + repair);
      s.warnings.push_back(std::move(repair));
    }
    const std::size_t source = c.sources.size();
    auto page = segment_page(s.text, w.pipeline);
    if (page.empty()) r.warnings.push_back(s.name + ": kein Text gefunden");
    for (std::size_t k = 0; k < page.size(); ++k) {
      Article a;
      a.id = std::string(file_stem(s.name)) + ":" + std::to_string(k + 1);
      a.title = page[k].title.empty() ? std::string(file_stem(s.name)) : std::move(page[k].title);
      a.source = source;
      a.range = page[k].range;
      a.words = page[k].words;
      a.blocks = std::move(page[k].blocks);
      r.articles.push_back(a.id);
      c.articles.push_back(std::move(a));
    }
    r.ids.push_back(s.name);
    c.sources.push_back(std::move(s));
  }
  if (index_now) index_step(w.search.index, c, 1e300);
  return r;
}

std::string remove_text(Workspace& w, std::string_view id) {
  Corpus& c = w.corpus;
  std::size_t source = c.sources.size();
  for (std::size_t i = 0; i < c.sources.size(); ++i)
    if (c.sources[i].name == id) source = i;
  if (source == c.sources.size()) return "Kein hinzugefügter Text „" + std::string(id) + "“";
  if (source < w.search.embedded_sources) return "„" + std::string(id) + "“ ist eingebettet und bleibt";
  // A source's articles are contiguous: they were appended together.
  std::size_t first = c.articles.size();
  std::size_t count = 0;
  for (std::size_t k = 0; k < c.articles.size(); ++k) {
    if (c.articles[k].source != source) continue;
    if (first == c.articles.size()) first = k;
    ++count;
  }
  for (std::size_t k = first; k < first + count; ++k) w.search.index.remove_article(c, k);
  if (count) {
    c.articles.erase(c.articles.begin() + static_cast<std::ptrdiff_t>(first),
                     c.articles.begin() + static_cast<std::ptrdiff_t>(first + count));
    w.search.index.articles_erased(first, count);
  }
  c.sources.erase(c.sources.begin() + static_cast<std::ptrdiff_t>(source));
  for (auto& a : c.articles)
    if (a.source > source) --a.source;
  return {};
}

}  // namespace wortblick::search
