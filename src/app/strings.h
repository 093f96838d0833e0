// UI strings in German and English; the language comes from the model (browser language by default).
#pragma once

namespace wortblick::app {

enum class Lang { De, En };

struct Text {
  const char* de;
  const char* en;
  const char* operator()(Lang lang) const { return lang == Lang::En ? en : de; }
};

namespace str {
inline constexpr Text kArticles{"Artikel", "Articles"};
inline constexpr Text kWords{"Wörter", "Words"};
inline constexpr Text kSourceFiles{"Quelldateien", "source files"};
inline constexpr Text kNoArticle{"Kein Artikel ausgewählt.", "No article selected."};
inline constexpr Text kDisplay{"Anzeige", "Display"};
inline constexpr Text kTheme{"Farbschema", "Theme"};
inline constexpr Text kLight{"Hell", "Light"};
inline constexpr Text kDark{"Dunkel", "Dark"};
inline constexpr Text kProjector{"Beamer-Modus (P)", "Projector mode (P)"};
inline constexpr Text kUiScale{"Schriftgröße (Strg +/−)", "Text size (Ctrl +/−)"};
inline constexpr Text kLanguage{"Sprache", "Language"};
inline constexpr Text kShowBoilerplate{"Seitenreste zeigen", "Show page chrome"};
inline constexpr Text kComments{"Leserkommentare", "Reader comments"};
inline constexpr Text kBoilerplateHint{"Seitenrest (nicht gezählt)", "Page chrome (not counted)"};
}  // namespace str

}  // namespace wortblick::app
