// The share panel: the whole screen for a QR code of the current view's link, for a class to scan.
#include <imgui.h>

#include <algorithm>
#include <cfloat>
#include <cmath>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "app/fonts.h"
#include "app/share.h"
#include "app/views.h"

namespace wortblick::app {
namespace {

// Apple's and Google's guidelines: a finger needs about 44 CSS px.
constexpr float kTouchTarget = 44.0f;
// A code needs four light modules around it to be found (ISO/IEC 18004).
constexpr int kQuietZone = 4;

void keep_rect(float out[4], ImVec2 min, ImVec2 max) {
  out[0] = min.x;
  out[1] = min.y;
  out[2] = max.x - min.x;
  out[3] = max.y - min.y;
}

float button_height(const Model& model) {
  const float frame = ImGui::GetFrameHeight();
  return model.display.touch ? std::max(frame, kTouchTarget) : frame;
}

// Dark modules as black rectangles on a white square, one rectangle per run of dark modules in
// a row (a version-40 code has some 15,000 dark modules, but far fewer runs).
void draw_qr(const share::QrCode& code, ImVec2 origin, float module) {
  ImDrawList* draw = ImGui::GetWindowDrawList();
  const float side = module * static_cast<float>(code.size + 2 * kQuietZone);
  draw->AddRectFilled(origin, ImVec2(origin.x + side, origin.y + side), IM_COL32(255, 255, 255, 255));
  const float inset = module * kQuietZone;
  for (int y = 0; y < code.size; ++y) {
    for (int x = 0; x < code.size;) {
      if (!code.dark(x, y)) {
        ++x;
        continue;
      }
      const int start = x;
      while (x < code.size && code.dark(x, y)) ++x;
      const ImVec2 a(origin.x + inset + module * static_cast<float>(start), origin.y + inset + module * static_cast<float>(y));
      draw->AddRectFilled(a, ImVec2(a.x + module * static_cast<float>(x - start), a.y + module), IM_COL32(0, 0, 0, 255));
    }
  }
}

// Reserves a square of `max_side` CSS px (or less: whole device pixels per module) at the cursor,
// centred in `width`, and draws the code in it.
void qr_block(ShareViewState& st, float max_side, float width) {
  keep_rect(st.qr_rect, ImVec2(0, 0), ImVec2(0, 0));
  const auto* code = std::get_if<share::QrCode>(&st.qr);
  if (!code) return;
  const float scale = ImGui::GetIO().DisplayFramebufferScale.x > 0 ? ImGui::GetIO().DisplayFramebufferScale.x : 1.0f;
  const QrLayout fit = fit_qr(max_side, code->size + 2 * kQuietZone, scale);
  if (fit.side <= 0) return;
  const ImVec2 cursor = ImGui::GetCursorScreenPos();
  // On device pixel boundaries: a module edge between two pixels would be drawn grey.
  const ImVec2 origin(std::round((cursor.x + (width - fit.side) * 0.5f) * scale) / scale,
                      std::round(cursor.y * scale) / scale);
  draw_qr(*code, origin, fit.module);
  keep_rect(st.qr_rect, origin, ImVec2(origin.x + fit.side, origin.y + fit.side));
  ImGui::Dummy(ImVec2(width, fit.side + (origin.y - cursor.y)));
}

// Text broken to the width by break_lines (ImGui's own wrapping breaks after every '.', and
// would split "wortblick.html"): the lines, their height, and drawing them.
std::vector<std::string_view> lines_of(std::string_view text, float width, Breaks breaks) {
  ImFont* font = ImGui::GetFont();
  const float px = ImGui::GetFontSize();
  return break_lines(text, width, [font, px](std::string_view s) {
    return font->CalcTextSizeA(px, FLT_MAX, 0.0f, s.data(), s.data() + s.size()).x;
  }, breaks);
}

// Lines of a block sit closer than separate items: one paragraph, not a list.
float line_gap() { return ImGui::GetFontSize() * 0.15f; }

float text_height(std::string_view text, float width, Breaks breaks) {
  const auto n = static_cast<float>(lines_of(text, width, breaks).size());
  return n * ImGui::GetTextLineHeight() + std::max(0.0f, n - 1) * line_gap() + ImGui::GetStyle().ItemSpacing.y;
}

void draw_text(std::string_view text, float width, Breaks breaks) {
  ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(ImGui::GetStyle().ItemSpacing.x, line_gap()));
  ImGui::BeginGroup();
  for (const std::string_view line : lines_of(text, width, breaks)) {
    ImGui::TextUnformatted(line.data(), line.data() + line.size());
  }
  ImGui::EndGroup();
  ImGui::PopStyleVar();
}

// The link in large type.
float url_height(const std::string& url, float width) {
  ImGui::PushFont(title_font());
  const float h = text_height(url, width, Breaks::Url);
  ImGui::PopFont();
  return h;
}

void draw_url(const std::string& url, float width) {
  ImGui::PushFont(title_font());
  draw_text(url, width, Breaks::Url);
  ImGui::PopFont();
}

// The text under (or beside) the code: the link, the notes, and the buttons.
struct Column {
  const Model& model;
  ShareViewState& st;
  Actions& actions;
  bool too_long;   // no code for this link

  float height(float width) const {
    const Lang lang = model.display.lang;
    const float spacing = ImGui::GetStyle().ItemSpacing.y;
    float h = url_height(st.url, width) + button_height(model) + spacing;
    if (too_long) h += text_height(str::kLinkTooLong(lang), width, Breaks::Prose);
    return h;
  }

  void draw(float width) {
    const Lang lang = model.display.lang;
    const float spacing = ImGui::GetStyle().ItemSpacing.x;
    draw_url(st.url, width);
    if (too_long) draw_text(str::kLinkTooLong(lang), width, Breaks::Prose);
    const float h = button_height(model);
    const float half = std::max(1.0f, (width - spacing) * 0.5f);
    const std::string copy = std::string(st.copied_url == st.url ? str::kLinkCopied(lang) : str::kCopyLink(lang)) + "###copy";
    if (ImGui::Button(copy.c_str(), ImVec2(half, h))) {
      ImGui::SetClipboardText(st.url.c_str());
      st.copied_url = st.url;
    }
    keep_rect(st.copy_rect, ImGui::GetItemRectMin(), ImGui::GetItemRectMax());
    ImGui::SameLine();
    if (ImGui::Button(str::kClose(lang), ImVec2(half, h))) actions.push(ShowShare{false});
    keep_rect(st.close_rect, ImGui::GetItemRectMin(), ImGui::GetItemRectMax());
  }
};

// Opened from disk: say where the link works, and offer the file itself.
void local_note(const Model& model, ShareViewState& st, float width, Actions& actions) {
  const Lang lang = model.display.lang;
  draw_text(str::kShareFromFile(lang), width, Breaks::Prose);
  if (!model.page_copy_available) return;
  if (ImGui::Button(str::kSavePageCopy(lang), ImVec2(width, button_height(model)))) actions.push(SavePageCopy{});
  keep_rect(st.save_rect, ImGui::GetItemRectMin(), ImGui::GetItemRectMax());
}

}  // namespace

void share_view(const Model& model, ViewState& vs, Actions& actions) {
  ShareViewState& st = vs.share;
  if (!model.show_share) {
    st.shown = false;
    return;
  }
  const std::string url = share_url(model);
  if (url != st.url) {
    st.url = url;
    st.qr = share::encode_qr(url);
  }
  const Lang lang = model.display.lang;
  const ImGuiViewport* vp = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(vp->Pos);
  ImGui::SetNextWindowSize(vp->Size);
  if (!st.shown) ImGui::SetNextWindowFocus();  // over the explorer, and the keyboard's
  st.shown = true;
  constexpr ImGuiWindowFlags kFlags = ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_NoResize |
                                      ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoCollapse |
                                      ImGuiWindowFlags_NoSavedSettings;
  ImGui::Begin("###share", nullptr, kFlags);
  const float width = ImGui::GetContentRegionAvail().x;
  ImGui::PushFont(title_font());
  draw_text(str::kShareTitle(lang), width, Breaks::Prose);
  ImGui::PopFont();

  keep_rect(st.save_rect, ImVec2(0, 0), ImVec2(0, 0));
  if (page_is_local(model.page_url)) local_note(model, st, width, actions);
  Column column{model, st, actions, std::holds_alternative<share::QrError>(st.qr)};
  const ImVec2 avail = ImGui::GetContentRegionAvail();
  const float spacing = ImGui::GetStyle().ItemSpacing.x;
  // A wide screen (a projector) puts the text beside the code, which then takes the full height.
  const float side_by_side = std::min(avail.y, avail.x * 0.6f);
  const float text_width = avail.x - side_by_side - 2 * spacing;
  if (!column.too_long && avail.x > avail.y * 1.3f && text_width >= ImGui::GetFontSize() * 12 &&
      column.height(text_width) <= avail.y) {
    qr_block(st, side_by_side, side_by_side);
    ImGui::SameLine(0, 2 * spacing);
    ImGui::BeginGroup();
    column.draw(text_width);
    ImGui::EndGroup();
  } else {
    // At least a third of the width, however much text: the window scrolls rather than lose it.
    const float below = column.height(avail.x) + ImGui::GetStyle().ItemSpacing.y;
    qr_block(st, std::min(avail.x, std::max(avail.y - below, avail.x / 3)), avail.x);
    column.draw(avail.x);
  }
  if (ImGui::IsWindowFocused(ImGuiFocusedFlags_RootAndChildWindows) &&
      ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape), false)) {
    actions.push(ShowShare{false});
  }
  ImGui::End();
}

}  // namespace wortblick::app
