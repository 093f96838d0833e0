// The concordance (KWIC): every occurrence aligned on the match, sortable by context, copy and CSV.
#include <imgui.h>

#include <algorithm>
#include <string>
#include <vector>

#include "app/theme.h"
#include "app/layout.h"
#include "app/views.h"
#include "core/stats/csv_export.h"

namespace wortblick::app {
namespace {

// Background boxes behind the marked byte ranges of `text` drawn from `at` (the collocate).
void mark_ranges(const std::string& text, const std::vector<search::Mark>& marks, ImVec2 at, unsigned int color) {
  const float h = ImGui::GetTextLineHeight();
  for (const auto& m : marks) {
    if (m.end > text.size() || m.begin >= m.end) continue;
    const float x0 = at.x + ImGui::CalcTextSize(text.data(), text.data() + m.begin).x;
    const float x1 = at.x + ImGui::CalcTextSize(text.data(), text.data() + m.end).x;
    ImGui::GetWindowDrawList()->AddRectFilled(ImVec2(x0 - 1, at.y), ImVec2(x1 + 1, at.y + h), color, 2.0f);
  }
}

// Left context right-aligned against the match: its end stays visible, its start is clipped.
void right_aligned(const std::string& text, const std::vector<search::Mark>& marks, unsigned int color) {
  const float avail = ImGui::GetContentRegionAvail().x;
  const float w = ImGui::CalcTextSize(text.c_str()).x;
  const ImVec2 p = ImGui::GetCursorScreenPos();
  const float h = ImGui::GetTextLineHeight();
  ImGui::PushClipRect(p, ImVec2(p.x + avail, p.y + h), true);
  mark_ranges(text, marks, ImVec2(p.x + avail - w, p.y), color);
  ImGui::GetWindowDrawList()->AddText(ImVec2(p.x + avail - w, p.y), ImGui::GetColorU32(ImGuiCol_Text), text.c_str());
  ImGui::PopClipRect();
  ImGui::Dummy(ImVec2(avail, h));
}

// Three combos: the positions sorted by, in turn (AntConc's "Kwic sort").
void sort_keys(const Model& model, Actions& actions) {
  const Lang lang = model.display.lang;
  const float em = ImGui::GetFontSize();
  const auto& keys = model.search.concordance_keys;
  flow(ImGui::CalcTextSize(str::kSortKey(lang)).x + em * 12);
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted(str::kSortKey(lang));
  constexpr int kPositions[] = {0, -3, -2, -1, 1, 2, 3};
  for (std::size_t k = 0; k < 3; ++k) {
    ImGui::SameLine();
    ImGui::PushID(static_cast<int>(k));
    const int current = k < keys.size() ? keys[k] : 0;
    const std::string preview = current == 0 ? str::kNoKey(lang) : search::concordance_position_name(current);
    ImGui::SetNextItemWidth(em * 3.6f);
    if (ImGui::BeginCombo("##key", preview.c_str())) {
      for (const int p : kPositions) {
        const std::string label = p == 0 ? str::kNoKey(lang) : search::concordance_position_name(p);
        if (ImGui::Selectable(label.c_str(), p == current)) {
          std::vector<int> next(keys.begin(), keys.begin() + static_cast<std::ptrdiff_t>(std::min(k, keys.size())));
          if (p != 0) next.push_back(p);
          for (std::size_t j = k + 1; j < keys.size(); ++j) next.push_back(keys[j]);
          actions.push(SetConcordanceKeys{next});
        }
      }
      ImGui::EndCombo();
    }
    ImGui::PopID();
  }
}

std::string as_text(const std::vector<search::ConcordanceLine>& lines) {
  std::string out;
  for (const auto& l : lines) out += l.left + "\t" + l.match + "\t" + l.right + "\t" + l.id + "\n";
  return out;
}

std::string as_csv(const std::vector<search::ConcordanceLine>& lines, Lang lang) {
  std::string out = "\xEF\xBB\xBF";  // BOM: spreadsheet programs then read umlauts as UTF-8
  out += stats::csv_cell(str::kLeftContext(lang)) + "," + stats::csv_cell(str::kMatch(lang)) + "," +
         stats::csv_cell(str::kRightContext(lang)) + ",id,start\r\n";
  for (const auto& l : lines) {
    out += stats::csv_cell(l.left) + "," + stats::csv_cell(l.match) + "," + stats::csv_cell(l.right) + "," +
           stats::csv_cell(l.id) + "," + std::to_string(l.start) + "\r\n";
  }
  return out;
}

}  // namespace

void concordance_view(const Model& model, Actions& actions) {
  const Lang lang = model.display.lang;
  const auto& lines = model.search.concordance;
  if (lines.empty()) {
    dimmed_wrapped(model.search.query.empty() ? str::kConcordanceEmpty(lang) : str::kNoResults(lang));
    if (!model.search.concordance_collocate.empty() && ImGui::Button(str::kClearFilter(lang)))
      actions.push(ClearConcordanceFilter{});
    return;
  }
  ImGui::AlignTextToFramePadding();
  ImGui::Text("%zu %s", lines.size(), str::kHits(lang));
  flow(ImGui::CalcTextSize(str::kSortBy(lang)).x);
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted(str::kSortBy(lang));
  const auto sort = model.search.concordance_sort;
  const std::pair<search::ConcordanceSort, const Text*> sorts[] = {{search::ConcordanceSort::Corpus, &str::kSortCorpus},
                                                                   {search::ConcordanceSort::Left, &str::kLeftContext},
                                                                   {search::ConcordanceSort::Right, &str::kRightContext}};
  for (const auto& [by, label] : sorts) {
    flow(checkbox_width((*label)(lang)));
    if (ImGui::RadioButton((*label)(lang), sort == by && model.search.concordance_keys.empty())) actions.push(SortConcordance{by});
  }
  sort_keys(model, actions);
  if (!model.search.concordance_collocate.empty()) {
    const std::string filter = std::string(str::kOnlyLinesWith(lang)) + " " + model.search.concordance_collocate;
    flow(ImGui::CalcTextSize(filter.c_str()).x);
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(filter.c_str());
    flow(button_width(str::kClearFilter(lang)));
    if (ImGui::Button(str::kClearFilter(lang))) actions.push(ClearConcordanceFilter{});
  }
  flow(button_width(str::kCopyText(lang)));
  if (ImGui::Button(str::kCopyText(lang))) ImGui::SetClipboardText(as_text(lines).c_str());
  flow(button_width(str::kExportCsv(lang)));
  if (ImGui::Button(str::kExportCsv(lang))) {
    actions.push(QueueDownload{"konkordanz.csv", "text/csv;charset=utf-8", as_csv(lines, lang)});
  }

  const Palette colors = palette(model.display);
  constexpr ImGuiTableFlags kFlags = ImGuiTableFlags_RowBg | ImGuiTableFlags_ScrollY | ImGuiTableFlags_BordersInnerV |
                                     ImGuiTableFlags_SizingStretchProp;
  if (!ImGui::BeginTable("concordance", 3, kFlags)) return;
  ImGui::TableSetupScrollFreeze(0, 1);
  ImGui::TableSetupColumn(str::kLeftContext(lang), ImGuiTableColumnFlags_WidthStretch, 1.0f);
  ImGui::TableSetupColumn(str::kMatch(lang), ImGuiTableColumnFlags_WidthFixed, ImGui::GetFontSize() * 9);
  ImGui::TableSetupColumn(str::kRightContext(lang), ImGuiTableColumnFlags_WidthStretch, 1.0f);
  ImGui::TableHeadersRow();
  ImGuiListClipper clipper;
  clipper.Begin(static_cast<int>(lines.size()));
  while (clipper.Step()) {
    for (int row = clipper.DisplayStart; row < clipper.DisplayEnd; ++row) {
      const auto& l = lines[static_cast<std::size_t>(row)];
      ImGui::TableNextRow();
      ImGui::TableNextColumn();
      ImGui::PushID(row);
      const ImVec2 row_start = ImGui::GetCursorScreenPos();
      if (ImGui::Selectable("##line", false, ImGuiSelectableFlags_SpanAllColumns | ImGuiSelectableFlags_AllowItemOverlap)) {
        actions.push(OpenHit{l.article, l.start});
      }
      if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", model.session.corpus().articles[l.article].title.c_str());
      ImGui::SetCursorScreenPos(row_start);
      const auto& marks = model.search.collocate_marks;
      static const std::vector<search::Mark> kNone;
      const auto r = static_cast<std::size_t>(row);
      right_aligned(l.left, r < marks.size() ? marks[r].first : kNone, colors.current_hit);
      ImGui::TableNextColumn();
      const ImVec2 p = ImGui::GetCursorScreenPos();
      const ImVec2 size = ImGui::CalcTextSize(l.match.c_str());
      ImGui::GetWindowDrawList()->AddRectFilled(ImVec2(p.x - 2, p.y), ImVec2(p.x + size.x + 2, p.y + size.y), colors.hit, 2.0f);
      ImGui::TextUnformatted(l.match.c_str());
      ImGui::TableNextColumn();
      mark_ranges(l.right, r < marks.size() ? marks[r].second : kNone, ImGui::GetCursorScreenPos(), colors.current_hit);
      ImGui::TextUnformatted(l.right.c_str());
      ImGui::PopID();
    }
  }
  ImGui::EndTable();
}

}  // namespace wortblick::app
