// "Wie wird das berechnet?": a figure's plain sentence, its formula, the formula with the numbers, and what each number is.
#include <imgui.h>

#include <cctype>
#include <string>

#include "app/layout.h"
#include "app/message_text.h"
#include "app/views.h"

namespace wortblick::app {
namespace {

// Core writes 2.35; German writes 2,35 (a point between two digits becomes a comma).
std::string localized(std::string text, Lang lang) {
  if (lang != Lang::De) return text;
  for (std::size_t i = 1; i + 1 < text.size(); ++i) {
    if (text[i] == '.' && std::isdigit(static_cast<unsigned char>(text[i - 1])) &&
        std::isdigit(static_cast<unsigned char>(text[i + 1])))
      text[i] = ',';
  }
  return text;
}

}  // namespace

void explanation_view(const Model& model, Actions& actions) {
  if (!model.explanation.shown) return;
  const stats::Explanation& e = *model.explanation.shown;
  const Lang lang = model.display.lang;
  bool open = true;
  if (begin_dialog(model.display, str::kHowCalculated(lang), &open, 34, 22, str::kClose(lang))) {
    ImGui::PushTextWrapPos(0.0f);
    Message sentence = e.sentence;
    for (auto& arg : sentence.args) arg = localized(arg, lang);
    ImGui::TextUnformatted(message_text(sentence, lang).c_str());
    ImGui::Spacing();
    ImGui::TextDisabled("%s", str::kFormula(lang));
    ImGui::TextUnformatted(localized(e.formula, lang).c_str());
    ImGui::Spacing();
    ImGui::TextDisabled("%s", str::kWorked(lang));
    ImGui::TextUnformatted(localized(e.worked, lang).c_str());
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
        ImGui::TextUnformatted(localized(v.value, lang).c_str());
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
