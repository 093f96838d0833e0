// The reader: the selected article's title, body and reader comments; page chrome dimmed or hidden.
#include <imgui.h>
#include <imgui_stdlib.h>

#include <string>
#include <string_view>
#include <vector>

#include "app/fonts.h"
#include "app/tag_chip.h"
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

// The article's tags as chips (click removes), and "+ Tag" to add one.
void reader_tags(const Model& model, const Article& article, ViewState& vs, Actions& actions) {
  const auto& store = model.workspace.tags;
  const Lang lang = model.display.lang;
  const std::vector<std::string> ids{article.id};
  for (std::size_t i = 0; i < store.tag_count(); ++i) {
    const tags::Tag& t = store.tag_at(i);
    if (!t.articles.count(article.id)) continue;
    if (tag_chip(t.name, t.color, false, "×")) actions.push(UntagArticles{t.name, ids});
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", str::kRemoveTag(lang));
    ImGui::SameLine();
  }
  if (ImGui::SmallButton(str::kAddTag(lang))) ImGui::OpenPopup("add-tag");
  if (ImGui::BeginPopup("add-tag")) {
    for (std::size_t i = 0; i < store.tag_count(); ++i) {
      const tags::Tag& t = store.tag_at(i);
      if (t.articles.count(article.id)) continue;
      if (ImGui::MenuItem(t.name.c_str())) actions.push(TagArticles{t.name, ids});
    }
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 12);
    if (ImGui::IsWindowAppearing()) ImGui::SetKeyboardFocusHere();
    if (ImGui::InputTextWithHint("##new-tag", str::kNewTag(lang), &vs.new_tag_name,
                                 ImGuiInputTextFlags_EnterReturnsTrue) &&
        !vs.new_tag_name.empty()) {
      actions.push(TagArticles{vs.new_tag_name, ids});
      vs.new_tag_name.clear();
      ImGui::CloseCurrentPopup();
    }
    ImGui::EndPopup();
  }
}

}  // namespace

void reader_view(const Model& model, ViewState& vs, Actions& actions) {
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
  reader_tags(model, article, vs, actions);
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
