// Handlers of chart actions, and the refresh that recomputes chart data when its inputs change.
#include <imgui.h>

#include <algorithm>
#include <string>

#include "app/actions.h"
#include "app/charts.h"
#include "app/reader_navigation.h"
#include "core/stats/csv_export.h"

namespace wortblick::app {
namespace {

std::string scope_file_name(const Model& m) {
  std::string name = std::string(stats::scope_name(m.charts.scope));
  if (!m.charts.scope_id.empty()) name += "-" + m.charts.scope_id;
  for (char& c : name) {
    if (c == '/' || c == '\\' || c == ':' || c == ' ' || c == '"') c = '_';
  }
  return name;
}

}  // namespace

void apply_action(Model& m, const SetChartSettings& a) {
  m.charts = a.settings;
  m.charts.top_n = std::clamp(m.charts.top_n, 5, 100);
  if (m.charts.trends.size() > 6) m.charts.trends.resize(6);
}

std::size_t reveal_count(const Model& m) {
  const ChartData& d = m.chart_data;
  switch (m.view) {
    case View::Compare: return d.keyness.over.size() + d.keyness.under.size();
    case View::Cloud: return d.cloud.placed.size();
    default: return d.table.rows.size();
  }
}

void apply_action(Model& m, const SetReveal& a) { m.reveal = a.reveal; }

void apply_action(Model& m, const RevealStep& a) {
  if (m.reveal.mode == RevealMode::Off) return;
  const auto total = static_cast<long long>(reveal_count(m));
  const long long shown = std::clamp(static_cast<long long>(m.reveal.shown) + a.delta, 0LL, total);
  m.reveal.shown = static_cast<std::size_t>(shown);
}

void apply_action(Model& m, const ExploreWord& a) {
  apply_action(m, SetQuery{a.word});
  m.view = View::Concordance;
}

void apply_action(Model& m, const ExploreCollocation& a) {
  // A phrase is searched as a phrase; a word or cat:Name as it is.
  const bool phrase = a.node.find(' ') != std::string::npos && a.node.front() != '"';
  apply_action(m, SetQuery{phrase ? "\"" + a.node + "\"" : a.node});
  m.search.concordance_collocate = a.collocate;
  m.search.collocate_left = m.charts.left;
  m.search.collocate_right = m.charts.right;
  m.search.collocate_stem = m.charts.words.stem;
  m.search.concordance_stale = true;
  apply_action(m, SetView{View::Concordance});
}

void apply_action(Model& m, const ExploreNgram& a) {
  apply_action(m, SetQuery{"\"" + a.ngram + "\""});
  apply_action(m, SetView{View::Concordance});
}

void apply_action(Model& m, const ShowExplanation& a) {
  m.explanation.shown = a.explanation;
}

void apply_action(Model& m, const ToggleReaderStats&) { m.reader_stats_open = !m.reader_stats_open; }

void apply_action(Model& m, const OpenArticleWithWord& a) {
  apply_action(m, SetQuery{a.word});
  apply_action(m, OpenHit{a.article, a.offset});
}

void apply_action(Model& m, const EditStopword& a) {
  const std::vector<std::string> word = {a.word};
  (void)m.session.edit_stopwords(a.add ? word : std::vector<std::string>{}, a.add ? std::vector<std::string>{} : word);
  m.chart_data.key.clear();  // charts recount with the new list (core's caches notice it too)
}

void apply_action(Model& m, const ExportChartCsv&) {
  const std::string base = std::string("wortblick-") + chart_file_stem(m.view) + "-" + scope_file_name(m);
  const ChartData& d = m.chart_data;
  if (m.view == View::Compare) {
    m.downloads.push_back({base + ".csv", "text/csv;charset=utf-8",
                           stats::keyness_csv(stats::merged(m.chart_data.keyness, 1000))});
  } else if (m.view == View::Collocates) {
    m.downloads.push_back({base + ".csv", "text/csv;charset=utf-8", stats::collocation_csv(d.collocations.rows)});
  } else if (m.view == View::Ngrams) {
    m.downloads.push_back({base + ".csv", "text/csv;charset=utf-8", stats::ngram_csv(d.ngrams.rows)});
  } else if (m.view == View::TextStats) {
    // Every article, as the table lists them (the scope's own figures are the first row).
    const auto& corpus = m.session.corpus();
    const auto& each = m.session.article_text_stats();
    std::vector<stats::TitledTextStats> rows;
    rows.push_back({"*", stats::scope_name(m.charts.scope), &d.text_stats});
    for (std::size_t i = 0; i < each.size() && i < corpus.articles.size(); ++i)
      rows.push_back({corpus.articles[i].title, corpus.articles[i].id, &each[i]});
    m.downloads.push_back({base + ".csv", "text/csv;charset=utf-8", stats::text_stats_csv(rows)});
  } else {
    m.downloads.push_back({base + ".csv", "text/csv;charset=utf-8", stats::frequency_csv(m.chart_data.table.rows)});
  }
}

void apply_action(Model& m, const ExportChartPng& a) {
  m.png_request = PngRequest{std::string("wortblick-") + chart_file_stem(m.view) + "-" + scope_file_name(m) + ".png",
                             a.x, a.y, a.width, a.height};
}

void apply_action(Model& m, const PngSaved&) { m.png_request.reset(); }

}  // namespace wortblick::app
