// The reader: the selected article's title, body and reader comments; page chrome dimmed or hidden.
#include <imgui.h>

#include <string_view>

#include "app/fonts.h"
#include "app/theme.h"
#include "app/views.h"

namespace wortblick::app {
namespace {

void wrapped_text(std::string_view text) {
  ImGui::PushTextWrapPos(0.0f);
  ImGui::TextUnformatted(text.data(), text.data() + text.size());
  ImGui::PopTextWrapPos();
}

void colored_wrapped_text(std::string_view text, ImU32 color) {
  ImGui::PushStyleColor(ImGuiCol_Text, color);
  wrapped_text(text);
  ImGui::PopStyleColor();
}

// Blocks are paragraphs; a little air between them reads better than ImGui's tight lines.
void paragraph_gap() { ImGui::Dummy(ImVec2(0, ImGui::GetFontSize() * 0.45f)); }

}  // namespace

void reader_view(const Model& model, Actions&) {
  const Lang lang = model.display.lang;
  if (!model.selected_article) {
    ImGui::TextDisabled("%s", str::kNoArticle(lang));
    return;
  }
  const Corpus& corpus = model.workspace.corpus;
  const Article& article = corpus.articles[*model.selected_article];
  const Source& source = corpus.sources[article.source];
  const Palette colors = palette(model.display);

  ImGui::PushFont(title_font());
  wrapped_text(article.title);
  ImGui::PopFont();
  ImGui::TextDisabled("%s · %zu %s", source.name.c_str(), article.words, str::kWords(lang));
  ImGui::Separator();

  // A child per article: each keeps its own scroll position, and a new one starts at the top.
  ImGui::BeginChild(ImGui::GetID(article.id.c_str()));
  ImGui::PushTextWrapPos(ImGui::GetFontSize() * 45.0f);  // a readable line length on wide screens
  bool in_comments = false;
  bool skipped_title = false;
  for (const Block& block : article.blocks) {
    const std::string_view text = corpus.text(article, block);
    switch (block.kind) {
      case BlockKind::Title:
        // The headline is shown above; later title-like blocks are shown as they stand.
        if (!skipped_title && text == article.title) {
          skipped_title = true;
          continue;
        }
        wrapped_text(text);
        break;
      case BlockKind::Body:
        wrapped_text(text);
        break;
      case BlockKind::Comment:
        if (!in_comments) {
          in_comments = true;
          ImGui::Separator();
          ImGui::PushFont(title_font());
          ImGui::TextUnformatted(str::kComments(lang));
          ImGui::PopFont();
        }
        ImGui::Indent();
        colored_wrapped_text(text, colors.comment_text);
        ImGui::Unindent();
        break;
      case BlockKind::Boilerplate:
        if (!model.display.show_boilerplate) continue;
        colored_wrapped_text(text, colors.chrome_text);
        if (ImGui::IsItemHovered()) {
          ImGui::SetTooltip("%s: %.*s", str::kBoilerplateHint(lang), static_cast<int>(block.reason.size()),
                            block.reason.data());
        }
        break;
    }
    paragraph_gap();
  }
  ImGui::PopTextWrapPos();
  ImGui::EndChild();
}

}  // namespace wortblick::app
