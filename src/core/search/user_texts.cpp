// Adding and removing session texts: corpus sources and articles plus their index entries.
#include "core/search/user_texts.h"

#include <algorithm>
#include <unordered_set>

#include "core/corpus/page_segmenter.h"
#include "core/html/html_charset.h"
#include "core/html/html_page.h"
#include "core/html/nesting_guard.h"
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

// A web page's visible text becomes the source text (every range points into it); the page's
// bytes stay as they were given.
std::vector<PageArticle> read_web_page(NewText& t, Source& s, text::TextPipeline& pipeline) {
  s.html = true;
  std::string utf8;
  if (t.format == TextFormat::HtmlFile) {
    auto decoded = html::decode_page(t.bytes);
    if (decoded.error) {  // queue_texts checked; a page can only get here when it changed
      decoded.error->args.insert(decoded.error->args.begin(), {"1", s.name});
      s.warnings.push_back(std::move(*decoded.error));
      s.repaired_from = std::move(t.bytes);
      return {};
    }
    for (auto& m : decoded.warnings) {
      m.args.insert(m.args.begin(), s.name);
      s.warnings.push_back(std::move(m));
    }
    utf8 = std::move(decoded.text);
  } else {
    utf8 = t.bytes;
  }
  auto page = html::read_page(utf8);
  if (page.flattened)
    s.warnings.push_back({Msg::TextHtmlFlattened, {s.name, std::to_string(page.flattened), std::to_string(html::max_nesting)}});
  auto articles = segment_html_page(page, pipeline);
  s.text = std::move(page.text);
  s.repaired_from = std::move(t.bytes);
  return articles;
}

}  // namespace

AddTextsResult queue_texts(Workspace& w, std::vector<NewText> texts) {
  AddTextsResult r;
  for (std::size_t i = 0; i < texts.size(); ++i) {
    if (texts[i].bytes.size() > max_text_bytes) {
      r.error = Message{Msg::TextTooLarge, {std::to_string(i + 1), texts[i].name}};
      return r;
    }
    if (texts[i].format == TextFormat::HtmlFile) {
      if (auto why = html::page_refusal(texts[i].bytes)) {
        why->args.insert(why->args.begin(), {std::to_string(i + 1), texts[i].name});
        r.error = std::move(why);
        return r;
      }
    }
  }
  std::unordered_set<std::string> taken;
  for (const auto& s : w.corpus.sources) taken.insert(s.name);
  for (const auto& t : w.search.intake) taken.insert(t.name);
  for (auto& t : texts) {
    std::string name = unique_name(t.name, taken);
    if (name != t.name) r.warnings.push_back({Msg::TextRenamed, {t.name, name}});
    r.ids.push_back(name);
    w.search.intake.push_back({std::move(name), std::move(t.bytes), t.format});
  }
  return r;
}

AddTextsResult intake_step(Workspace& w, double budget_ms) {
  const double start = now_ms();
  AddTextsResult r;
  Corpus& c = w.corpus;
  while (!w.search.intake.empty()) {
    NewText t = std::move(w.search.intake.front());
    w.search.intake.pop_front();
    Source s;
    s.name = std::move(t.name);
    std::vector<PageArticle> page;
    if (t.format == TextFormat::Text) {
      auto clean = text::clean_text(t.bytes);
      if (clean.text != t.bytes) s.repaired_from = std::move(t.bytes);
      s.text = std::move(clean.text);
      s.warnings = text::describe_repairs(clean, s.name);
      page = segment_page(s.text, w.pipeline);
    } else {
      page = read_web_page(t, s, w.pipeline);
    }
    r.warnings.insert(r.warnings.end(), s.warnings.begin(), s.warnings.end());
    const std::size_t source = c.sources.size();
    if (page.empty()) r.warnings.push_back({Msg::TextNoText, {s.name}});
    for (std::size_t k = 0; k < page.size(); ++k) {
      Article a;
      a.id = std::string(file_stem(s.name)) + ":" + std::to_string(k + 1);
      a.title = page[k].title.empty() ? std::string(file_stem(s.name)) : std::move(page[k].title);
      a.source = source;
      a.range = page[k].range;
      a.words = page[k].words;
      a.blocks = std::move(page[k].blocks);
      a.date = std::move(page[k].date);
      r.articles.push_back(a.id);
      c.articles.push_back(std::move(a));
    }
    r.ids.push_back(s.name);
    c.sources.push_back(std::move(s));
    if (now_ms() - start >= budget_ms) break;
  }
  return r;
}

AddTextsResult add_texts(Workspace& w, std::span<const NewText> texts, bool index_now) {
  AddTextsResult r = queue_texts(w, std::vector<NewText>(texts.begin(), texts.end()));
  if (r.error) return r;
  // Earlier queued texts are finished too: they come first in the corpus.
  AddTextsResult done = intake_step(w, 1e300);
  r.articles = std::move(done.articles);
  r.warnings.insert(r.warnings.end(), done.warnings.begin(), done.warnings.end());
  if (index_now) index_step(w.search.index, w.corpus, 1e300);
  return r;
}

std::size_t pending_work(const Workspace& w) {
  return w.search.intake.size() + (w.corpus.articles.size() - w.search.index.indexed_articles());
}

std::optional<Message> remove_text(Workspace& w, std::string_view id) {
  auto& intake = w.search.intake;
  const auto queued = std::find_if(intake.begin(), intake.end(), [&](const NewText& t) { return t.name == id; });
  if (queued != intake.end()) {
    intake.erase(queued);
    return {};
  }
  Corpus& c = w.corpus;
  std::size_t source = c.sources.size();
  for (std::size_t i = 0; i < c.sources.size(); ++i)
    if (c.sources[i].name == id) source = i;
  if (source == c.sources.size()) return Message{Msg::TextNotFound, {std::string(id)}};
  if (source < w.search.embedded_sources) return Message{Msg::TextIsSeed, {std::string(id)}};
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
