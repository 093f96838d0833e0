// The reader: the selected article's title, body and reader comments; page chrome dimmed or hidden.
#include <imgui.h>
#include <imgui_stdlib.h>

#include <string>
#include <algorithm>
#include <optional>
#include <string_view>
#include <vector>

#include "app/fonts.h"
#include "app/layout.h"
#include "app/rich_text.h"
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

// The article as plain text: title, body paragraphs and comments, page chrome left out.
std::string article_as_text(const Model& model, const Article& article) {
  const Corpus& corpus = model.session.corpus();
  std::string out = article.title + "\n\n";
  for (const Block& b : article.blocks) {
    if (b.kind == BlockKind::Body || b.kind == BlockKind::Comment) out.append(corpus.text(article, b)).append("\n\n");
  }
  return out;
}

// "Hit 3 of 12  ◀ ▶" while the query has hits in this article.
void hit_bar(const Model& model, Actions& actions) {
  const std::size_t n = model.search.article_hits.size();
  if (n == 0) return;
  const Lang lang = model.display.lang;
  ImGui::Text(str::kHitOf(lang), model.search.current_hit + 1, n);
  ImGui::SameLine();
  if (ImGui::ArrowButton("##prev-hit", ImGuiDir_Up)) actions.push(NextHit{true});
  ImGui::SameLine();
  if (ImGui::ArrowButton("##next-hit", ImGuiDir_Down)) actions.push(NextHit{false});
}

// The article's tags as chips (click removes), and "+ Tag" to add one.
void reader_tags(const Model& model, const Article& article, ViewState& vs, Actions& actions) {
  const auto& store = model.session.tags();
  const Lang lang = model.display.lang;
  const std::vector<std::string> ids{article.id};
  bool chips = false;
  for (std::size_t i = 0; i < store.tag_count(); ++i) {
    const tags::Tag& t = store.tag_at(i);
    if (!t.articles.count(article.id)) continue;
    if (tag_chip(t.name, t.color, false, "×")) actions.push(UntagArticles{t.name, ids});
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", str::kRemoveTag(lang));
    chips = true;
  }
  // After the chips when it fits, on a line of its own when not.
  if (chips) flow(ImGui::CalcTextSize(str::kAddTag(lang)).x + ImGui::GetStyle().FramePadding.x * 2);
  if (small_button(model.display, str::kAddTag(lang))) ImGui::OpenPopup("add-tag");
  // Suggestions: words that set this article apart from the rest; one click makes a tag.
  for (const auto& word : model.reader_marks.suggested_tags) {
    if (store.find_tag(word) && store.find_tag(word)->articles.count(article.id)) continue;
    const std::string label = "+ " + word;
    flow(button_width(label.c_str()));
    ImGui::PushID(word.c_str());
    ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetStyleColorVec4(ImGuiCol_FrameBg));
    if (small_button(model.display, label.c_str())) actions.push(TagArticles{word, ids});
    ImGui::PopStyleColor();
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", str::kSuggestedTag(lang));
    ImGui::PopID();
  }
  if (ImGui::BeginPopup("add-tag")) {
    for (std::size_t i = 0; i < store.tag_count(); ++i) {
      const tags::Tag& t = store.tag_at(i);
      if (t.articles.count(article.id)) continue;
      if (ImGui::MenuItem(t.name.c_str())) actions.push(TagArticles{t.name, ids});
    }
    if (auto name = new_tag_field(str::kNewTag(lang), vs.new_tag_name); !name.empty()) {
      actions.push(TagArticles{std::move(name), ids});
    }
    ImGui::EndPopup();
  }
}

}  // namespace

void reader_view(const Model& model, ViewState& vs, Actions& actions) {
  const Lang lang = model.display.lang;
  if (!model.selected_article) {
    dimmed_wrapped(str::kNoArticle(lang));
    return;
  }
  const Corpus& corpus = model.session.corpus();
  const Article& article = corpus.articles[*model.selected_article];
  const Source& source = corpus.sources[article.source];
  const Palette colors = palette(model.display);

  ImGui::PushFont(title_font());
  wrapped_text(article.title);
  ImGui::PopFont();
  dimmed_wrapped((source.name + " · " + std::to_string(article.words) + " " + str::kWords(lang)).c_str());
  // The article's text statistics on demand (the text comes first): a small button beside the
  // line above, where it takes no room of its own.
  flow(ImGui::CalcTextSize(str::kTextStatsView(lang)).x + ImGui::GetStyle().FramePadding.x * 2);
  if (small_button(model.display, str::kTextStatsView(lang))) actions.push(ToggleReaderStats{});
  if (model.reader_stats_open) text_figures(model, model.chart_data.reader_stats, actions);
  reader_tags(model, article, vs, actions);
  ImGui::Separator();

  hit_bar(model, actions);

  // A child per article: each keeps its own scroll position, and a new one starts at the top.
  ImGui::BeginChild(ImGui::GetID(article.id.c_str()));
  const float wrap = std::min(ImGui::GetFontSize() * 45.0f, ImGui::GetContentRegionAvail().x);  // readable lines
  ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + wrap);
  bool in_comments = false;
  bool skipped_title = false;
  const auto& hits = model.search.article_hits;
  std::optional<float> focus_y;
  std::vector<Highlight> marks;
  // The search hits inside one block, as ranges of the block's text.
  auto block_marks = [&](const Block& block) -> std::optional<std::size_t> {
    marks.clear();
    std::optional<std::size_t> focus;
    const std::size_t b = block.range.begin - article.range.begin;
    const std::size_t e = block.range.end - article.range.begin;
    for (std::size_t h = 0; h < hits.size(); ++h) {
      if (hits[h].end <= b || hits[h].begin >= e) continue;
      const bool current = h == model.search.current_hit;
      if (current) focus = marks.size();
      marks.push_back({std::max(hits[h].begin, b) - b, std::min(hits[h].end, e) - b,
                       current ? colors.current_hit : colors.hit, 0});
    }
    // Category words are underlined in their category's color (hits keep their background).
    const std::size_t hit_count = marks.size();
    for (const auto& c : model.reader_marks.categories) {
      if (c.end <= b || c.begin >= e) continue;
      marks.push_back({c.begin - b, c.end - b, 0, color_from_hex(c.color)});
    }
    if (marks.size() > hit_count) {
      // rich_text wants them sorted; keep the focus pointing at the same hit.
      std::vector<std::size_t> order(marks.size());
      for (std::size_t k = 0; k < order.size(); ++k) order[k] = k;
      std::stable_sort(order.begin(), order.end(),
                       [&](std::size_t x, std::size_t y) { return marks[x].begin < marks[y].begin; });
      std::vector<Highlight> sorted;
      std::optional<std::size_t> new_focus;
      for (std::size_t k = 0; k < order.size(); ++k) {
        if (focus && order[k] == *focus) new_focus = k;
        sorted.push_back(marks[order[k]]);
      }
      marks = std::move(sorted);
      focus = new_focus;
    }
    return focus;
  };
  std::size_t paragraph = 0;
  auto rich_block = [&](const Block& block, std::string_view text) {
    const auto focus = block_marks(block);
    if (auto y = rich_text(text, marks, wrap, focus)) focus_y = y;
    // Right-click a paragraph to copy it or the whole article (ImGui text cannot be selected).
    ImGui::PushID(static_cast<int>(paragraph++));
    if (ImGui::BeginPopupContextItem("##copy")) {
      if (ImGui::MenuItem(str::kCopyParagraph(lang))) ImGui::SetClipboardText(std::string(text).c_str());
      if (ImGui::MenuItem(str::kCopyArticle(lang))) ImGui::SetClipboardText(article_as_text(model, article).c_str());
      ImGui::EndPopup();
    }
    ImGui::PopID();
  };
  for (const Block& block : article.blocks) {
    const std::string_view text = corpus.text(article, block);
    switch (block.kind) {
      case BlockKind::Title:
        // The headline is shown above; later title-like blocks are shown as they stand.
        if (!skipped_title && text == article.title) {
          skipped_title = true;
          continue;
        }
        rich_block(block, text);
        break;
      case BlockKind::Body:
        rich_block(block, text);
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
        ImGui::PushStyleColor(ImGuiCol_Text, colors.comment_text);
        rich_block(block, text);
        ImGui::PopStyleColor();
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
  if (model.search.scroll_to_hit && focus_y) {
    // The hit lands a third down the pane, with its paragraph's start still in view.
    ImGui::SetScrollY(ImGui::GetScrollY() + *focus_y - ImGui::GetWindowHeight() * 0.33f);
    actions.push(HitScrolled{});
  }
  ImGui::EndChild();
}

}  // namespace wortblick::app
