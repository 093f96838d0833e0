// JSON shapes of the search methods; argument checks say which argument is wrong and why.
#include "core/search/search_api.h"

#include <algorithm>

#include "core/search/concordance.h"
#include "core/search/search.h"
#include "core/search/user_texts.h"

namespace wortblick::search {
namespace {

using json = nlohmann::json;

ApiReply fail(std::string m) { return {nullptr, std::move(m)}; }

// Options objects are optional; unknown keys are ignored, wrong types are errors.
bool read_options(const json& args, std::size_t i, const json*& out, std::string& error) {
  out = nullptr;
  if (!args.is_array() || args.size() <= i || args[i].is_null()) return true;
  if (!args[i].is_object()) {
    error = "argument " + std::to_string(i + 1) + " (options) must be an object";
    return false;
  }
  out = &args[i];
  return true;
}

bool number_option(const json* o, const char* name, std::size_t lo, std::size_t hi, std::size_t& v, std::string& e) {
  if (!o || !o->contains(name)) return true;
  const json& x = (*o)[name];
  if (!x.is_number()) {
    e = std::string("option ") + name + " must be a number";
    return false;
  }
  const double d = x.get<double>();
  v = d < static_cast<double>(lo) ? lo : d > static_cast<double>(hi) ? hi : static_cast<std::size_t>(d);
  return true;
}

bool bool_option(const json* o, const char* name, bool& v, std::string& e) {
  if (!o || !o->contains(name)) return true;
  if (!(*o)[name].is_boolean()) {
    e = std::string("option ") + name + " must be true or false";
    return false;
  }
  v = (*o)[name].get<bool>();
  return true;
}

const std::string* string_arg(const json& args, std::size_t i) {
  if (!args.is_array() || args.size() <= i || !args[i].is_string()) return nullptr;
  return args[i].get_ptr<const std::string*>();
}

std::string join_notes(const std::vector<std::string>& notes) {
  std::string s;
  for (const auto& n : notes) s += (s.empty() ? "" : " ") + n;
  return s;
}

json marks_json(const std::vector<Mark>& marks) {
  json a = json::array();
  for (const auto& m : marks) a.push_back({m.begin, m.end});
  return a;
}

ApiReply do_search(Workspace& w, const json& args) {
  const auto* q = string_arg(args, 0);
  if (!q) return fail("argument 1 (query) must be a string");
  const json* o;
  std::string e;
  SearchOptions opt;
  if (!read_options(args, 1, o, e) || !number_option(o, "limit", 0, 10000, opt.limit, e) ||
      !bool_option(o, "stem", opt.stem, e) || !number_option(o, "snippets", 0, 10, opt.snippets, e) ||
      !number_option(o, "context", 5, 500, opt.context, e))
    return fail(e);
  const SearchHooks hooks = workspace_hooks(w);
  const double t0 = now_ms();
  const SearchResult r = search({w.search.index, w.corpus, w.pipeline.stopwords(), hooks}, *q, opt);
  json hits = json::array();
  for (const auto& h : r.hits) {
    json snippets = json::array();
    json ranges = json::array();
    for (const auto& s : h.snippets) {
      snippets.push_back(format_snippet(s));
      ranges.push_back({{"field", s.field == Field::Title ? "title" : "body"},
                        {"offset", s.offset},
                        {"text", s.text},
                        {"marks", marks_json(s.marks)}});
    }
    hits.push_back({{"id", h.id},
                    {"title", w.corpus.articles[h.article].title},
                    {"score", h.score},
                    {"count", h.count},
                    {"snippets", std::move(snippets)},
                    {"snippetRanges", std::move(ranges)}});
  }
  json out = {{"total", r.total}, {"hits", std::move(hits)}};
  if (!r.notes.empty()) {
    out["note"] = join_notes(r.notes);
    out["notes"] = r.notes;
  }
  w.search.last_search_ms = now_ms() - t0;
  return {std::move(out), {}};
}

ApiReply do_highlights(Workspace& w, const json& args) {
  const auto* id = string_arg(args, 0);
  if (!id) return fail("argument 1 (id) must be a string");
  const auto* q = string_arg(args, 1);
  if (!q) return fail("argument 2 (query) must be a string");
  const json* o;
  std::string e;
  SearchOptions opt;
  if (!read_options(args, 2, o, e) || !bool_option(o, "stem", opt.stem, e)) return fail(e);
  const Article* a = w.corpus.find_article(*id);
  if (!a) return {nullptr, {}};
  const SearchHooks hooks = workspace_hooks(w);
  const auto m = article_matches({w.search.index, w.corpus, w.pipeline.stopwords(), hooks},
                                 static_cast<std::size_t>(a - w.corpus.articles.data()), *q, opt);
  return {{{"body", marks_json(m.body)}, {"title", marks_json(m.title)}}, {}};
}

ApiReply do_concordance(Workspace& w, const json& args) {
  const auto* q = string_arg(args, 0);
  if (!q) return fail("argument 1 (query) must be a string");
  const json* o;
  std::string e;
  ConcordanceOptions opt;
  if (!read_options(args, 1, o, e) || !number_option(o, "width", 1, 1000, opt.width, e) ||
      !bool_option(o, "stem", opt.stem, e) || !number_option(o, "limit", 0, 10000000, opt.limit, e))
    return fail(e);
  ConcordanceSort sort = ConcordanceSort::Corpus;
  if (o && o->contains("sort")) {
    const json& s = (*o)["sort"];
    if (s == "left") sort = ConcordanceSort::Left;
    else if (s == "right") sort = ConcordanceSort::Right;
    else if (s != "corpus") return fail("option sort must be \"corpus\", \"left\" or \"right\"");
  }
  const SearchHooks hooks = workspace_hooks(w);
  auto lines = concordance({w.search.index, w.corpus, w.pipeline.stopwords(), hooks}, *q, opt);
  sort_concordance(lines, sort);
  json out = json::array();
  for (const auto& l : lines)
    out.push_back({{"id", l.id}, {"left", l.left}, {"match", l.match}, {"right", l.right}, {"start", l.start}});
  return {std::move(out), {}};
}

ApiReply do_add_texts(Workspace& w, const json& args) {
  if (!args.is_array() || args.empty() || !args[0].is_array())
    return fail("argument 1 (texts) must be an array of {name, text} or {name, html}");
  std::vector<NewText> texts;
  for (std::size_t i = 0; i < args[0].size(); ++i) {
    const json& t = args[0][i];
    const bool is_html = t.is_object() && t.contains("html");
    const char* field = is_html ? "html" : "text";
    if (!t.is_object() || !t.contains(field) || !t[field].is_string() || (is_html && t.contains("text")))
      return fail("texts[" + std::to_string(i) + "] must be an object with a string text or a string html");
    std::string name = t.contains("name") && t["name"].is_string() ? t["name"].get<std::string>() : "";
    texts.push_back({std::move(name), t[field].get<std::string>(), is_html ? TextFormat::HtmlString : TextFormat::Text});
  }
  // {budgetMs}: do at most about that much now and leave the rest queued for intake_step and
  // index_step (a UI calls them every frame); without it everything is done before returning.
  const json* options = args.size() > 1 && args[1].is_object() ? &args[1] : nullptr;
  AddTextsResult r;
  if (options && options->contains("budgetMs") && (*options)["budgetMs"].is_number()) {
    const double budget = std::max(0.0, (*options)["budgetMs"].get<double>());
    const double start = now_ms();
    r = queue_texts(w, std::move(texts));
    if (r.error.empty()) {
      auto done = intake_step(w, budget);
      r.articles = std::move(done.articles);
      r.warnings.insert(r.warnings.end(), done.warnings.begin(), done.warnings.end());
      const double left = budget - (now_ms() - start);
      if (w.search.intake.empty() && left > 0) index_step(w.search.index, w.corpus, left);
    }
  } else {
    r = add_texts(w, texts);
  }
  json out = {{"ok", r.error.empty()}, {"ids", r.ids}, {"articles", r.articles}, {"warnings", r.warnings},
              {"pending", pending_work(w)}};
  if (!r.error.empty()) out["error"] = r.error;
  return {std::move(out), {}};
}

ApiReply do_remove_text(Workspace& w, const json& args) {
  const auto* id = string_arg(args, 0);
  if (!id) return fail("argument 1 (id) must be a string");
  const auto e = remove_text(w, *id);
  if (!e.empty()) return fail(e);
  return {{{"ok", true}}, {}};
}

ApiReply do_stats(Workspace& w) {
  const auto& ix = w.search.index;
  return {{{"articles", w.corpus.articles.size()},
           {"indexed", ix.live_docs()},
           {"pending", pending_work(w)},
           {"tokens", ix.total_tokens()},
           {"terms", ix.vocabulary().size()},
           {"indexBytes", ix.byte_size()},
           {"lastSearchMs", w.search.last_search_ms}},
          {}};
}

}  // namespace

SearchHooks workspace_hooks(Workspace& w) {
  if (w.search.hooks.tagged_articles || w.search.hooks.category_words) return w.search.hooks;
  const tags::TagStore* store = &w.tags;
  SearchHooks h;
  h.tagged_articles = [store](std::string_view name) -> std::optional<std::vector<std::string>> {
    const auto* t = store->find_tag(name);
    if (!t) return std::nullopt;
    return std::vector<std::string>(t->articles.begin(), t->articles.end());
  };
  h.category_words = [store](std::string_view name) -> std::optional<CategoryWords> {
    const auto* c = store->find_category(name);
    if (!c) return std::nullopt;
    return CategoryWords{c->words, c->stem};
  };
  return h;
}

std::optional<ApiReply> call_search_api(Workspace& w, std::string_view method, const json& args) {
  // Arguments that did not parse (e.g. raw invalid UTF-8) would otherwise read as "argument 1
  // must be a string", which blames the wrong thing.
  if (args.is_discarded()) {
    for (std::string_view m : {"search", "highlights", "concordance", "addTexts", "removeText", "stats"}) {
      if (method == m) return ApiReply{nullptr, "arguments are not valid JSON"};
    }
    return std::nullopt;
  }
  if (method == "search") return do_search(w, args);
  if (method == "highlights") return do_highlights(w, args);
  if (method == "concordance") return do_concordance(w, args);
  if (method == "addTexts") return do_add_texts(w, args);
  if (method == "removeText") return do_remove_text(w, args);
  if (method == "stats") return do_stats(w);
  return std::nullopt;
}

}  // namespace wortblick::search
