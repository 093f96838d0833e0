// "Wie wird das berechnet?": a figure's plain sentence, its formula, the formula with the numbers, and what each number is.
#include <imgui.h>

#include <string>

#include "app/layout.h"
#include "app/message_text.h"
#include "app/views.h"

namespace wortblick::app {

void explanation_view(const Model& model, Actions& actions) {
  if (!model.explanation.shown) return;
  const stats::Explanation& e = *model.explanation.shown;
  const Lang lang = model.display.lang;
  bool open = true;
  if (begin_dialog(model.display, str::kHowCalculated(lang), &open, 34, 22, str::kClose(lang))) {
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextUnformatted(message_text_with_numbers(e.sentence, lang).c_str());
    ImGui::Spacing();
    ImGui::TextDisabled("%s", str::kFormula(lang));
    ImGui::TextUnformatted(localized_numbers(e.formula, lang).c_str());
    ImGui::Spacing();
    ImGui::TextDisabled("%s", str::kWorked(lang));
    ImGui::TextUnformatted(localized_numbers(e.worked, lang).c_str());
    ImGui::PopTextWrapPos();
    ImGui::Spacing();
    if (ImGui::BeginTable("values", 3, ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingFixedFit)) {
      ImGui::TableSetupColumn("symbol");
      ImGui::TableSetupColumn("value");
      ImGui::TableSetupColumn("meaning", ImGuiTableColumnFlags_WidthStretch);
      for (const auto& v : e.values) {
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(v.symbol.c_str());
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(localized_numbers(v.value, lang).c_str());
        ImGui::TableNextColumn();
        ImGui::PushTextWrapPos(0.0f);
        ImGui::TextUnformatted(message_text(Message{v.meaning, {}}, lang).c_str());
        ImGui::PopTextWrapPos();
      }
      ImGui::EndTable();
    }
  }
  ImGui::End();
  if (!open) actions.push(ShowExplanation{std::nullopt});
}

}  // namespace wortblick::app
