// The reader: the selected article's title and text, word-wrapped paragraph by paragraph.
#include <imgui.h>

#include <string_view>

#include "app/fonts.h"
#include "app/views.h"

namespace wortblick::app {
namespace {

void wrapped_text(std::string_view text) {
  ImGui::PushTextWrapPos(0.0f);
  ImGui::TextUnformatted(text.data(), text.data() + text.size());
  ImGui::PopTextWrapPos();
}

}  // namespace

void reader_view(const Model& model, Actions&) {
  if (!model.selected_article) {
    ImGui::TextDisabled("Kein Artikel ausgewählt.");
    return;
  }
  const auto& article = model.workspace.corpus.articles[*model.selected_article];
  const auto& source = model.workspace.corpus.sources[article.source];

  ImGui::PushFont(title_font());
  wrapped_text(article.title);
  ImGui::PopFont();
  ImGui::TextDisabled("%s · %zu Wörter", source.name.c_str(), article.words);
  ImGui::Separator();

  // A child per article: each keeps its own scroll position, and a new one starts at the top.
  ImGui::BeginChild(ImGui::GetID(article.id.c_str()));
  const std::string_view text = model.workspace.corpus.text(article);
  std::size_t pos = 0;
  while (pos <= text.size()) {
    auto nl = text.find('\n', pos);
    if (nl == std::string_view::npos) nl = text.size();
    const auto line = text.substr(pos, nl - pos);
    if (line.find_first_not_of(" \t\r") == std::string_view::npos) {
      ImGui::Dummy(ImVec2(0, ImGui::GetFontSize() * 0.25f));
    } else {
      wrapped_text(line);
    }
    pos = nl + 1;
  }
  ImGui::EndChild();
}

}  // namespace wortblick::app
