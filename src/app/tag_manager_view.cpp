// The tag manager: rename, recolor, delete and undo tags; edit word categories; export and import.
#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <cstdio>
#include <string>
#include <vector>

#include "app/tag_chip.h"
#include "app/layout.h"
#include "app/views.h"

namespace wortblick::app {
namespace {

std::string hex_from_floats(const float rgb[3]) {
  char buf[8];
  std::snprintf(buf, sizeof buf, "#%02x%02x%02x", static_cast<int>(rgb[0] * 255 + 0.5f),
                static_cast<int>(rgb[1] * 255 + 0.5f), static_cast<int>(rgb[2] * 255 + 0.5f));
  return buf;
}

std::vector<std::string> split_words(const std::string& text) {
  std::vector<std::string> out;
  std::string word;
  for (const char c : text + ",") {
    if (c == ',' || c == ';' || c == '\n') {
      const auto b = word.find_first_not_of(" \t");
      const auto e = word.find_last_not_of(" \t");
      if (b != std::string::npos) out.push_back(word.substr(b, e - b + 1));
      word.clear();
    } else {
      word.push_back(c);
    }
  }
  return out;
}

void tags_section(const Model& model, ViewState& vs, Actions& actions) {
  const auto& store = model.session.tags();
  const Lang lang = model.display.lang;
  if (store.tag_count() == 0) dimmed_wrapped(str::kNoTagsYet(lang));
  for (std::size_t i = 0; i < store.tag_count(); ++i) {
    const tags::Tag& t = store.tag_at(i);
    ImGui::PushID(static_cast<int>(i));
    const ImU32 c = color_from_hex(t.color);
    float rgb[3] = {static_cast<float>(c & 0xFF) / 255, static_cast<float>((c >> 8) & 0xFF) / 255,
                    static_cast<float>((c >> 16) & 0xFF) / 255};
    if (ImGui::ColorEdit3("##color", rgb, ImGuiColorEditFlags_NoInputs)) {
      actions.push(RecolorTag{t.name, hex_from_floats(rgb)});
    }
    ImGui::SameLine();
    tag_chip(t.name, t.color, false, std::to_string(t.articles.size()));
    const ImGuiStyle& st = ImGui::GetStyle();
    flow(ImGui::CalcTextSize(str::kRename(lang)).x + st.FramePadding.x * 2);
    if (small_button(model.display, str::kRename(lang))) {
      vs.rename_from = t.name;
      vs.rename_to = t.name;
    }
    flow(ImGui::CalcTextSize(str::kDelete(lang)).x + st.FramePadding.x * 2);
    if (small_button(model.display, str::kDelete(lang))) actions.push(DeleteTag{t.name});
    if (vs.rename_from == t.name) {
      ImGui::SetNextItemWidth(std::min(ImGui::GetFontSize() * 12, ImGui::GetContentRegionAvail().x));
      if (ImGui::InputText("##rename", &vs.rename_to, ImGuiInputTextFlags_EnterReturnsTrue)) {
        actions.push(RenameTag{t.name, vs.rename_to});
        vs.rename_from.clear();
      }
    }
    ImGui::PopID();
  }
  ImGui::Spacing();
  ImGui::SetNextItemWidth(std::min(ImGui::GetFontSize() * 12, ImGui::GetContentRegionAvail().x));
  if (ImGui::InputTextWithHint("##create", str::kNewTag(lang), &vs.new_tag_name, ImGuiInputTextFlags_EnterReturnsTrue) &&
      !vs.new_tag_name.empty()) {
    actions.push(CreateTag{vs.new_tag_name});
    vs.new_tag_name.clear();
  }
  ImGui::BeginDisabled(!store.can_undo());
  const std::string undo_full = std::string(str::kUndo(lang)) +
                                (store.can_undo() ? ": " + message_text(*store.undo_label(), lang) : std::string());
  // A long undo label is cut in the middle on a narrow screen; the tooltip has all of it.
  const float pad = ImGui::GetStyle().FramePadding.x * 2;
  flow(ImGui::CalcTextSize(undo_full.c_str()).x + pad);
  const std::string undo = shorten_middle(undo_full, ImGui::GetContentRegionAvail().x - pad);
  if (big_button(model.display, (undo + "##undo").c_str())) actions.push(UndoTags{});
  if (undo != undo_full && ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled)) ImGui::SetTooltip("%s", undo_full.c_str());
  ImGui::EndDisabled();
}

void categories_section(const Model& model, ViewState& vs, Actions& actions) {
  const auto& store = model.session.tags();
  const Lang lang = model.display.lang;
  for (std::size_t i = 0; i < store.category_count(); ++i) {
    const tags::Category& c = store.category_at(i);
    ImGui::PushID(static_cast<int>(1000 + i));
    if (tag_chip(c.name, c.color)) {
      vs.category_name = c.name;
      vs.category_words.clear();
      for (const auto& w : c.words) vs.category_words += (vs.category_words.empty() ? "" : ", ") + w;
      vs.category_stem = c.stem;
    }
    ImGui::SameLine();
    std::string words;
    for (const auto& w : c.words) words += (words.empty() ? "" : ", ") + w;
    ImGui::TextWrapped("%s%s", words.c_str(), c.stem ? "  (stem)" : "");
    flow(ImGui::CalcTextSize(str::kDelete(lang)).x + ImGui::GetStyle().FramePadding.x * 2);
    if (small_button(model.display, str::kDelete(lang))) actions.push(DeleteCategory{c.name});
    ImGui::PopID();
  }
  // The fields flow: side by side on a wide screen, one below the other on a phone.
  const float em = ImGui::GetFontSize();
  ImGui::SetNextItemWidth(std::min(em * 10, ImGui::GetContentRegionAvail().x));
  ImGui::InputTextWithHint("##cat-name", str::kCategoryName(lang), &vs.category_name);
  flow(em * 18);
  ImGui::SetNextItemWidth(std::min(em * 18, ImGui::GetContentRegionAvail().x));
  ImGui::InputTextWithHint("##cat-words", str::kCategoryWords(lang), &vs.category_words);
  flow(checkbox_width(str::kCategoryStem(lang)));
  ImGui::Checkbox(str::kCategoryStem(lang), &vs.category_stem);
  flow(ImGui::CalcTextSize(str::kSave(lang)).x + ImGui::GetStyle().FramePadding.x * 2);
  if (big_button(model.display, str::kSave(lang)) && !vs.category_name.empty()) {
    actions.push(SetCategory{vs.category_name, split_words(vs.category_words), vs.category_stem});
  }
}

}  // namespace

void tag_manager_view(const Model& model, ViewState& vs, Actions& actions) {
  if (!model.show_tag_manager) return;
  const Lang lang = model.display.lang;
  bool open = true;
  if (begin_dialog(model.display, str::kManageTags(lang), &open, 40, 28, str::kClose(lang))) {
    ImGui::TextUnformatted(str::kTags(lang));
    ImGui::Separator();
    tags_section(model, vs, actions);
    ImGui::Spacing();
    ImGui::TextUnformatted(str::kCategories(lang));
    ImGui::Separator();
    categories_section(model, vs, actions);
    ImGui::Spacing();
    ImGui::Separator();
    if (big_button(model.display, str::kExport(lang))) actions.push(ExportTags{});
    ImGui::SameLine();
    if (big_button(model.display, str::kImport(lang))) actions.push(RequestImportFile{});
  }
  ImGui::End();
  if (!open) actions.push(ShowTagManager{false});
}

void import_dialog_view(const Model& model, Actions& actions) {
  if (!model.pending_import) return;
  const Lang lang = model.display.lang;
  const char* title = str::kImportTitle(lang);
  if (!ImGui::IsPopupOpen(title)) ImGui::OpenPopup(title);
  if (ImGui::BeginPopupModal(title, nullptr, ImGuiWindowFlags_AlwaysAutoResize)) {
    ImGui::Text(str::kImportQuestion(lang), model.pending_import->file_name.c_str());
    auto choose = [&](ResolveImport::Choice choice) {
      actions.push(ResolveImport{choice});
      ImGui::CloseCurrentPopup();
    };
    if (ImGui::Button(str::kMerge(lang))) choose(ResolveImport::Merge);
    ImGui::SameLine();
    if (ImGui::Button(str::kReplace(lang))) choose(ResolveImport::Replace);
    ImGui::SameLine();
    if (ImGui::Button(str::kCancel(lang))) choose(ResolveImport::Cancel);
    ImGui::EndPopup();
  }
}

}  // namespace wortblick::app
