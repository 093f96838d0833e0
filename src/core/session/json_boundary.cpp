// The window.explorer methods core answers: one table, each entry reading its arguments, calling
// the session and writing the answer. The browser and the node module use it unchanged.
#include "core/session/json_boundary.h"

#include <algorithm>
#include <array>
#include <limits>
#include <map>

#include "core/session/json_args.h"
#include "core/stats/csv_export.h"
#include "core/stats/explanation.h"
#include "core/tags/known_articles.h"
#include "core/tags/tag_rules.h"
#include "core/tags/tag_schema.h"

namespace wortblick::boundary {
namespace {

constexpr std::uint64_t kDefaultStatsLimit = 25;

// A method's answer, or an error message (the reason is in Args or a core message).
struct Reply {
  json value;
  std::string error;
};

Reply failed(const Args& a) { return {nullptr, a.error()}; }
Reply failed(const Message& m) { return {nullptr, english(m)}; }
Reply ok(json value) { return {std::move(value), {}}; }

struct Call {
  Session& session;
  Args& args;
  const CallerTraits& traits;
};

using Run = Reply (*)(Call&);

// ---------------------------------------------------------------- writers

std::string_view kind_name(BlockKind k) {
  switch (k) {
    case BlockKind::Title: return "title";
    case BlockKind::Body: return "body";
    case BlockKind::Comment: return "comment";
    case BlockKind::Boilerplate: return "boilerplate";
  }
  return "body";
}

json range_json(const ByteRange& r) { return json::array({r.begin, r.end}); }

json article_summary(const Corpus& c, const Article& a) {
  return {{"id", a.id}, {"title", a.title}, {"seed", c.sources[a.source].name}, {"words", a.words}, {"range", range_json(a.range)}};
}

// The article's blocks of one kind, paragraphs joined by a blank line.
std::string join_blocks(const Corpus& c, const Article& a, BlockKind kind) {
  std::string out;
  for (const auto& b : a.blocks) {
    if (b.kind != kind) continue;
    if (!out.empty()) out += "\n\n";
    out += c.text(a, b);
  }
  return out;
}

json article_detail(const Corpus& c, const Article& a) {
  json boilerplate = json::array();
  json blocks = json::array();
  for (const auto& b : a.blocks) {
    const auto start = b.range.begin - a.range.begin;
    const auto end = b.range.end - a.range.begin;
    if (b.kind == BlockKind::Boilerplate) boilerplate.push_back({{"start", start}, {"end", end}, {"kind", std::string(b.reason)}});
    blocks.push_back({{"start", start}, {"end", end}, {"kind", std::string(kind_name(b.kind))}, {"reason", std::string(b.reason)}});
  }
  json out = article_summary(c, a);
  out["text"] = c.text(a);
  out["body"] = join_blocks(c, a, BlockKind::Body);
  out["comments"] = join_blocks(c, a, BlockKind::Comment);
  out["boilerplate"] = std::move(boilerplate);
  out["blocks"] = std::move(blocks);
  // Web pages: `text` and every offset refer to the page's visible text, not its markup.
  if (c.sources[a.source].html) out["format"] = "html";
  if (!a.date.empty()) out["date"] = a.date;
  return out;
}

json marks_json(const std::vector<search::Mark>& marks) {
  json a = json::array();
  for (const auto& m : marks) a.push_back({m.begin, m.end});
  return a;
}

json messages_json(const std::vector<Message>& ms) {
  json a = json::array();
  for (const auto& m : ms) a.push_back(english(m));
  return a;
}

json rows_json(const std::vector<stats::FrequencyRow>& rows) {
  json out = json::array();
  for (const auto& r : rows) out.push_back({{"word", r.word}, {"count", r.count}, {"per1000", r.per1000}, {"articles", r.articles}});
  return out;
}

json rows_json(const std::vector<stats::KeynessRow>& rows) {
  json out = json::array();
  for (const auto& r : rows) out.push_back({{"word", r.word}, {"a", r.a}, {"b", r.b}, {"ll", r.ll}, {"effect", r.effect}});
  return out;
}

json tag_json(const tags::Tag& t) {
  return {{"name", t.name}, {"color", t.color}, {"articles", json(std::vector<std::string>(t.articles.begin(), t.articles.end()))}};
}

json category_json(const tags::Category& c) {
  return {{"name", c.name}, {"color", c.color}, {"words", c.words}, {"stem", c.stem}};
}

// ---------------------------------------------------------------- corpus and text

Reply sources(Call& c) {
  json out = json::array();
  for (const auto& s : c.session.corpus().sources) out.push_back({{"seed", s.name}, {"bytes", s.bytes().size()}});
  return ok(std::move(out));
}

Reply source_text(Call& c) {
  std::string name;
  if (!c.args.string(0, "seed", name)) return failed(c.args);
  const auto* s = c.session.corpus().find_source(name);
  return ok(s ? json(std::string(s->bytes())) : json(nullptr));
}

Reply articles(Call& c) {
  const Corpus& corpus = c.session.corpus();
  json out = json::array();
  for (const auto& a : corpus.articles) out.push_back(article_summary(corpus, a));
  return ok(std::move(out));
}

Reply article(Call& c) {
  std::string id;
  if (!c.args.string(0, "id", id)) return failed(c.args);
  const Corpus& corpus = c.session.corpus();
  const auto* a = corpus.find_article(id);
  return ok(a ? article_detail(corpus, *a) : json(nullptr));
}

Reply tokens(Call& c) {
  std::string text;
  if (!c.args.string(0, "text", text)) return failed(c.args);
  json out = json::array();
  std::string cleaned;
  for (const auto& t : c.session.tokens(text, cleaned)) {
    out.push_back({{"text", t.text}, {"key", t.key}, {"stem", t.stem}, {"start", t.start}, {"end", t.end},
                   {"position", t.position}, {"span", t.span}, {"part", t.part}, {"stopword", t.stopword},
                   {"number", t.is_number()}, {"url", t.is_url()}});
  }
  return ok(std::move(out));
}

// ---------------------------------------------------------------- search

Reply search(Call& c) {
  std::string query;
  const json* o = nullptr;
  search::SearchOptions opt;
  Args& a = c.args;
  if (!a.string(0, "query", query) || !a.options(1, o) || !a.number(o, "limit", 0, 10000, opt.limit) ||
      !a.boolean(o, "stem", opt.stem) || !a.number(o, "snippets", 0, 10, opt.snippets) ||
      !a.number(o, "context", 5, 500, opt.context))
    return failed(a);
  const auto r = c.session.search(query, opt);
  const Corpus& corpus = c.session.corpus();
  json hits = json::array();
  for (const auto& h : r.hits) {
    json snippets = json::array();
    json ranges = json::array();
    for (const auto& s : h.snippets) {
      snippets.push_back(search::format_snippet(s));
      ranges.push_back({{"field", s.field == search::Field::Title ? "title" : "body"},
                        {"offset", s.offset},
                        {"text", s.text},
                        {"marks", marks_json(s.marks)}});
    }
    const Article& article = corpus.articles[h.article];
    hits.push_back({{"id", article.id},
                    {"title", article.title},
                    {"score", h.score},
                    {"count", h.count},
                    {"snippets", std::move(snippets)},
                    {"snippetRanges", std::move(ranges)}});
  }
  json out = {{"total", r.total}, {"hits", std::move(hits)}};
  if (!r.notes.empty()) {
    out["note"] = english(r.notes);
    out["notes"] = messages_json(r.notes);
  }
  return ok(std::move(out));
}

Reply highlights(Call& c) {
  std::string id;
  std::string query;
  const json* o = nullptr;
  bool stem = true;
  Args& a = c.args;
  if (!a.string(0, "id", id) || !a.string(1, "query", query) || !a.options(2, o) || !a.boolean(o, "stem", stem))
    return failed(a);
  const Corpus& corpus = c.session.corpus();
  const Article* article = corpus.find_article(id);
  if (!article) return ok(nullptr);
  const auto m = c.session.highlights(static_cast<std::size_t>(article - corpus.articles.data()), query, stem);
  return ok({{"body", marks_json(m.body)}, {"title", marks_json(m.title)}});
}

// concordance(query, {width, stem, limit, sort: 'corpus'|'left'|'right'|['L1', 'R2', ...],
// collocate, left, right})
Reply concordance(Call& c) {
  std::string query;
  const json* o = nullptr;
  search::ConcordanceOptions opt;
  Session::CollocateFilter filter;
  Args& a = c.args;
  if (!a.string(0, "query", query) || !a.options(1, o) || !a.number(o, "width", 1, 1000, opt.width) ||
      !a.boolean(o, "stem", opt.stem) || !a.number(o, "limit", 0, 10000000, opt.limit) ||
      !a.text(o, "collocate", filter.collocate) || !a.number(o, "left", 0, 10, filter.left) ||
      !a.number(o, "right", 0, 10, filter.right))
    return failed(a);
  std::vector<int> keys;
  const json* sort = o && o->contains("sort") ? &(*o)["sort"] : nullptr;
  if (sort && sort->is_array()) {
    if (sort->size() > 3) return {nullptr, "option sort takes at most three positions"};
    for (const auto& k : *sort) {
      const auto p = k.is_string() ? search::concordance_position(k.get<std::string>()) : std::nullopt;
      if (!p) return {nullptr, "option sort positions must be 'L3', 'L2', 'L1', 'R1', 'R2' or 'R3'"};
      keys.push_back(*p);
    }
  } else if (sort && !sort->is_null()) {
    const std::string name = sort->is_string() ? sort->get<std::string>() : std::string();
    if (name == "left") keys = {-1, -2, -3};
    else if (name == "right") keys = {1, 2, 3};
    else if (name != "corpus")
      return {nullptr, "option sort must be \"corpus\", \"left\", \"right\" or a list of positions such as ['L1', 'R2']"};
  }
  json out = json::array();
  for (const auto& l : c.session.concordance(query, opt, keys, filter))
    out.push_back({{"id", l.id}, {"left", l.left}, {"match", l.match}, {"right", l.right}, {"start", l.start}});
  return ok(std::move(out));
}

// ---------------------------------------------------------------- corpus analysis

json collocation_json(const stats::CollocationRow& r) {
  return {{"word", r.word},         {"count", r.counts.together}, {"nodeCount", r.counts.node},
          {"collocateCount", r.counts.collocate}, {"mi", r.scores.mi}, {"mi3", r.scores.mi3},
          {"logDice", r.scores.log_dice}, {"t", r.scores.t}, {"z", r.scores.z}, {"ll", r.scores.ll}};
}

// The options collocates() and explain('collocation') share.
bool read_collocation_options(Args& a, const json* o, stats::Scope& scope, stats::CollocationOptions& options) {
  std::uint64_t limit = kDefaultStatsLimit;
  std::string measure(stats::measure_name(options.sort));
  options.min_freq = 0;  // the session's default for the scope
  if (!a.scope(o, scope) || !a.words(o, options.words) || !a.number(o, "left", 0, 10, options.left) ||
      !a.number(o, "right", 0, 10, options.right) || !a.count(o, "minFreq", options.min_freq) ||
      !a.boolean(o, "sentence", options.sentence) || !a.count(o, "limit", limit) || !a.text(o, "measure", measure))
    return false;
  const auto m = stats::collocation_measure(measure);
  if (!m) return a.fail("option measure must be 'logDice', 'mi', 'mi3', 't', 'z', 'll' or 'frequency'");
  if (options.left + options.right == 0) return a.fail("options left and right cannot both be 0");
  options.sort = *m;
  options.limit = static_cast<std::size_t>(limit);
  return true;
}

// collocates(node, {scope, id, left, right, measure, minFreq, stem, removeStopwords, sentence, limit})
Reply collocates(Call& c) {
  std::string node;
  const json* o = nullptr;
  stats::Scope scope;
  stats::CollocationOptions options;
  Args& a = c.args;
  if (!a.string(0, "node", node) || !a.options(1, o) || !read_collocation_options(a, o, scope, options)) return failed(a);
  const auto table = c.session.collocates(scope, node, options, std::numeric_limits<double>::infinity());
  if (table->error) return failed(*table->error);
  json out = json::array();
  for (const auto& r : table->rows) out.push_back(collocation_json(r));
  return ok(std::move(out));
}

// ngrams({scope, id, n, minFreq, minRange, contains, position, limit})
Reply ngrams(Call& c) {
  const json* o = nullptr;
  stats::Scope scope;
  stats::NgramOptions options;
  std::uint64_t limit = kDefaultStatsLimit;
  std::uint64_t min_range = options.min_range;
  Args& a = c.args;
  if (!a.options(0, o) || !a.scope(o, scope) || !a.number(o, "n", 2, 6, options.n) ||
      !a.count(o, "minFreq", options.min_freq) || !a.count(o, "minRange", min_range) ||
      !a.text(o, "contains", options.contains) || !a.number(o, "position", 0, 6, options.position) ||
      !a.count(o, "limit", limit))
    return failed(a);
  options.min_range = static_cast<std::uint32_t>(std::min<std::uint64_t>(min_range, 0xffffffffu));
  options.limit = static_cast<std::size_t>(limit);
  const auto table = c.session.ngrams(scope, options, std::numeric_limits<double>::infinity());
  if (table->error) return failed(*table->error);
  json out = json::array();
  for (const auto& r : table->rows) out.push_back({{"ngram", r.ngram}, {"count", r.count}, {"range", r.range}});
  return ok(std::move(out));
}

json text_stats_json(const stats::TextStats& s) {
  const auto& r = s.readability;
  json coverage = json::object();
  for (std::size_t i = 0; i < stats::kCoverageLevels.size(); ++i) coverage[std::to_string(stats::kCoverageLevels[i])] = s.coverage[i];
  return {{"tokens", s.figures.words},
          {"types", s.types},
          {"ttr", s.ttr},
          {"sttr", s.sttr},
          {"hapax", s.hapax},
          {"hapaxShare", s.hapax_share},
          {"meanWordLength", r.mean_word_length},
          {"meanSentenceLength", r.mean_sentence_length},
          {"sentences", s.figures.sentences},
          {"syllables", s.figures.syllables},
          {"syllablesPerWord", r.syllables_per_word},
          {"fleschAmstad", r.flesch_amstad},
          {"wstf1", r.wstf1},
          {"lix", r.lix},
          {"coverage", std::move(coverage)},
          {"articles", s.articles}};
}

// textStats({scope, id})
Reply text_stats(Call& c) {
  const json* o = nullptr;
  stats::Scope scope;
  Args& a = c.args;
  if (!a.options(0, o) || !a.scope(o, scope)) return failed(a);
  const auto s = c.session.text_stats(scope, std::numeric_limits<double>::infinity());
  if (s->error) return failed(*s->error);
  return ok(text_stats_json(*s));
}

json explanation_json(const stats::Explanation& e) {
  json values = json::array();
  for (const auto& v : e.values)
    values.push_back({{"symbol", v.symbol}, {"value", v.value}, {"meaning", english(Message{v.meaning, {}})}});
  return {{"figure", e.figure},   {"value", e.value},           {"formula", e.formula},
          {"worked", e.worked},   {"values", std::move(values)}, {"sentence", english(e.sentence)}};
}

// explain(kind, args): 'frequency' {word, scope, id, stem, numbers}; 'keyness' {word, figure:
// 'll' | 'logRatio', scopeA, scopeB, stem, numbers}; 'dispersion' {word, scope, id, stem};
// 'collocation' {node, collocate, measure, ...the options of collocates()}; 'textStat' {figure,
// scope, id}. `numbers` as in frequencies() and keyness(): numbers count in the per-1000 base.
Reply explain(Call& c) {
  std::string kind;
  const json* o = nullptr;
  Args& a = c.args;
  if (!a.string(0, "kind", kind) || !a.options(1, o, "args")) return failed(a);
  std::string word;
  bool stem = false;
  bool numbers = false;
  if (!a.text(o, "word", word) || !a.boolean(o, "stem", stem) || !a.boolean(o, "numbers", numbers)) return failed(a);
  const auto need_word = [&]() { return word.empty() ? a.fail("args.word must name the word") : true; };
  if (kind == "frequency" || kind == "dispersion") {
    stats::Scope scope;
    if (!need_word() || !a.scope(o, scope)) return failed(a);
    const auto n = c.session.count_word(scope, word, stem, numbers);
    if (n.error) return failed(*n.error);
    return ok(explanation_json(kind == "frequency" ? stats::explain_frequency(word, n.count, n.words)
                                                   : stats::explain_dispersion(word, n.count, n.articles_with, n.articles)));
  }
  if (kind == "keyness") {
    std::string figure = "ll";
    stats::Scope sa, sb{stats::ScopeKind::Rest, {}, {}};
    if (!need_word() || !a.text(o, "figure", figure)) return failed(a);
    const json* ja = o && o->contains("scopeA") ? &(*o)["scopeA"] : nullptr;
    const json* jb = o && o->contains("scopeB") ? &(*o)["scopeB"] : nullptr;
    if ((ja && !a.scope(ja, sa, "scopeA: ")) || (jb && !a.scope(jb, sb, "scopeB: "))) return failed(a);
    // Rest is every article not in A: B's count is the corpus's minus A's.
    const auto na = c.session.count_word(sa, word, stem, numbers);
    if (na.error) return failed(*na.error);
    stats::WordCount nb;
    if (sb.kind == stats::ScopeKind::Rest) {
      const auto all = c.session.count_word({}, word, stem, numbers);
      nb.count = all.count - na.count;
      nb.words = all.words - na.words;
    } else {
      nb = c.session.count_word(sb, word, stem, numbers);
      if (nb.error) return failed(*nb.error);
    }
    const auto e = stats::explain_keyness(figure, word, na.count, nb.count, na.words, nb.words);
    if (!e) return {nullptr, "args.figure must be 'll' or 'logRatio'"};
    return ok(explanation_json(*e));
  }
  if (kind == "collocation") {
    std::string node, collocate;
    stats::Scope scope;
    stats::CollocationOptions options;
    if (!a.text(o, "node", node) || !a.text(o, "collocate", collocate) || !read_collocation_options(a, o, scope, options))
      return failed(a);
    if (node.empty() || collocate.empty()) return {nullptr, "args.node and args.collocate must name the words"};
    const auto measure = options.sort;
    options.limit = std::numeric_limits<std::size_t>::max();
    const auto table = c.session.collocates(scope, node, options, std::numeric_limits<double>::infinity());
    if (table->error) return failed(*table->error);
    std::string cleaned;
    const auto tokens = c.session.tokens(collocate, cleaned);
    const std::string wanted = tokens.empty() ? std::string() : std::string(tokens.front().key);
    for (const auto& r : table->rows) {
      std::string row_cleaned;
      const auto row_tokens = c.session.tokens(r.word, row_cleaned);
      if (row_tokens.empty()) continue;
      const std::string row_key(row_tokens.front().key);
      const bool same = options.words.stem ? c.session.stem_of_key(row_key) == c.session.stem_of_key(wanted) : row_key == wanted;
      if (same)
        return ok(explanation_json(stats::explain_collocation(table->node, r.word, measure, r.counts, options.left, options.right)));
    }
    return {nullptr, "'" + collocate + "' is not among the collocates of '" + node + "' with these options"};
  }
  if (kind == "textStat") {
    std::string figure;
    stats::Scope scope;
    if (!a.text(o, "figure", figure) || !a.scope(o, scope)) return failed(a);
    const auto s = c.session.text_stats(scope, std::numeric_limits<double>::infinity());
    if (s->error) return failed(*s->error);
    const auto e = stats::explain_text_stat(figure, *s);
    if (!e) return {nullptr, "args.figure must be a textStats() field such as 'fleschAmstad', 'lix' or 'coverage80'"};
    return ok(explanation_json(*e));
  }
  return {nullptr, "argument 1 (kind) must be 'frequency', 'keyness', 'dispersion', 'collocation' or 'textStat'"};
}

// ---------------------------------------------------------------- texts

Reply add_texts(Call& c) {
  const json& list = c.args.at(0);
  if (!list.is_array()) return {nullptr, "argument 1 (texts) must be an array of {name, text} or {name, html}"};
  std::vector<search::NewText> texts;
  for (std::size_t i = 0; i < list.size(); ++i) {
    const json& t = list[i];
    const bool is_html = t.is_object() && t.contains("html");
    const char* field = is_html ? "html" : "text";
    if (!t.is_object() || !t.contains(field) || !t[field].is_string() || (is_html && t.contains("text")))
      return {nullptr, "texts[" + std::to_string(i) + "] must be an object with a string text or a string html"};
    std::string name = t.contains("name") && t["name"].is_string() ? t["name"].get<std::string>() : "";
    texts.push_back({std::move(name), t[field].get<std::string>(),
                     is_html ? search::TextFormat::HtmlString : search::TextFormat::Text});
  }
  // {budgetMs}: about that much work now, the rest by later step() calls (a UI makes one per
  // frame); without it, the caller's default.
  double budget = c.traits.add_texts_budget_ms;
  const json& o = c.args.at(1);
  if (o.is_object() && o.contains("budgetMs") && o["budgetMs"].is_number()) budget = std::max(0.0, o["budgetMs"].get<double>());
  const auto r = c.session.add_texts(std::move(texts), budget);
  json out = {{"ok", !r.error}, {"ids", r.ids}, {"articles", r.articles}, {"warnings", messages_json(r.warnings)},
              {"pending", c.session.pending()}};
  if (r.error) out["error"] = english(*r.error);
  return ok(std::move(out));
}

Reply remove_text(Call& c) {
  std::string id;
  if (!c.args.string(0, "id", id)) return failed(c.args);
  if (const auto e = c.session.remove_text(id)) return failed(*e);
  return ok({{"ok", true}});
}

Reply stats_of(Call& c) {
  const Workspace& w = c.session.workspace();
  const auto& ix = w.search.index;
  json out = {{"articles", w.corpus.articles.size()},
              {"indexed", ix.live_docs()},
              // Added texts are done when they are segmented, indexed and counted for the charts.
              {"pending", c.session.pending()},
              {"tokens", ix.total_tokens()},
              {"terms", ix.vocabulary().size()},
              {"indexBytes", ix.byte_size()},
              {"lastSearchMs", c.session.last_search_ms()}};
  if (c.traits.page_stats) c.traits.page_stats(out);
  return ok(std::move(out));
}

// ---------------------------------------------------------------- statistics

struct FrequencyCall {
  stats::Scope scope;
  stats::FrequencyOptions options;
};

bool read_frequency_call(Args& a, FrequencyCall& out) {
  const json* o = nullptr;
  std::uint64_t limit = kDefaultStatsLimit;
  if (!a.options(0, o) || !a.scope(o, out.scope) || !a.words(o, out.options.words) || !a.count(o, "limit", limit))
    return false;
  out.options.limit = static_cast<std::size_t>(limit);
  return true;
}

Reply frequencies(Call& c) {
  FrequencyCall in;
  if (!read_frequency_call(c.args, in)) return failed(c.args);
  const auto table = c.session.frequencies(in.scope, in.options);
  if (table.error) return failed(*table.error);
  return ok(rows_json(table.rows));
}

Reply frequencies_csv(Call& c) {
  FrequencyCall in;
  if (!read_frequency_call(c.args, in)) return failed(c.args);
  const auto table = c.session.frequencies(in.scope, in.options);
  if (table.error) return failed(*table.error);
  return ok(stats::frequency_csv(table.rows));
}

// keyness(scopeA, scopeB, {limit, direction, minCount, removeStopwords, stem, minLength, numbers})
Reply keyness(Call& c) {
  Args& a = c.args;
  if (!a.at(0).is_object()) return {nullptr, "argument 1 (scopeA) must be an object {scope, id}"};
  if (!a.at(1).is_object()) return {nullptr, "argument 2 (scopeB) must be an object {scope, id}, e.g. {scope: 'rest'}"};
  stats::Scope sa;
  stats::Scope sb;
  const json* o = nullptr;
  stats::KeynessOptions options;
  std::uint64_t limit = kDefaultStatsLimit;
  std::string direction = "both";
  if (!a.scope(&a.at(0), sa, "scopeA: ") || !a.scope(&a.at(1), sb, "scopeB: ") || !a.options(2, o) ||
      !a.words(o, options.words) || !a.count(o, "limit", limit) || !a.count(o, "minCount", options.min_count) ||
      !a.text(o, "direction", direction))
    return failed(a);
  if (direction != "over" && direction != "under" && direction != "both")
    return {nullptr, "direction must be 'over', 'under' or 'both'"};
  options.limit = static_cast<std::size_t>(limit);
  const auto table = c.session.keyness(sa, sb, options);
  if (table.error) return failed(*table.error);
  if (direction == "over") return ok(rows_json(table.over));
  if (direction == "under") return ok(rows_json(table.under));
  return ok(rows_json(stats::merged(table, options.limit)));
}

// distribution(['Amazon', {category: 'Firmen'}], {scope, id, ids, stem})
Reply distribution(Call& c) {
  const json& items = c.args.at(0);
  if (!items.is_array()) return {nullptr, "argument 1 must be an array of words or {category: name}"};
  std::vector<stats::SeriesSpec> series;
  for (const auto& item : items) {
    if (item.is_string()) {
      series.push_back({item.get<std::string>(), false});
    } else if (item.is_object() && item.contains("category") && item["category"].is_string()) {
      series.push_back({item["category"].get<std::string>(), true});
    } else if (item.is_object() && item.contains("word") && item["word"].is_string()) {
      series.push_back({item["word"].get<std::string>(), false});
    } else {
      return {nullptr, "each item must be a word or {category: name}"};
    }
  }
  const json* o = nullptr;
  stats::Scope scope;
  bool stem = false;
  if (!c.args.options(1, o) || !c.args.scope(o, scope) || !c.args.boolean(o, "stem", stem)) return failed(c.args);
  const auto d = c.session.distribution(scope, series, stem);
  if (d.error) return failed(*d.error);
  json articles = json::array();
  for (const Article* a : d.articles) articles.push_back({{"id", a->id}, {"title", a->title}, {"words", a->words}});
  json out_series = json::array();
  for (const auto& s : d.series) out_series.push_back({{"label", s.label}, {"counts", s.counts}, {"per1000", s.per1000}});
  return ok({{"articles", std::move(articles)}, {"series", std::move(out_series)}});
}

// dispersion(word, {stem, scope, id, ids}) -> [{id, positions, offsets, length, word}]
Reply dispersion(Call& c) {
  std::string word;
  const json* o = nullptr;
  stats::Scope scope;
  bool stem = false;
  Args& a = c.args;
  if (!a.string(0, "word", word) || !a.options(1, o) || !a.scope(o, scope) || !a.boolean(o, "stem", stem))
    return failed(a);
  const auto d = c.session.dispersion(scope, word, stem);
  if (d.error) return failed(*d.error);
  json out = json::array();
  for (const auto& x : d.articles) {
    out.push_back({{"id", x.article->id}, {"positions", x.positions}, {"offsets", x.offsets}, {"length", x.length}, {"word", d.label}});
  }
  return ok(std::move(out));
}

Reply suggest_tags(Call& c) {
  std::string id;
  if (!c.args.string(0, "id", id)) return failed(c.args);
  if (!c.session.corpus().find_article(id)) return failed(Message{Msg::ScopeUnknownArticle, {id}});
  return ok(c.session.suggest_tags(id));
}

Reply stopwords(Call& c) { return ok(c.session.stopwords()); }

// setStopwords({add: [...], remove: [...]}) -> the new list.
Reply set_stopwords(Call& c) {
  const json& o = c.args.at(0);
  if (!o.is_object()) return {nullptr, "argument 1 must be an object {add: [words], remove: [words]}"};
  std::array<std::vector<std::string>, 2> lists;
  const std::array<const char*, 2> fields = {"add", "remove"};
  for (std::size_t f = 0; f < 2; ++f) {
    if (!o.contains(fields[f])) continue;
    const json& words = o[fields[f]];
    if (!words.is_array()) return {nullptr, std::string(fields[f]) + " must be an array of words"};
    for (const auto& word : words) {
      if (!word.is_string() || word.get<std::string>().empty())
        return {nullptr, std::string(fields[f]) + " must be an array of non-empty words"};
      lists[f].push_back(word.get<std::string>());
    }
  }
  return ok(c.session.edit_stopwords(lists[0], lists[1]));
}

// ---------------------------------------------------------------- tags and categories

Reply status_reply(const tags::Status& s) {
  if (!s.ok()) return failed(*s.error);
  return ok(s.changed > 0);
}

// tag(id | [ids], name) and untag(id | [ids], name): the number of articles that changed.
Reply tag_or_untag(Call& c, bool tag) {
  std::vector<std::string> ids;
  std::string name;
  if (!c.args.strings(0, "id", ids) || !c.args.string(1, "name", name)) return failed(c.args);
  for (const auto& id : ids)
    if (!c.session.corpus().find_article(id)) return {nullptr, "unknown article " + tags::in_quotes(id)};
  auto& store = c.session.tags();
  const auto s = tag ? store.assign(name, ids) : store.unassign(name, ids);
  if (!s.ok()) return failed(*s.error);
  return ok(s.changed);
}

Reply tag(Call& c) { return tag_or_untag(c, true); }
Reply untag(Call& c) { return tag_or_untag(c, false); }

Reply tag_list(Call& c) {
  json out = json::array();
  const auto& store = c.session.tags();
  for (std::size_t i = 0; i < store.tag_count(); ++i) out.push_back(tag_json(store.tag_at(i)));
  return ok(std::move(out));
}

Reply create_tag(Call& c) {
  std::string name;
  std::string color;
  if (!c.args.string(0, "name", name)) return failed(c.args);
  const json& col = c.args.at(1);
  if (!col.is_null() && !col.is_string()) return {nullptr, Args::name(1, "color") + " must be a string"};
  if (col.is_string()) color = col.get<std::string>();
  const auto s = c.session.tags().create_tag(name, color);
  if (!s.ok()) return failed(*s.error);
  return ok(tag_json(*c.session.tags().find_tag(name)));
}

// Methods on one or two names: renameTag, recolorTag, deleteTag, untagAll, deleteCategory.
template <tags::Status (tags::TagStore::*Change)(std::string_view)>
Reply on_name(Call& c) {
  std::string name;
  if (!c.args.string(0, "name", name)) return failed(c.args);
  return status_reply((c.session.tags().*Change)(name));
}

template <tags::Status (tags::TagStore::*Change)(std::string_view, std::string_view)>
Reply on_name_value(Call& c) {
  std::string name;
  std::string value;
  if (!c.args.string(0, "name", name) || !c.args.string(1, "value", value)) return failed(c.args);
  return status_reply((c.session.tags().*Change)(name, value));
}

Reply undo_tags(Call& c) {
  auto& store = c.session.tags();
  // Nothing to undo is not a broken contract: answer null.
  if (!store.can_undo()) return ok(nullptr);
  const std::string label = english(*store.undo_label());
  (void)store.undo();
  return ok(label);
}

Reply category_list(Call& c) {
  json out = json::array();
  const auto& store = c.session.tags();
  for (std::size_t i = 0; i < store.category_count(); ++i) out.push_back(category_json(store.category_at(i)));
  return ok(std::move(out));
}

Reply set_category(Call& c) {
  Args& a = c.args;
  std::string name;
  std::vector<std::string> words;
  const json* o = nullptr;
  std::string color;
  if (!a.string(0, "name", name)) return failed(a);
  if (!a.at(1).is_array()) return {nullptr, Args::name(1, "words") + " must be an array of strings"};
  if (!a.strings(1, "words", words) || !a.options(2, o) || !a.text(o, "color", color)) return failed(a);
  std::optional<bool> stem;
  if (o && o->contains("stem")) {
    bool value = false;
    if (!a.boolean(o, "stem", value)) return failed(a);
    stem = value;
  }
  const auto s = c.session.tags().set_category(name, words, stem, color);
  if (!s.ok()) return failed(*s.error);
  const auto* category = c.session.tags().find_category(name);
  return ok(category ? category_json(*category) : json(nullptr));
}

Reply export_tags(Call& c) { return ok(tags::export_json(c.session.tags())); }

Reply import_tags(Call& c) {
  std::string text;
  const json* o = nullptr;
  std::string mode = "merge";
  Args& a = c.args;
  if (!a.string(0, "json", text) || !a.options(1, o) || !a.text(o, "mode", mode)) return failed(a);
  if (mode != "merge" && mode != "replace") return {nullptr, Args::name(1, "options") + ".mode must be 'merge' or 'replace'"};
  std::vector<std::string> ids;
  for (const auto& article : c.session.corpus().articles) ids.push_back(article.id);
  const auto r = tags::import_json(c.session.tags(), text, mode == "replace" ? tags::ImportMode::Replace : tags::ImportMode::Merge,
                                   tags::KnownArticles(std::move(ids)));
  json out = {{"ok", r.ok}, {"added", r.added}};
  if (!r.ok) out["error"] = r.error;
  return ok(std::move(out));
}

Reply tags_revision(Call& c) { return ok(c.session.tags().revision()); }

// ---------------------------------------------------------------- the table

const std::map<std::string_view, Run, std::less<>>& methods() {
  static const std::map<std::string_view, Run, std::less<>> table = {
      {"sources", sources},
      {"sourceText", source_text},
      {"articles", articles},
      {"article", article},
      {"tokens", tokens},
      {"search", search},
      {"highlights", highlights},
      {"concordance", concordance},
      {"addTexts", add_texts},
      {"removeText", remove_text},
      {"stats", stats_of},
      {"frequencies", frequencies},
      {"frequenciesCsv", frequencies_csv},
      {"keyness", keyness},
      {"distribution", distribution},
      {"dispersion", dispersion},
      {"suggestTags", suggest_tags},
      {"collocates", collocates},
      {"ngrams", ngrams},
      {"textStats", text_stats},
      {"explain", explain},
      {"stopwords", stopwords},
      {"setStopwords", set_stopwords},
      {"tags", tag_list},
      {"tag", tag},
      {"untag", untag},
      {"createTag", create_tag},
      {"renameTag", on_name_value<&tags::TagStore::rename_tag>},
      {"recolorTag", on_name_value<&tags::TagStore::recolor_tag>},
      {"deleteTag", on_name<&tags::TagStore::delete_tag>},
      {"untagAll", on_name<&tags::TagStore::clear_tag>},
      {"undoTags", undo_tags},
      {"categories", category_list},
      {"setCategory", set_category},
      {"deleteCategory", on_name<&tags::TagStore::delete_category>},
      {"exportTags", export_tags},
      {"importTags", import_tags},
      {"tagsRevision", tags_revision},
  };
  return table;
}

}  // namespace

std::string method_names() {
  json names = json::array();
  for (const auto& [name, run] : methods()) names.push_back(name);
  return names.dump();
}

std::string answer(const json& value) {
  return json{{"value", value}}.dump(-1, ' ', false, json::error_handler_t::replace);
}

std::string error(std::string_view method, std::string_view message) {
  return json{{"error", std::string(method) + ": " + std::string(message)}}.dump(-1, ' ', false,
                                                                              json::error_handler_t::replace);
}

std::optional<std::string> call(Session& session, std::string_view method, std::string_view args_json,
                                const CallerTraits& traits) {
  const auto it = methods().find(method);
  if (it == methods().end()) return std::nullopt;
  const json parsed = json::parse(args_json, nullptr, /*allow_exceptions=*/false);
  // Arguments that did not parse (e.g. raw invalid UTF-8) would otherwise read as "argument 1
  // must be a string", which blames the wrong thing.
  if (parsed.is_discarded() || !parsed.is_array()) return error(method, "arguments are not valid JSON");
  Args args(parsed);
  Call c{session, args, traits};
  const Reply r = it->second(c);
  if (!r.error.empty()) return error(method, r.error);
  return answer(r.value);
}

}  // namespace wortblick::boundary
