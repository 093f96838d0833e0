// The C entry point behind window.explorer: routes a call to the app's or core's methods.
#include <emscripten/emscripten.h>
#include <emscripten/heap.h>
#include <malloc.h>

#include <nlohmann/json.hpp>

#include <optional>

#include "app/charts.h"
#include "app/fonts.h"
#include "app/actions.h"
#include "app/views.h"
#include "app/tag_persistence.h"
#include "app/url_state.h"
#include "core/api/explorer_api.h"
#include "core/search/search.h"
#include "core/stats/scope.h"
#include "core/search/search_api.h"
#include "core/search/user_texts.h"
#include "core/stats/charts.h"
#include "web_app.h"

namespace wortblick::platform {

namespace {

using nlohmann::json;

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
    if (m.selected_article) article = m.workspace.corpus.articles[*m.selected_article].id;
    const app::Display& d = m.display;
    return reply({{"view", app::view_name(m.view)},
                  {"query", m.search.query},
                  {"article", article},
                  {"scope", std::string(stats::scope_name(m.charts.scope))},
                  {"scopeId", m.charts.scope_id},
                  {"dialog", m.pending_import ? json("import") : json(nullptr)},
                  {"tagManager", m.show_tag_manager},
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
    return reply(true);
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
                     {"detail", n.detail}});
    }
    return reply(out);
  }
  if (method == "stats") {
    // Core's figures (corpus, index) plus the page's own (frames, render state).
    json out = json::object();
    if (auto core = call_core_api(app.model.workspace, method, "[]")) {
      const json parsed = json::parse(*core, nullptr, false);
      if (parsed.is_object() && parsed.contains("value") && parsed["value"].is_object()) out = parsed["value"];
    }
    // Added texts are done when they are segmented, indexed and counted for the charts.
    out["pending"] = app.model.index_pending;
    out["framesDrawn"] = app.frames_drawn;
    out["lastFrameMs"] = app.last_frame_ms;
    out["lastUiMs"] = app.ui_ms;
    out["lastGlMs"] = app.gl_ms;
    out["sleeping"] = app.sleeping;
    out["heapBytes"] = emscripten_get_heap_size();
    out["heapUsedBytes"] = mallinfo().uordblks;  // allocated now; heapBytes never shrinks
    if (!out.contains("articles")) out["articles"] = app.model.workspace.corpus.articles.size();
    return reply(out);
  }
  return std::nullopt;
}

}  // namespace

// Chart scopes may name a search query ({scope: 'search', id: query}); core takes article ids,
// so the query is run here first.
void resolve_search_scopes(WebApp& app, json& args) {
  if (!args.is_array()) return;
  for (auto& arg : args) {
    if (!arg.is_object() || arg.value("scope", "") != "search" || arg.contains("ids")) continue;
    const auto* query = arg.contains("id") ? arg["id"].get_ptr<const std::string*>() : nullptr;
    const std::string q = query ? *query : app.model.search.query;
    Workspace& w = app.model.workspace;
    const search::SearchHooks hooks = search::workspace_hooks(w);
    search::SearchOptions options;
    options.limit = w.corpus.articles.size();
    options.snippets = 0;
    json ids = json::array();
    for (const auto& hit : search::search({w.search.index, w.corpus, w.pipeline.stopwords(), hooks}, q, options).hits) {
      ids.push_back(hit.id);
    }
    arg["ids"] = std::move(ids);
  }
}

std::string call_api(WebApp& app, std::string_view method, std::string_view args_json) {
  json args = json::parse(args_json, nullptr, false);
  if (auto r = call_app_api(app, method, args)) return std::move(*r);
  if (method == "frequencies" || method == "frequenciesCsv" || method == "keyness") {
    resolve_search_scopes(app, args);
    if (auto reply = call_core_api(app.model.workspace, method, args.dump(-1, ' ', false, json::error_handler_t::replace))) {
      return std::move(*reply);
    }
  }
  if (method == "addTexts" && args.is_array() && !args.empty()) {
    // A frame's worth of work now; the rest arrives over the next frames (frame.cpp), with a
    // progress bar, so ten thousand texts never freeze the page.
    if (args.size() < 2 || !args[1].is_object()) args[1] = json::object();
    if (!args[1].contains("budgetMs")) args[1]["budgetMs"] = 15.0;
    // Straight to the search API with the parsed arguments: megabytes of text are parsed once.
    auto r = search::call_search_api(app.model.workspace, method, args);
    app.model.index_pending = search::pending_work(app.model.workspace) + stats::pending(app.model.workspace);
    app::apply(app.model, app::CorpusChanged{});
    if (!r->error.empty()) return json{{"error", "addTexts: " + r->error}}.dump(-1, ' ', false, json::error_handler_t::replace);
    r->value["pending"] = app.model.index_pending;
    return reply(r->value);
  }
  if (auto reply = call_core_api(app.model.workspace, method, args_json)) {
    // The corpus may have changed under the model: selection and results follow it.
    if (method == "addTexts" || method == "removeText") app::apply(app.model, app::CorpusChanged{});
    return std::move(*reply);
  }
  return json{{"error", "no such method: " + std::string(method)}}.dump(-1, ' ', false,
                                                                      json::error_handler_t::replace);
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
