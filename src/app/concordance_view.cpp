// The concordance (KWIC): every occurrence aligned on the match, sortable by context, copy and CSV.
#include <imgui.h>

#include <string>

#include "app/theme.h"
#include "app/layout.h"
#include "app/views.h"
#include "core/stats/csv_export.h"

namespace wortblick::app {
namespace {

// Left context right-aligned against the match: its end stays visible, its start is clipped.
void right_aligned(const std::string& text) {
  const float avail = ImGui::GetContentRegionAvail().x;
  const float w = ImGui::CalcTextSize(text.c_str()).x;
  const ImVec2 p = ImGui::GetCursorScreenPos();
  const float h = ImGui::GetTextLineHeight();
  ImGui::PushClipRect(p, ImVec2(p.x + avail, p.y + h), true);
  ImGui::GetWindowDrawList()->AddText(ImVec2(p.x + avail - w, p.y), ImGui::GetColorU32(ImGuiCol_Text), text.c_str());
  ImGui::PopClipRect();
  ImGui::Dummy(ImVec2(avail, h));
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
    if (ImGui::RadioButton((*label)(lang), sort == by)) actions.push(SortConcordance{by});
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
      right_aligned(l.left);
      ImGui::TableNextColumn();
      const ImVec2 p = ImGui::GetCursorScreenPos();
      const ImVec2 size = ImGui::CalcTextSize(l.match.c_str());
      ImGui::GetWindowDrawList()->AddRectFilled(ImVec2(p.x - 2, p.y), ImVec2(p.x + size.x + 2, p.y + size.y), colors.hit, 2.0f);
      ImGui::TextUnformatted(l.match.c_str());
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(l.right.c_str());
      ImGui::PopID();
    }
  }
  ImGui::EndTable();
}

}  // namespace wortblick::app
