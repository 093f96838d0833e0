// The chart controls every chart view shows above its chart.
#include "app/chart_controls.h"
#include "app/layout.h"
#include "app/message_text.h"

#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <cstdio>
#include <string>

namespace wortblick::app {

const char* scope_label(Lang lang, stats::ScopeKind kind) {
  switch (kind) {
    case stats::ScopeKind::Corpus: return str::kScopeCorpus(lang);
    case stats::ScopeKind::Article: return str::kScopeArticle(lang);
    case stats::ScopeKind::Tag: return str::kScopeTag(lang);
    case stats::ScopeKind::Search: return str::kScopeSearch(lang);
    case stats::ScopeKind::Category: return str::kScopeCategory(lang);
    case stats::ScopeKind::Rest: return str::kScopeRest(lang);
  }
  return "";
}

void scope_row(const Model& m, Actions& actions) {
  ChartSettings c = m.charts;
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted(str::kScope(m.display.lang));
  ImGui::SameLine();
  if (scope_picker(m, "scope", c.scope, c.scope_id, false)) actions.push(SetChartSettings{c});
}

std::string format_count(double v) { return std::to_string(static_cast<long long>(v)); }

std::string format_decimal(double v, int decimals) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.*f", decimals, v);
  return buf;
}

bool scope_picker(const Model& m, const char* id, stats::ScopeKind& kind, std::string& scope_id, bool allow_rest) {
  const Lang lang = m.display.lang;
  const float em = ImGui::GetFontSize();
  bool changed = false;
  ImGui::PushID(id);
  ImGui::SetNextItemWidth(em * 11);
  if (ImGui::BeginCombo("##kind", scope_label(lang, kind))) {
    for (const auto k : {stats::ScopeKind::Corpus, stats::ScopeKind::Article, stats::ScopeKind::Tag,
                         stats::ScopeKind::Search, stats::ScopeKind::Category, stats::ScopeKind::Rest}) {
      if (k == stats::ScopeKind::Rest && !allow_rest) continue;
      if (ImGui::Selectable(scope_label(lang, k), k == kind)) {
        kind = k;
        scope_id.clear();
        changed = true;
      }
    }
    ImGui::EndCombo();
  }
  const stats::Scope resolved = [&] {
    stats::Scope s{kind, scope_id, {}};
    if (s.id.empty() && kind == stats::ScopeKind::Article && m.selected_article) {
      s.id = m.session.corpus().articles[*m.selected_article].id;
    }
    return s;
  }();
  auto id_combo = [&](const std::string& preview, auto&& items) {
    flow(em * 12);
    const float width = std::min(em * 18, ImGui::GetContentRegionAvail().x);
    ImGui::SetNextItemWidth(width);
    // A long title is cut in the middle to fit the box (the tooltip has all of it), never at its end.
    const float room = width - ImGui::GetFrameHeight() - ImGui::GetStyle().FramePadding.x * 2;
    const std::string shown = shorten_middle(preview, room);
    if (ImGui::BeginCombo("##id", shown.c_str())) {
      items();
      ImGui::EndCombo();
    }
    if (shown != preview && ImGui::IsItemHovered()) ImGui::SetTooltip("%s", preview.c_str());
  };
  const auto& store = m.session.tags();
  if (kind == stats::ScopeKind::Article) {
    const Article* a = m.session.corpus().find_article(resolved.id);
    id_combo(a ? a->title : std::string("–"), [&] {
      for (const auto& art : m.session.corpus().articles) {
        if (ImGui::Selectable(art.title.c_str(), art.id == resolved.id)) {
          scope_id = art.id;
          changed = true;
        }
      }
    });
  } else if (kind == stats::ScopeKind::Tag) {
    id_combo(scope_id.empty() && store.tag_count() ? store.tag_at(0).name : scope_id, [&] {
      for (std::size_t i = 0; i < store.tag_count(); ++i) {
        if (ImGui::Selectable(store.tag_at(i).name.c_str(), store.tag_at(i).name == scope_id)) {
          scope_id = store.tag_at(i).name;
          changed = true;
        }
      }
    });
  } else if (kind == stats::ScopeKind::Category) {
    id_combo(scope_id.empty() && store.category_count() ? store.category_at(0).name : scope_id, [&] {
      for (std::size_t i = 0; i < store.category_count(); ++i) {
        if (ImGui::Selectable(store.category_at(i).name.c_str(), store.category_at(i).name == scope_id)) {
          scope_id = store.category_at(i).name;
          changed = true;
        }
      }
    });
  } else if (kind == stats::ScopeKind::Search) {
    ImGui::SameLine();
    ImGui::TextDisabled("„%s“", m.search.query.c_str());
  }
  ImGui::PopID();
  return changed;
}

namespace {

void stopword_editor(const Model& m, ViewState& vs, Actions& actions) {
  const Lang lang = m.display.lang;
  const auto words = m.session.stopwords();
  ImGui::TextDisabled("%zu", words.size());
  ImGui::SetNextItemWidth(ImGui::GetFontSize() * 12);
  if (ImGui::InputTextWithHint("##add-stopword", str::kAdd(lang), &vs.term_input, ImGuiInputTextFlags_EnterReturnsTrue) &&
      !vs.term_input.empty()) {
    actions.push(EditStopword{vs.term_input, true});
    vs.term_input.clear();
  }
  const ImGuiViewport* vp = ImGui::GetMainViewport();
  const float em = ImGui::GetFontSize();
  ImGui::BeginChild("##stopwords", ImVec2(std::min(em * 24, vp->WorkSize.x - em * 3), std::min(em * 14, vp->WorkSize.y * 0.5f)), true);
  for (const auto& w : words) {
    ImGui::PushID(w.c_str());
    if (small_button(m.display, "×")) actions.push(EditStopword{w, false});
    ImGui::SameLine();
    ImGui::TextUnformatted(w.c_str());
    ImGui::PopID();
  }
  ImGui::EndChild();
}

}  // namespace

namespace {

// On a phone the options would push the chart off the screen: they fold away under a header.
}  // namespace

bool narrow_section(const char* label) {
  if (ImGui::GetContentRegionAvail().x >= ImGui::GetFontSize() * 30) return true;
  return ImGui::CollapsingHeader(label);
}

void word_options(const Model& m, ViewState& vs, Actions& actions, bool with_top_n) {
  const Lang lang = m.display.lang;
  if (!narrow_section(str::kChartOptions(lang))) return;
  const float em = ImGui::GetFontSize();
  ChartSettings c = m.charts;
  bool changed = false;
  if (with_top_n) {
    ImGui::SetNextItemWidth(em * 8);
    changed |= ImGui::SliderInt(str::kTopN(lang), &c.top_n, 5, 100);
    flow(checkbox_width(str::kStopwordsOff(lang)));
  }
  changed |= ImGui::Checkbox(str::kStopwordsOff(lang), &c.words.remove_stopwords);
  flow(ImGui::CalcTextSize(str::kEditStopwords(lang)).x + ImGui::GetStyle().FramePadding.x * 2);
  if (small_button(m.display, str::kEditStopwords(lang))) ImGui::OpenPopup("stopwords");
  if (ImGui::BeginPopup("stopwords")) {
    stopword_editor(m, vs, actions);
    ImGui::EndPopup();
  }
  flow(checkbox_width(str::kStemGroups(lang)));
  changed |= ImGui::Checkbox(str::kStemGroups(lang), &c.words.stem);
  flow(checkbox_width(str::kNumbers(lang)));
  changed |= ImGui::Checkbox(str::kNumbers(lang), &c.words.numbers);
  flow(em * 6 + ImGui::CalcTextSize(str::kMinLength(lang)).x);
  int min_length = static_cast<int>(c.words.min_length);
  ImGui::SetNextItemWidth(em * 6);
  if (ImGui::SliderInt(str::kMinLength(lang), &min_length, 1, 15)) {
    c.words.min_length = static_cast<std::size_t>(min_length);
    changed = true;
  }
  if (with_top_n) {
    flow(checkbox_width(str::kRelative(lang)));
    changed |= ImGui::Checkbox(str::kRelative(lang), &c.relative);
  }
  if (changed) actions.push(SetChartSettings{c});
}

void reveal_controls(const Model& m, Actions& actions) {
  const Lang lang = m.display.lang;
  const Reveal& r = m.reveal;
  // Folded on a phone, unless a guess is under way.
  if (r.mode == RevealMode::Off && !narrow_section(str::kReveal(lang))) return;
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted(str::kReveal(lang));
  const std::pair<RevealMode, const Text*> modes[] = {
      {RevealMode::Off, &str::kRevealOff}, {RevealMode::Values, &str::kRevealValues}, {RevealMode::Words, &str::kRevealWords}};
  for (const auto& [mode, label] : modes) {
    flow(checkbox_width((*label)(lang)));
    if (ImGui::RadioButton((*label)(lang), r.mode == mode) && r.mode != mode) actions.push(SetReveal{Reveal{mode, 0}});
  }
  if (r.mode == RevealMode::Off) return;
  const std::size_t total = reveal_count(m);
  flow(button_width(str::kRevealBack(lang)));
  ImGui::BeginDisabled(r.shown == 0);
  if (big_button(m.display, str::kRevealBack(lang))) actions.push(RevealStep{-1});
  ImGui::EndDisabled();
  flow(button_width(str::kRevealNext(lang)));
  ImGui::BeginDisabled(r.shown >= total);
  if (big_button(m.display, str::kRevealNext(lang))) actions.push(RevealStep{1});
  flow(button_width(str::kRevealAll(lang)));
  if (big_button(m.display, str::kRevealAll(lang))) actions.push(RevealStep{RevealStep::kAll});
  ImGui::EndDisabled();
  const std::string count = std::to_string(r.shown) + " / " + std::to_string(total);
  flow(ImGui::CalcTextSize(count.c_str()).x);
  ImGui::AlignTextToFramePadding();
  ImGui::TextDisabled("%s", count.c_str());
  if (!ImGui::GetIO().WantTextInput) {
    auto pressed = [](ImGuiKey key) { return ImGui::IsKeyPressed(ImGui::GetKeyIndex(key)); };
    if (pressed(ImGuiKey_RightArrow) || pressed(ImGuiKey_DownArrow)) actions.push(RevealStep{1});
    if (pressed(ImGuiKey_LeftArrow) || pressed(ImGuiKey_UpArrow)) actions.push(RevealStep{-1});
  }
}

bool export_buttons(const Model& m, Actions& actions, bool csv) {
  const Lang lang = m.display.lang;
  // The buttons follow the controls above on their line where there is room.
  if (csv) {
    flow(button_width(str::kExportCsv(lang)));
    if (ImGui::Button(str::kExportCsv(lang))) actions.push(ExportChartCsv{});
  }
  flow(button_width(str::kExportPng(lang)));
  return ImGui::Button(str::kExportPng(lang));
}

void queue_png(Actions& actions, float x0, float y0, float x1, float y1) {
  actions.push(ExportChartPng{x0, y0, x1 - x0, y1 - y0});
}

void remember_chart_rect(ViewState& vs, float x0, float y0, float x1, float y1) {
  vs.chart_rect[0] = x0;
  vs.chart_rect[1] = y0;
  vs.chart_rect[2] = x1 - x0;
  vs.chart_rect[3] = y1 - y0;
}

bool counting_progress(const Model& m) {
  const ChartData& d = m.chart_data;
  if (d.pending == 0) return false;
  const Progress p = m.session.progress();
  const float done = p.total ? static_cast<float>(p.done) / static_cast<float>(p.total) : 1.0f;
  ImGui::TextUnformatted(str::kCounting(m.display.lang));
  ImGui::ProgressBar(done, ImVec2(ImGui::GetFontSize() * 20, 0));
  return true;
}

ImVec2 result_table_size() {
  const float rows = 12.5f;  // with the header
  const float row = ImGui::GetTextLineHeightWithSpacing() + ImGui::GetStyle().CellPadding.y * 2;
  return ImVec2(0, std::max(ImGui::GetContentRegionAvail().y, row * rows));
}

bool analysis_progress(const Model& m) {
  const ChartData& d = m.chart_data;
  if (!d.analysing) return false;
  ImGui::TextUnformatted(str::kComputing(m.display.lang));
  ImGui::ProgressBar(static_cast<float>(d.fraction), ImVec2(std::min(ImGui::GetFontSize() * 20, ImGui::GetContentRegionAvail().x), 0));
  return true;
}

bool figure_cell(const std::string& text, int id) {
  ImGui::PushID(id);
  const bool clicked = ImGui::Selectable(text.c_str(), false, 0, ImVec2(ImGui::CalcTextSize(text.c_str()).x, 0));
  if (ImGui::IsItemHovered()) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
  ImGui::PopID();
  return clicked;
}

bool how_calculated_button(const Model& m) {
  const char* label = str::kHowCalculated(m.display.lang);
  flow(button_width(label));
  return ImGui::Button(label);
}

bool chart_error(const Model& m, const std::optional<Message>& error) {
  if (!error) return false;
  ImGui::TextWrapped("%s", message_text(*error, m.display.lang).c_str());
  return true;
}

}  // namespace wortblick::app
