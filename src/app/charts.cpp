// Recomputes the open chart's data (core caches make repeats cheap) and resolves chart scopes.
#include "app/charts.h"

#include <imgui.h>

#include <cfloat>
#include <string>

namespace wortblick::app {

bool is_chart_view(View view) {
  return view == View::Frequencies || view == View::Trends || view == View::Dispersion || view == View::Compare ||
         view == View::Cloud;
}

const char* chart_file_stem(View view) {
  switch (view) {
    case View::Frequencies: return "haeufigkeiten";
    case View::Trends: return "verteilung";
    case View::Dispersion: return "streuung";
    case View::Compare: return "vergleich";
    case View::Cloud: return "wortwolke";
    default: return "tabelle";
  }
}

stats::Scope resolve_scope(const Model& m, stats::ScopeKind kind, const std::string& id) {
  stats::Scope s{kind, id, {}};
  const auto& articles = m.workspace.corpus.articles;
  switch (kind) {
    case stats::ScopeKind::Article:
      if (s.id.empty() && m.selected_article) s.id = articles[*m.selected_article].id;
      break;
    case stats::ScopeKind::Tag:
      if (s.id.empty() && m.workspace.tags.tag_count() > 0) s.id = m.workspace.tags.tag_at(0).name;
      break;
    case stats::ScopeKind::Category:
      if (s.id.empty() && m.workspace.tags.category_count() > 0) s.id = m.workspace.tags.category_at(0).name;
      break;
    case stats::ScopeKind::Search:
      for (const auto& hit : m.search.result.hits) s.ids.push_back(hit.id);
      break;
    default:
      break;
  }
  return s;
}

namespace {

std::string settings_key(const Model& m) {
  const ChartSettings& c = m.charts;
  std::string k = std::to_string(static_cast<int>(m.view)) + "|" + std::to_string(static_cast<int>(c.scope)) + "|" +
                  c.scope_id + "|" + std::to_string(c.words.remove_stopwords) + std::to_string(c.words.stem) +
                  std::to_string(c.words.numbers) + "|" + std::to_string(c.words.min_length) + "|" +
                  std::to_string(c.top_n) + "|" + c.dispersion_word + "|" +
                  std::to_string(static_cast<int>(c.compare_a)) + c.compare_a_id + "|" +
                  std::to_string(static_cast<int>(c.compare_b)) + c.compare_b_id + "|";
  for (const auto& t : c.trends) k += t.word + (t.category ? "#c," : ",");
  k += "|" + m.search.query + "|" + std::to_string(m.workspace.tags.revision()) + "|" +
       std::to_string(m.workspace.corpus.articles.size()) + "|" + std::to_string(m.selected_article.value_or(~0u));
  if (m.view == View::Cloud) {
    k += "|" + std::to_string(static_cast<int>(m.view_state.cloud_width)) + "x" +
         std::to_string(static_cast<int>(m.view_state.cloud_height)) + "@" + std::to_string(ImGui::GetFontSize());
  }
  return k;
}

void layout_cloud(Model& m) {
  ChartData& d = m.chart_data;
  d.cloud_words.clear();
  for (const auto& row : d.table.rows) d.cloud_words.push_back({row.word, static_cast<double>(row.count)});
  stats::CloudOptions options;
  options.width = m.view_state.cloud_width;
  options.height = m.view_state.cloud_height;
  const float em = ImGui::GetFontSize();
  options.min_font_px = em * 0.8f;
  options.max_font_px = em * 3.2f;
  options.padding = em * 0.2f;
  ImFont* font = ImGui::GetFont();
  d.cloud = stats::layout_cloud(d.cloud_words, options, [font](std::string_view text, float px) {
    const ImVec2 size = font->CalcTextSizeA(px, FLT_MAX, 0.0f, text.data(), text.data() + text.size());
    return stats::TextSize{size.x, size.y};
  });
}

}  // namespace

void refresh_charts(Model& m) {
  if (!is_chart_view(m.view)) return;
  ChartData& d = m.chart_data;
  d.pending = stats::step(m.workspace, 8.0);
  if (d.pending > 0) return;
  std::string key = settings_key(m);
  if (key == d.key) return;
  d.key = std::move(key);
  const ChartSettings& c = m.charts;
  const stats::Scope scope = resolve_scope(m, c.scope, c.scope_id);
  switch (m.view) {
    case View::Frequencies:
    case View::Cloud: {
      stats::FrequencyOptions options{c.words, static_cast<std::size_t>(m.view == View::Cloud ? 60 : c.top_n)};
      d.table = stats::frequencies(m.workspace, scope, options);
      if (m.view == View::Cloud && m.view_state.cloud_width > 0) layout_cloud(m);
      break;
    }
    case View::Compare: {
      stats::KeynessOptions options;
      options.words = c.words;
      options.limit = static_cast<std::size_t>(c.top_n);
      options.min_count = 2;
      d.keyness = stats::keyness(m.workspace, resolve_scope(m, c.compare_a, c.compare_a_id),
                                 resolve_scope(m, c.compare_b, c.compare_b_id), options);
      break;
    }
    case View::Trends:
      d.trends = stats::distribution(m.workspace, scope, c.trends, c.words.stem);
      break;
    case View::Dispersion:
      d.dispersion = stats::dispersion(m.workspace, scope, c.dispersion_word, c.words.stem);
      break;
    default:
      break;
  }
}

}  // namespace wortblick::app
