// Encodes and decodes the URL fragment that makes a view shareable and browser history work.
#include "app/url_state.h"

#include <algorithm>
#include <cstdlib>
#include <optional>
#include <utility>

namespace wortblick::app {
namespace {

std::vector<std::pair<std::string, std::string>> parse_fragment(std::string_view fragment) {
  if (!fragment.empty() && fragment.front() == '#') fragment.remove_prefix(1);
  std::vector<std::pair<std::string, std::string>> out;
  while (!fragment.empty()) {
    const auto amp = fragment.find('&');
    const auto item = fragment.substr(0, amp);
    const auto eq = item.find('=');
    if (eq != std::string_view::npos) {
      out.emplace_back(percent_decode(item.substr(0, eq)), percent_decode(item.substr(eq + 1)));
    }
    if (amp == std::string_view::npos) break;
    fragment.remove_prefix(amp + 1);
  }
  return out;
}

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

}  // namespace

const char* view_name(View v) {
  switch (v) {
    case View::Reader: return "reader";
    case View::Concordance: return "concordance";
    case View::Frequencies: return "frequencies";
    case View::Trends: return "trends";
    case View::Dispersion: return "dispersion";
    case View::Compare: return "compare";
    case View::Cloud: return "cloud";
    case View::Collocates: return "collocates";
    case View::Ngrams: return "ngrams";
    case View::TextStats: return "textstats";
  }
  return "reader";
}

std::string percent_encode(std::string_view text) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out;
  out.reserve(text.size());
  for (const unsigned char c : text) {
    const bool unreserved = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
                            c == '-' || c == '_' || c == '.' || c == '~' || c == ':';
    if (unreserved) {
      out.push_back(static_cast<char>(c));
    } else {
      out.push_back('%');
      out.push_back(kHex[c >> 4]);
      out.push_back(kHex[c & 15]);
    }
  }
  return out;
}

std::string percent_decode(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '%' && i + 2 < text.size()) {
      const int hi = hex_value(text[i + 1]);
      const int lo = hex_value(text[i + 2]);
      if (hi >= 0 && lo >= 0) {
        out.push_back(static_cast<char>(hi * 16 + lo));
        i += 2;
        continue;
      }
    }
    out.push_back(text[i] == '+' ? ' ' : text[i]);
  }
  return out;
}

std::string navigation_key(const Model& model) {
  std::string key = std::string("view=") + view_name(model.view);
  if (model.selected_article) {
    key += "&article=" + percent_encode(model.session.corpus().articles[*model.selected_article].id);
  }
  return key;
}

std::string encode_url_state(const Model& model) {
  std::string out = navigation_key(model);
  if (!model.search.query.empty()) out += "&q=" + percent_encode(model.search.query);
  if (!model.search.stem) out += "&stem=0";
  // Chart options, only where they differ from the defaults (links stay short).
  const ChartSettings& c = model.charts;
  const ChartSettings d;
  if (c.scope != d.scope) out += "&scope=" + std::string(stats::scope_name(c.scope));
  if (!c.scope_id.empty()) out += "&sid=" + percent_encode(c.scope_id);
  if (c.top_n != d.top_n) out += "&top=" + std::to_string(c.top_n);
  if (c.relative) out += "&rel=1";
  if (c.words.stem) out += "&groups=stem";
  if (!c.words.remove_stopwords) out += "&stopwords=1";
  if (c.words.numbers) out += "&numbers=1";
  if (c.dispersion_word != d.dispersion_word) out += "&word=" + percent_encode(c.dispersion_word);
  // Reveal mode travels with the link: the class opens the chart as far as the teacher has shown it.
  if (model.reveal.mode != RevealMode::Off) {
    out += std::string("&reveal=") + (model.reveal.mode == RevealMode::Values ? "values." : "words.") +
           std::to_string(model.reveal.shown);
  }
  return out;
}

std::vector<Action> url_state_actions(const Model& model, std::string_view fragment) {
  const auto& articles = model.session.corpus().articles;
  std::optional<Action> stem, query, article, view, reveal;
  ChartSettings charts = model.charts;
  bool charts_changed = false;
  for (const auto& item : parse_fragment(fragment)) {
    const std::string& value = item.second;  // a named copy: clang 14 cannot capture bindings
    if (item.first == "view") {
      for (const View v : {View::Reader, View::Concordance, View::Frequencies, View::Trends, View::Dispersion,
                           View::Compare, View::Cloud, View::Collocates, View::Ngrams, View::TextStats}) {
        if (value == view_name(v)) view = SetView{v};
      }
    } else if (item.first == "q") {
      query = SetQuery{value.substr(0, 1000)};
    } else if (item.first == "stem") {
      stem = SetStemming{value != "0"};
    } else if (item.first == "scope") {
      if (const auto kind = stats::scope_kind(value); kind && *kind != stats::ScopeKind::Rest) {
        charts.scope = *kind;
        charts_changed = true;
      }
    } else if (item.first == "sid") {
      charts.scope_id = value.substr(0, 200);
      charts_changed = true;
    } else if (item.first == "top") {
      charts.top_n = std::atoi(value.c_str());
      charts_changed = true;
    } else if (item.first == "rel" || item.first == "groups" || item.first == "stopwords" || item.first == "numbers") {
      const bool on = value == "1" || value == "stem";
      if (item.first == "rel") charts.relative = on;
      if (item.first == "groups") charts.words.stem = on;
      if (item.first == "stopwords") charts.words.remove_stopwords = !on;
      if (item.first == "numbers") charts.words.numbers = on;
      charts_changed = true;
    } else if (item.first == "word") {
      charts.dispersion_word = value.substr(0, 200);
      charts_changed = true;
    } else if (item.first == "reveal") {
      // "values.3" / "words.0"; anything else switches reveal mode off.
      Reveal r;
      const std::size_t dot = value.find('.');
      const std::string mode = value.substr(0, dot);
      if (mode == "values") r.mode = RevealMode::Values;
      if (mode == "words") r.mode = RevealMode::Words;
      if (dot != std::string::npos) r.shown = static_cast<std::size_t>(std::clamp(std::atol(value.c_str() + dot + 1), 0L, 1000L));
      reveal = SetReveal{r};
    } else if (item.first == "article") {
      const auto it = std::find_if(articles.begin(), articles.end(), [&](const Article& a) { return a.id == value; });
      if (it != articles.end()) article = SelectArticle{static_cast<std::size_t>(it - articles.begin())};
    }
  }
  // Order matters: opening an article shows the reader, so the view comes last.
  std::vector<Action> actions;
  if (charts_changed) actions.push_back(SetChartSettings{charts});
  // A link without reveal= shows the chart whole.
  if (!reveal && model.reveal.mode != RevealMode::Off) reveal = SetReveal{Reveal{}};
  for (auto* a : {&stem, &query, &article, &view, &reveal}) {
    if (*a) actions.push_back(std::move(**a));
  }
  return actions;
}

}  // namespace wortblick::app
