// Recomputes the open chart's data (core caches make repeats cheap) and resolves chart scopes.
#include "app/charts.h"

#include <algorithm>
#include <cmath>
#include <string>

#include "app/text_stats_columns.h"

namespace wortblick::app {

bool is_chart_view(View view) {
  return view == View::Frequencies || view == View::Trends || view == View::Dispersion || view == View::Compare ||
         view == View::Cloud || view == View::Collocates || view == View::Ngrams || view == View::TextStats;
}

const char* chart_file_stem(View view) {
  switch (view) {
    case View::Frequencies: return "haeufigkeiten";
    case View::Trends: return "verteilung";
    case View::Dispersion: return "streuung";
    case View::Compare: return "vergleich";
    case View::Cloud: return "wortwolke";
    case View::Collocates: return "kollokationen";
    case View::Ngrams: return "ngramme";
    case View::TextStats: return "textstatistik";
    default: return "tabelle";
  }
}

stats::CollocationOptions collocation_options(const ChartSettings& c) {
  stats::CollocationOptions o;
  o.words = c.words;
  o.left = static_cast<std::uint32_t>(c.left);
  o.right = static_cast<std::uint32_t>(c.right);
  o.sentence = c.sentence;
  o.min_freq = 0;  // the session's default: 3 on the corpus, 2 below
  o.sort = c.measure;
  o.limit = static_cast<std::size_t>(c.top_n);
  return o;
}

stats::Scope resolve_scope(const Model& m, stats::ScopeKind kind, const std::string& id) {
  stats::Scope s{kind, id, {}};
  const auto& articles = m.session.corpus().articles;
  switch (kind) {
    case stats::ScopeKind::Article:
      if (s.id.empty() && m.selected_article) s.id = articles[*m.selected_article].id;
      break;
    case stats::ScopeKind::Tag:
      if (s.id.empty() && m.session.tags().tag_count() > 0) s.id = m.session.tags().tag_at(0).name;
      break;
    case stats::ScopeKind::Category:
      if (s.id.empty() && m.session.tags().category_count() > 0) s.id = m.session.tags().category_at(0).name;
      break;
    case stats::ScopeKind::Search:
      s.id = m.search.query;
      s.search_stem = m.search.stem;  // the articles the result list shows
      break;
    default:
      break;
  }
  return s;
}

namespace {

std::string settings_key(const Model& m, float font_size) {
  const ChartSettings& c = m.charts;
  std::string k = std::to_string(static_cast<int>(m.view)) + "|" + std::to_string(static_cast<int>(c.scope)) + "|" +
                  c.scope_id + "|" + std::to_string(c.words.remove_stopwords) + std::to_string(c.words.stem) +
                  std::to_string(c.words.numbers) + "|" + std::to_string(c.words.min_length) + "|" +
                  std::to_string(c.top_n) + "|" + c.dispersion_word + "|" +
                  std::to_string(static_cast<int>(c.compare_a)) + c.compare_a_id + "|" +
                  std::to_string(static_cast<int>(c.compare_b)) + c.compare_b_id + "|";
  for (const auto& t : c.trends) k += t.word + (t.category ? "#c," : ",");
  k += "|" + c.node + "|" + std::to_string(c.left) + "/" + std::to_string(c.right) + std::to_string(c.sentence) + "/" +
       std::to_string(static_cast<int>(c.measure)) + "|" + c.second_node + "|" + std::to_string(c.ngram_n) + "/" +
       std::to_string(c.ngram_min_freq) + "/" + std::to_string(c.ngram_min_range) + "/" + c.ngram_contains + "/" +
       std::to_string(c.ngram_position) + "|" + std::to_string(c.text_sort) + (c.text_sort_descending ? "v" : "^");
  k += "|" + m.search.query + (m.search.stem ? "|s|" : "|e|") + std::to_string(m.session.tags().revision()) + "|" +
       std::to_string(m.session.corpus().articles.size()) + "|" + std::to_string(m.selected_article.value_or(~0u));
  if (m.view == View::Cloud) {
    k += "|" + std::to_string(static_cast<int>(m.view_state.cloud_width)) + "x" +
         std::to_string(static_cast<int>(m.view_state.cloud_height)) + "@" + std::to_string(font_size);
  }
  return k;
}

// The cloud fills its pane: laid out at the standard sizes, then again with every word scaled by
// how much room the first layout left (a few rounds, keeping the largest layout that drops no
// more words), so the largest word is as large as fits.
void layout_cloud(Model& m, const ChartMeasures& measures) {
  ChartData& d = m.chart_data;
  d.cloud_words.clear();
  for (const auto& row : d.table.rows) d.cloud_words.push_back({row.word, static_cast<double>(row.count)});
  stats::CloudOptions options;
  options.width = m.view_state.cloud_width;
  options.height = m.view_state.cloud_height;
  const float em = measures.font_size;
  options.min_font_px = em * 0.8f;
  options.max_font_px = em * 3.2f;
  options.padding = em * 0.2f;
  d.cloud = stats::layout_cloud(d.cloud_words, options, measures.text_size);
  for (int round = 0; round < 4 && d.cloud.error.empty() && !d.cloud.placed.empty(); ++round) {
    float x0 = options.width, y0 = options.height, x1 = 0, y1 = 0;
    for (const auto& p : d.cloud.placed) {
      x0 = std::min(x0, p.x);
      y0 = std::min(y0, p.y);
      x1 = std::max(x1, p.x + p.width);
      y1 = std::max(y1, p.y + p.height);
    }
    const float used_w = std::max(x1 - x0, 1.0f), used_h = std::max(y1 - y0, 1.0f);
    const float grow = std::min(options.width / used_w, options.height / used_h) * 0.95f;
    if (grow < 1.08f) break;
    stats::CloudOptions bigger = options;
    bigger.max_font_px = std::min(options.max_font_px * grow, options.height * 0.3f);
    bigger.min_font_px = std::min(options.min_font_px * std::sqrt(grow), bigger.max_font_px);
    if (bigger.max_font_px <= options.max_font_px * 1.02f) break;
    auto next = stats::layout_cloud(d.cloud_words, bigger, measures.text_size);
    if (!next.error.empty() || next.dropped.size() > d.cloud.dropped.size()) break;
    d.cloud = std::move(next);
    options = bigger;
  }
}

}  // namespace

void refresh_reader_stats(Model& m) {
  if (m.view != View::Reader || !m.selected_article || m.session.pending() > 0) return;
  const auto& articles = m.session.corpus().articles;
  if (*m.selected_article >= articles.size()) return;
  const std::string& id = articles[*m.selected_article].id;
  std::string key = id + '/' + std::to_string(m.session.corpus_revision());
  if (key == m.chart_data.reader_stats_key) return;
  // One article's figures were made when it was counted: no job, done within this call.
  if (auto s = m.session.text_stats({stats::ScopeKind::Article, id, {}}, 0)) {
    m.chart_data.reader_stats = std::move(*s);
    m.chart_data.reader_stats_key = std::move(key);
  }
}

void refresh_charts(Model& m, const ChartMeasures& measures) {
  if (!is_chart_view(m.view)) return;
  ChartData& d = m.chart_data;
  // The session counts added articles a slice per frame (step()); charts wait for all of them.
  d.pending = m.session.pending();
  if (d.pending > 0) return;
  std::string key = settings_key(m, measures.font_size);
  if (key == d.key) return;
  d.key = std::move(key);
  const ChartSettings& c = m.charts;
  const stats::Scope scope = resolve_scope(m, c.scope, c.scope_id);
  d.analysing = false;
  switch (m.view) {
    case View::Frequencies:
    case View::Cloud: {
      stats::FrequencyOptions options{c.words, static_cast<std::size_t>(m.view == View::Cloud ? 60 : c.top_n)};
      d.table = m.session.frequencies(scope, options);
      if (m.view == View::Cloud && m.view_state.cloud_width > 0 && measures.text_size) layout_cloud(m, measures);
      break;
    }
    case View::Compare: {
      stats::KeynessOptions options;
      options.words = c.words;
      options.limit = static_cast<std::size_t>(c.top_n);
      options.min_count = 2;
      d.keyness = m.session.keyness(resolve_scope(m, c.compare_a, c.compare_a_id),
                                   resolve_scope(m, c.compare_b, c.compare_b_id), options);
      break;
    }
    case View::Trends:
      d.trends = m.session.distribution(scope, c.trends, c.words.stem);
      break;
    case View::Dispersion:
      d.dispersion = m.session.dispersion(scope, c.dispersion_word, c.words.stem);
      break;
    case View::Collocates: {
      stats::CollocationOptions o = collocation_options(c);
      // The session runs the job in step() over the next frames; the key is kept only once
      // the table is complete, so the chart asks again until then.
      auto table = m.session.collocates(scope, c.node, o, 0, &d.fraction);
      if (table && !c.second_node.empty() && !table->error) {
        auto second = m.session.collocates(scope, c.second_node, o, 0, &d.fraction);
        if (!second) table.reset();
        else d.second = std::move(*second);
      }
      d.analysing = !table;
      if (table) d.collocations = std::move(*table);
      if (c.second_node.empty()) d.second = {};
      break;
    }
    case View::Ngrams: {
      stats::NgramOptions o;
      o.n = static_cast<std::uint32_t>(c.ngram_n);
      o.min_freq = static_cast<std::uint64_t>(c.ngram_min_freq);
      o.min_range = static_cast<std::uint32_t>(c.ngram_min_range);
      o.contains = c.ngram_contains;
      o.position = static_cast<std::uint32_t>(c.ngram_position);
      o.limit = static_cast<std::size_t>(c.top_n);
      auto table = m.session.ngrams(scope, o, 0, &d.fraction);
      d.analysing = !table;
      if (table) d.ngrams = std::move(*table);
      break;
    }
    case View::TextStats: {
      auto s = m.session.text_stats(scope, 0, &d.fraction);
      d.analysing = !s;
      // The view shows a progress bar until the scope's figures are done: copying and sorting
      // every article's row before then would be redone each frame of the job for nothing.
      if (!s) break;
      d.text_stats = std::move(*s);
      d.article_stats = m.session.article_text_stats();
      d.article_order = text_stats_order(m.session.corpus(), d.article_stats, c.text_sort, c.text_sort_descending);
      break;
    }
    default:
      break;
  }
  if (d.analysing) d.key.clear();
}

}  // namespace wortblick::app
