// Cue-phrase tables for navigation, bylines, comment forms, cookie notices, dates and links.
#include "core/corpus/chrome_cues.h"

#include <initializer_list>

namespace wortblick {
namespace {

using Phrases = std::initializer_list<std::string_view>;

template <class List>
bool is_one_of(std::string_view phrase, const List& list) {
  for (auto p : list)
    if (phrase == p) return true;
  return false;
}

bool starts_with(std::string_view s, std::string_view prefix) {
  return s.size() >= prefix.size() && s.substr(0, prefix.size()) == prefix &&
         (s.size() == prefix.size() || s[prefix.size()] == ' ');
}

template <class List>
bool contains_any(std::string_view phrase, const List& list) {
  for (auto p : list)
    if (phrase.find(p) != std::string_view::npos) return true;
  return false;
}

std::size_t count_words(std::string_view phrase) {
  if (phrase.empty()) return 0;
  std::size_t n = 1;
  for (char c : phrase) n += c == ' ';
  return n;
}

// Whole-line menu entries, account links and page furniture (keys, i.e. folded).
constexpr std::string_view navigation_lines[] = {
    "menue", "menu", "hauptmenue", "navigation", "startseite", "home", "suche", "suchen",
    "anmelden", "abmelden", "einloggen", "login", "log in", "registrieren", "mein konto", "konto",
    "top", "nach oben", "zurueck", "weiter", "weiterlesen", "mehr lesen", "mehr", "read more",
    "alle artikel", "teilen", "drucken", "share", "tweet", "teilen auf facebook",
    "connect with us", "folge uns", "folgen sie uns", "newsletter", "abonnieren", "jetzt abonnieren",
    "trending", "meistgelesen", "meist gelesen", "beliebt", "am beliebtesten", "neueste artikel",
    "impressum", "datenschutz", "datenschutzerklaerung", "kontakt", "agb", "skip to content",
    "zum inhalt springen", "springe zum inhalt", "werbung", "anzeige", "sponsored", "tags",
    "schlagworte", "kategorien", "archiv", "rss", "feedback"};

constexpr std::string_view consent_buttons[] = {"accept", "akzeptieren", "alle akzeptieren", "zustimmen",
                                     "ok", "einverstanden", "verstanden", "schliessen",
                                     "accept all", "ablehnen", "einstellungen"};

// Fragments of "Veröffentlicht am … auf … Durch …" and similar meta lines.
constexpr std::string_view byline_lines[] = {"veroeffentlicht", "publiziert", "erschienen", "aktualisiert",
                                  "auf", "am", "durch", "von", "by", "autor", "autorin",
                                  "geschrieben von", "posted by", "veroeffentlicht am"};
constexpr std::string_view byline_starts[] = {"veroeffentlicht am", "veroeffentlicht von", "veroeffentlicht auf",
                                   "publiziert am", "aktualisiert am", "erschienen am", "geschrieben von",
                                   "posted by", "autor", "autorin", "by"};

constexpr std::string_view source_lines[] = {"quelle", "quellen", "source"};

constexpr std::string_view related_lines[] = {
    "passend zum thema", "mehr zum thema", "zum thema", "das koennte dich auch interessieren",
    "das koennte sie auch interessieren", "das koennte dich interessieren", "das koennte sie interessieren",
    "auch interessant", "ebenfalls interessant", "lesen sie auch", "lies auch", "weitere artikel",
    "aehnliche artikel", "verwandte artikel", "empfohlene artikel", "empfehlungen", "mehr aus dem ressort",
    "weitere nachrichten", "auch lesenswert", "related posts", "related articles", "you may also like",
    "das thema koennte dich auch interessieren", "das thema koennte sie auch interessieren",
    "das koennte ihnen auch gefallen", "das koennte dir auch gefallen", "weitere beitraege",
    "aehnliche beitraege", "verwandte beitraege", "weiterfuehrende artikel", "mehr artikel",
    "themen in diesem artikel", "mehr zu diesem thema", "weitere themen"};

// Comment forms and their prompts; matched inside short blocks.
constexpr std::string_view comment_form_phrases[] = {
    "kommentar schicken", "kommentar veroeffentlichen", "kommentar abschicken", "kommentar absenden",
    "kommentar schreiben", "kommentar hinterlassen", "um zu kommentieren", "hinterlasse eine antwort",
    "hinterlasse einen kommentar", "schreibe einen kommentar", "antwort hinterlassen",
    "antworten abbrechen", "antwort abbrechen", "e-mail-adresse wird nicht veroeffentlicht",
    "erforderliche felder", "pflichtfelder", "pflichtfeld", "gekennzeichneten felder",
    "keine kommentare", "kommentare sind geschlossen", "kommentarfunktion", "leave a reply",
    "leave a comment", "post comment", "zum kommentieren anmelden"};

constexpr std::string_view months[] = {"januar", "jaenner", "februar", "maerz", "april", "mai", "juni", "juli",
                            "august", "september", "oktober", "november", "dezember", "uhr",
                            "am", "um", "stand", "aktualisiert", "montag", "dienstag", "mittwoch",
                            "donnerstag", "freitag", "samstag", "sonntag"};

constexpr std::string_view sections[] = {
    "nachrichten", "news", "wirtschaft", "politik", "sport", "kultur", "panorama", "digital",
    "technik", "tech", "wissen", "gesundheit", "reise", "auto", "mobilitaet", "lokales", "region",
    "welt", "deutschland", "ausland", "inland", "meinung", "marketing", "finanzen", "geld",
    "karriere", "leben", "medien", "netzwelt", "web", "unterhaltung", "boerse", "service"};

bool is_date_line(const PageBlock& b) {
  if (b.numbers == 0 || b.words > 4 || b.chars > 40) return false;
  std::size_t start = 0;
  const std::string_view p = b.phrase;
  while (start <= p.size()) {
    auto sp = p.find(' ', start);
    if (sp == std::string_view::npos) sp = p.size();
    const auto w = p.substr(start, sp - start);
    const bool number = !w.empty() && w[0] >= '0' && w[0] <= '9';
    if (!number && !is_one_of(w, months)) return false;
    start = sp + 1;
  }
  return true;
}

bool is_comment_header(std::string_view phrase) {
  // "3 Kommentare", "Kommentare (12)", "Kommentare zum Artikel: 3", "Leserkommentare"
  const auto n = count_words(phrase);
  if (n > 5) return false;
  return phrase.find("kommentar") != std::string_view::npos || phrase.find("comments") != std::string_view::npos ||
         phrase.find("diskussion") != std::string_view::npos || phrase.find("reaktionen") != std::string_view::npos;
}

bool is_cookie_notice(std::string_view phrase) {
  return phrase.find("cookie") != std::string_view::npos &&
         contains_any(phrase, Phrases{"verwend", "nutz", "zustimm", "akzept", "einverstanden", "datenschutz",
                               "einwillig", "speicher", "setzen", "we use", "consent"});
}

// Site titles such as "Zeitung X | Ihre Zeitung aus Y", often scraped twice in a row.
bool is_site_title(std::string_view line, const PageBlock& b) {
  if (b.terminal_punct || b.words > 30) return false;
  if (line.find('|') != std::string_view::npos) return true;
  const auto half = line.size() / 2;
  return line.size() > 20 && line.substr(0, half) == line.substr(line.size() - half);
}

}  // namespace

bool is_consent_button(const PageBlock& b) { return is_one_of(b.phrase, consent_buttons); }

bool is_author_box_heading(const PageBlock& b) {
  return is_one_of(b.phrase, Phrases{"ueber den autor", "ueber die autorin", "ueber die autoren", "zur person",
                              "der autor", "die autorin", "about the author"});
}

bool is_section_name(std::string_view key) { return is_one_of(key, sections); }

std::string_view chrome_cue(const PageBlock& b, std::string_view line) {
  const std::string_view p = b.phrase;
  if (p.empty()) return b.url_bytes > 0 ? reason::url : reason::navigation;
  if (b.link_density(line.size()) > 0.5) return reason::url;
  if (line.find("©") != std::string_view::npos || p.find("alle rechte vorbehalten") != std::string_view::npos ||
      starts_with(p, "copyright")) {
    return reason::copyright;
  }
  if (is_cookie_notice(p)) return reason::cookie;
  const bool short_block = b.chars <= 160;
  if (!short_block) return {};
  if (is_one_of(p, navigation_lines)) return reason::navigation;
  if (is_one_of(p, byline_lines)) return reason::byline;
  if (b.words <= 6 && !b.terminal_punct) {
    for (auto s : byline_starts)
      if (starts_with(p, s)) return reason::byline;
  }
  if (b.words <= 4 && !b.terminal_punct &&
      (starts_with(p, "von") || starts_with(p, "foto") || starts_with(p, "fotos"))) {
    return reason::byline;  // "Von RND/dpa", "Foto: dpa"
  }
  if (is_one_of(p, source_lines) || (starts_with(p, "quelle") && b.words <= 4)) return reason::source;
  if (is_one_of(p, related_lines)) return reason::related;
  if (contains_any(p, comment_form_phrases)) return reason::comment_form;
  if (is_comment_header(p)) return reason::comment_header;
  if (is_date_line(b)) return reason::date;
  if (is_site_title(line, b)) return reason::navigation;
  return {};
}

}  // namespace wortblick
