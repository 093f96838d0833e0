// The C entry point behind window.explorer: routes a call to the app's or core's methods.
#include <emscripten/emscripten.h>
#include <emscripten/heap.h>
#include <malloc.h>

#include <nlohmann/json.hpp>

#include <optional>

#include "app/charts.h"
#include "app/fonts.h"
#include "app/layout.h"
#include "app/actions.h"
#include "app/views.h"
#include "app/tag_persistence.h"
#include "app/url_state.h"
#include "app/message_text.h"
#include "app/share.h"
#include "core/share/qr_code.h"
#include "core/session/json_boundary.h"
#include "core/stats/scope.h"
#include "web_app.h"

namespace wortblick::platform {

namespace {

using nlohmann::json;

const char* reveal_mode_name(app::RevealMode mode) {
  switch (mode) {
    case app::RevealMode::Values: return "values";
    case app::RevealMode::Words: return "words";
    case app::RevealMode::Off: break;
  }
  return "off";
}

std::string reply(const json& value) {
  return json{{"value", value}}.dump(-1, ' ', false, json::error_handler_t::replace);
}

// Methods that need the UI (fonts, view state) rather than core.
std::optional<std::string> call_app_api(WebApp& app, std::string_view method, const json& args) {
  if (method == "missingGlyphs") {
    if (!args.is_array() || args.empty() || !args[0].is_string()) {
      return json{{"error", "missingGlyphs: argument 1 (text) must be a string"}}.dump();
    }
    return reply(app::missing_glyphs(args[0].get_ref<const std::string&>()));
  }
  if (method == "state") {
    const app::Model& m = app.model;
    json article = nullptr;
    if (m.selected_article) article = m.session.corpus().articles[*m.selected_article].id;
    const app::Display& d = m.display;
    json ui_notes = json::array();
    for (const auto& n : m.search.result.notes) ui_notes.push_back(app::message_text(n, d.lang));
    const Message* undo_label = m.session.tags().undo_label();
    const json undo = undo_label ? json(app::message_text(*undo_label, d.lang)) : json(nullptr);
    return reply({{"view", app::view_name(m.view)},
                  {"query", m.search.query},
                  {"article", article},
                  {"scope", std::string(stats::scope_name(m.charts.scope))},
                  {"scopeId", m.charts.scope_id},
                  {"dialog", m.pending_import ? json("import") : json(nullptr)},
                  {"tagManager", m.show_tag_manager},
                  {"share", m.show_share},
                  // What the UI shows in its language: the search's notes, the undo button's label.
                  {"notes", ui_notes},
                  {"undo", undo},
                  {"reveal", {{"mode", reveal_mode_name(m.reveal.mode)}, {"shown", m.reveal.shown}}},
                  // The concordance's collocate filter (a collocate clicked), and the explanation open.
                  {"collocate", m.search.concordance_collocate},
                  {"explanation", m.explanation.shown ? json{{"figure", m.explanation.shown->figure},
                                                              {"value", m.explanation.shown->value},
                                                              {"sentence", app::message_text_with_numbers(m.explanation.shown->sentence, d.lang)}}
                                                      : json(nullptr)},
                  {"display",
                   {{"theme", d.theme == app::Theme::Dark ? "dark" : "light"},
                    {"scale", d.ui_scale},
                    {"projector", d.projector},
                    {"lang", d.lang == app::Lang::En ? "en" : "de"},
                    {"touch", d.touch}}}});
  }
  if (method == "setDisplay") {
    // {theme: 'light'|'dark', scale, projector, lang: 'de'|'en'}: what the display menu sets.
    const json& o = args.is_array() && !args.empty() ? args[0] : json();
    if (!o.is_object()) return json{{"error", "setDisplay: argument 1 must be an object"}}.dump();
    app::Model& m = app.model;
    if (o.contains("theme") && o["theme"].is_string()) {
      app::apply(m, app::SetTheme{o["theme"] == "dark" ? app::Theme::Dark : app::Theme::Light});
    }
    if (o.contains("scale") && o["scale"].is_number()) app::apply(m, app::SetUiScale{o["scale"].get<float>()});
    if (o.contains("projector") && o["projector"].is_boolean() && o["projector"].get<bool>() != m.display.projector) {
      app::apply(m, app::ToggleProjector{});
    }
    if (o.contains("lang") && o["lang"].is_string()) {
      app::apply(m, app::SetLanguage{o["lang"] == "en" ? app::Lang::En : app::Lang::De});
    }
    if (o.contains("reveal")) {
      // {mode: 'off'|'values'|'words', shown}: reveal mode of the charts (README).
      const json& r = o["reveal"];
      if (!r.is_object() || !r.value("mode", json()).is_string()) {
        return json{{"error", "setDisplay: reveal must be {mode: 'off'|'values'|'words', shown}"}}.dump();
      }
      const std::string mode = r["mode"];
      app::Reveal next;
      if (mode == "values") next.mode = app::RevealMode::Values;
      else if (mode == "words") next.mode = app::RevealMode::Words;
      else if (mode != "off") return json{{"error", "setDisplay: reveal.mode must be 'off', 'values' or 'words'"}}.dump();
      if (r.contains("shown") && r["shown"].is_number_unsigned()) next.shown = r["shown"].get<std::size_t>();
      app::apply(m, app::SetReveal{next});
    }
    // The share panel covers the explorer like a display mode (the projector's QR code).
    if (o.contains("share") && o["share"].is_boolean()) app::apply(m, app::ShowShare{o["share"].get<bool>()});
    return reply(true);
  }
  if (method == "share") {
    // What the share panel shows, without opening it: the link and its QR code as rows of 0/1
    // (null when the link is too long for a code).
    const std::string url = app::share_url(app.model);
    json qr = nullptr;
    if (const auto code = share::encode_qr(url); const auto* c = std::get_if<share::QrCode>(&code)) {
      json rows = json::array();
      for (int y = 0; y < c->size; ++y) {
        const auto row = c->modules.begin() + static_cast<std::ptrdiff_t>(y) * c->size;
        rows.push_back(std::vector<int>(row, row + c->size));
      }
      qr = {{"size", c->size}, {"modules", std::move(rows)}};
    }
    return reply({{"url", url}, {"qr", std::move(qr)}});
  }
  if (method == "layout") {
    // What the last frame drew: the layout its width chose, the panels on screen, labels cut
    // short (none, if the layout fits), and the labelled controls with where they are (CSS px).
    const app::LayoutReport& l = app.model.view_state.layout;
    json targets = json::array();
    for (const auto& t : l.targets) targets.push_back({{"label", t.label}, {"x", t.x}, {"y", t.y}, {"width", t.width}, {"height", t.height}});
    return reply({{"mode", app::layout_mode_name(l.mode)}, {"panels", l.panels}, {"clipped", l.clipped}, {"targets", targets}});
  }
  if (method == "frameTimes") {
    // CPU milliseconds of the last frames drawn (up to kFrameTimesKept), oldest first.
    return reply(json(std::vector<float>(app.frame_times.begin(), app.frame_times.end())));
  }
  if (method == "saveChart") {
    // The same downloads as the chart's buttons: 'csv' for the table, 'png' for the picture.
    const std::string kind = args.is_array() && !args.empty() && args[0].is_string() ? args[0].get<std::string>() : "";
    if (!app::is_chart_view(app.model.view)) return json{{"error", "saveChart: no chart is open"}}.dump();
    const float* r = app.model.view_state.chart_rect;
    if (kind == "png") {
      app::apply(app.model, app::ExportChartPng{r[0], r[1], r[2], r[3]});
    } else if (kind == "csv") {
      app::apply(app.model, app::ExportChartCsv{});
    } else {
      return json{{"error", "saveChart: argument 1 must be 'png' or 'csv'"}}.dump();
    }
    return reply(true);
  }
  if (method == "notices") {
    json out = json::array();
    for (const auto& n : app.model.notices) {
      out.push_back({{"level", n.level == app::Notice::Warning ? "warning" : "info"},
                     {"text", app::notice_text(n.text)(app.model.display.lang)},
                     {"detail", app::notice_detail(n, app.model.display.lang)}});
    }
    return reply(out);
  }
  return std::nullopt;
}

}  // namespace

std::string call_api(WebApp& app, std::string_view method, std::string_view args_json) {
  json args = json::parse(args_json, nullptr, false);
  if (auto r = call_app_api(app, method, args)) return std::move(*r);
  boundary::CallerTraits traits;
  // A frame's worth of work now; the rest arrives over the next frames (frame.cpp), with a
  // progress bar, so ten thousand texts never freeze the page.
  traits.add_texts_budget_ms = 15.0;
  traits.page_stats = [&app](json& out) {
    out["framesDrawn"] = app.frames_drawn;
    out["lastFrameMs"] = app.last_frame_ms;
    out["lastUiMs"] = app.ui_ms;
    out["lastGlMs"] = app.gl_ms;
    out["sleeping"] = app.sleeping;
    out["heapBytes"] = emscripten_get_heap_size();
    out["heapUsedBytes"] = mallinfo().uordblks;  // allocated now; heapBytes never shrinks
  };
  auto reply = boundary::call(app.model.session, method, args_json, traits);
  // The corpus may have changed under the model (texts added or removed): selection and
  // results follow it before the call returns.
  app::follow_session(app.model);
  if (reply) return std::move(*reply);
  return json{{"error", "no such method: " + std::string(method)}}.dump(-1, ' ', false, json::error_handler_t::replace);
}

}  // namespace wortblick::platform

extern "C" void wb_wake(wortblick::platform::WebApp* app);

extern "C" EMSCRIPTEN_KEEPALIVE const char* wb_api_call(wortblick::platform::WebApp* app, const char* method,
                                                         const char* args_json) {
  // The reply lives in the app until the next call; JavaScript copies it out at once.
  app->api_reply = wortblick::platform::call_api(*app, method, args_json);
  // Write-through: a tag() or importTags() call is saved before the call returns.
  wortblick::app::save_tags_if_changed(app->model, app->storage);
  wb_wake(app);  // a call may have changed what the page shows
  return app->api_reply.c_str();
}
