// Notices under the toolbar: storage trouble and other things the user must know, until dismissed.
#include <imgui.h>

#include "app/views.h"

namespace wortblick::app {
const Text& notice_text(NoticeText t) {
  switch (t) {
    case NoticeText::StorageUnavailable: return str::kStorageUnavailable;
    case NoticeText::TagsLoadWarning: return str::kTagsLoadWarning;
    case NoticeText::TagsUnreadableBackedUp: return str::kTagsUnreadableBackedUp;
    case NoticeText::TagsUnreadableKept: return str::kTagsUnreadableKept;
    case NoticeText::TagsNotSaved: return str::kTagsNotSaved;
    case NoticeText::TagsSavedAgain: return str::kTagsSavedAgain;
    case NoticeText::TagError: return str::kTagError;
    case NoticeText::ImportDone: return str::kImportDone;
    case NoticeText::ImportFailed: return str::kImportFailed;
    case NoticeText::FileTooLarge: return str::kFileTooLarge;
    case NoticeText::TextAdded: return str::kTextAdded;
    case NoticeText::TextWarning: return str::kTextWarning;
    case NoticeText::TextRefused: return str::kTextRefused;
  }
  return str::kTagsLoadWarning;
}

void notices_view(const Model& model, Actions& actions) {
  const Lang lang = model.display.lang;
  const bool dark = model.display.theme == Theme::Dark;
  for (std::size_t i = 0; i < model.notices.size(); ++i) {
    const Notice& n = model.notices[i];
    ImGui::PushID(static_cast<int>(i));
    const ImVec4 bg = n.level == Notice::Warning ? (dark ? ImVec4(0.45f, 0.30f, 0.05f, 1) : ImVec4(1.0f, 0.93f, 0.75f, 1))
                                                 : (dark ? ImVec4(0.10f, 0.25f, 0.45f, 1) : ImVec4(0.85f, 0.92f, 1.0f, 1));
    ImGui::PushStyleColor(ImGuiCol_ChildBg, bg);
    const float line = ImGui::GetTextLineHeightWithSpacing();
    ImGui::BeginChild("##notice", ImVec2(0, line * 2.2f), true, ImGuiWindowFlags_NoScrollbar);
    if (ImGui::SmallButton(str::kDismiss(lang))) actions.push(DismissNotice{i});
    ImGui::SameLine();
    ImGui::PushTextWrapPos(0.0f);
    ImGui::Text("%s %s", notice_text(n.text)(lang), notice_detail(n, lang).c_str());
    ImGui::PopTextWrapPos();
    ImGui::EndChild();
    ImGui::PopStyleColor();
    ImGui::PopID();
  }
}

}  // namespace wortblick::app
