// The app's single model object: the core session and everything the views show about it.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "app/strings.h"
#include "core/search/concordance.h"
#include "core/search/search.h"
#include "core/stats/charts.h"
#include "core/stats/explanation.h"
#include "core/stats/word_cloud.h"
#include "core/session/session.h"
#include "core/share/qr_code.h"

namespace wortblick::app {

enum class View { Reader, Concordance, Frequencies, Trends, Dispersion, Compare, Cloud, Collocates, Ngrams, TextStats };
enum class Theme { Light, Dark };

// How the window is laid out, chosen from the canvas width (layout.h): one column on phones, a
// collapsible list on tablets and narrow projectors, list beside the main pane on wide screens.
enum class LayoutMode { Narrow, Medium, Wide };
// Which half the one-column layout shows: the article (or result) list, or the main pane.
enum class Pane { List, Main };

// What the last frame drew, for the page's API (layout()): the mode, the panels shown and the
// labels drawn shorter than their text (cut off by a pane's edge or an ellipsis).
struct LayoutReport {
  // A labelled control on screen (its label, or its "##id" when it shows none), CSS px: lets
  // scripts and tests press a button by its name instead of by coordinates.
  struct Target {
    std::string label;
    float x = 0, y = 0, width = 0, height = 0;
  };
  LayoutMode mode = LayoutMode::Wide;
  std::vector<std::string> panels;
  std::vector<std::string> clipped;
  std::vector<Target> targets;
};

struct Display {
  Theme theme = Theme::Light;
  float ui_scale = 1.0f;  // Ctrl+= / Ctrl+-, 0.6 to 2.5
  bool projector = false; // large type, high contrast, fewer panels
  Lang lang = Lang::De;
  bool show_boilerplate = false;  // page chrome in the reader, dimmed
  bool touch = false;             // a touch screen: bigger hit targets, drag to scroll

  static constexpr float kBaseFontSize = 18.0f;  // CSS px at scale 1
  static constexpr float kMinScale = 0.6f;
  static constexpr float kMaxScale = 2.5f;
  float font_size() const { return kBaseFontSize * ui_scale * (projector ? 1.5f : 1.0f); }
};

// Something the user must know about (storage trouble, repaired input), shown until dismissed.
enum class NoticeText {
  StorageUnavailable,
  TagsLoadWarning,
  TagsUnreadableBackedUp,
  TagsUnreadableKept,
  TagsNotSaved,
  TagsSavedAgain,
  TagError,      // a tag action was refused (e.g. a duplicate name)
  ImportDone,    // detail: what was added
  ImportFailed,  // detail: the field and what is wrong
  FileTooLarge,  // detail: the file's name and size
  TextAdded,     // detail: the file and its articles
  TextWarning,   // detail: what was repaired or renamed
  TextRefused,   // detail: why nothing was added
};
struct Notice {
  enum Level { Info, Warning } level;
  NoticeText text;
  std::string detail;              // names, sizes: the same in every language
  std::optional<Message> message;  // core's words, shown in the UI's language after `detail`
};

// Where the tags stand in browser storage (see tag_persistence.h).
struct TagPersistence {
  std::uint64_t saved_revision = 0;
  bool storage_ok = true;           // false: storage unreadable, tags live in memory only
  bool main_key_protected = false;  // an unreadable payload could not be backed up: never overwrite it
  bool write_failing = false;       // the last write failed (quota, disabled storage)
};

// The article list's tag filter: articles with any / all of the chosen tags.
struct TagFilter {
  std::set<std::string, std::less<>> names;
  bool all = false;
};

// What the article list shows, derived from the corpus, the tags and the filter when one of
// them changes (not every frame: with 10,000 articles the list and the tag counts are 10,000
// lookups per tag).
struct ArticleListData {
  std::vector<std::size_t> rows;        // indexes into corpus.articles, corpus order
  std::vector<std::size_t> tag_counts;  // per tag (store order): articles having it
  std::string key;                      // the state the two were computed for
};

// A file the platform should offer as a download (effects are queued, the platform drains them).
struct Download {
  std::string file_name;
  std::string mime;
  std::string bytes;
};

// An imported tag file waiting for the user's choice: merge or replace.
struct PendingImport {
  std::string file_name;
  std::string bytes;
};

// The search as the user sees it: the query, its results and the hits in the open article.
struct SearchUi {
  std::string query;
  bool stem = true;                        // also find other forms of each word
  search::SearchResult result;             // for `query`; empty when the query is empty
  std::vector<search::Mark> article_hits;  // matches in the reader's article, byte ranges of its text
  std::vector<search::Mark> title_hits;
  std::size_t current_hit = 0;             // which of article_hits Enter/F3 went to
  bool scroll_to_hit = false;              // the reader scrolls to current_hit on its next frame
  std::vector<search::ConcordanceLine> concordance;  // for `query`, once its view has shown
  bool concordance_stale = false;                    // `query` changed since it was built
  search::ConcordanceSort concordance_sort = search::ConcordanceSort::Corpus;
  // Up to three positions to sort by (-3..-1 = L3..L1, 1..3 = R1..R3); empty: concordance_sort.
  std::vector<int> concordance_keys;
  // Only lines with this word near the match (a collocate clicked), highlighted in the context.
  std::string concordance_collocate;
  int collocate_left = 5;
  // Whether the collocates were counted by stem: the filtered concordance matches node and
  // collocate the same way, so it lists the lines the table counted.
  bool collocate_stem = false;
  int collocate_right = 5;
  // Per line: byte ranges of the collocate in its left and right context.
  std::vector<std::pair<std::vector<search::Mark>, std::vector<search::Mark>>> collocate_marks;
  // Snippets of the result rows that have been on screen, by hit index: built as rows scroll
  // into view, not for every hit of every keystroke.
  std::map<std::size_t, std::vector<search::Snippet>> snippets;
};

// What the charts show: scope and word options (shared by every chart), and each chart's input.
struct ChartSettings {
  stats::ScopeKind scope = stats::ScopeKind::Corpus;
  std::string scope_id;  // article id, tag name or category name, as the scope needs
  stats::WordOptions words;
  int top_n = 25;          // 5 to 100
  bool relative = false;   // per 1,000 words instead of counts
  std::vector<stats::SeriesSpec> trends = {{"Amazon", false}, {"Whatsapp", false}};
  std::string dispersion_word = "Whatsapp";
  stats::ScopeKind compare_a = stats::ScopeKind::Article;
  std::string compare_a_id;
  stats::ScopeKind compare_b = stats::ScopeKind::Rest;
  std::string compare_b_id;
  // Collocates: the node (word, phrase or cat:Name), the window and the measure to rank by.
  std::string node = "Whatsapp";
  int left = 5;
  int right = 5;
  bool sentence = false;
  stats::CollocationMeasure measure = stats::CollocationMeasure::LogDice;
  bool network = false;     // the network instead of the table
  std::string second_node;  // network: the collocate opened to a second level
  // N-grams.
  int ngram_n = 3;
  int ngram_min_freq = 2;
  int ngram_min_range = 1;
  std::string ngram_contains;
  int ngram_position = 0;  // 0: anywhere
  // Text statistics: the column the article table is sorted by, and its direction.
  int text_sort = 0;
  bool text_sort_descending = false;
};

// The charts' data, recomputed (through core's caches) when settings, corpus, query or tags change.
struct ChartData {
  std::string key;  // what the data was computed for
  std::size_t pending = 0;  // articles still being counted: charts wait, with a progress bar
  std::size_t counted = 0;
  stats::FrequencyTable table;
  stats::KeynessTable keyness;
  stats::Distribution trends;
  stats::Dispersion dispersion;
  std::vector<stats::CloudWord> cloud_words;
  stats::CloudLayout cloud;
  // Collocates, n-grams and a scope's text statistics are computed by the session over several frames: `analysing` while
  // the job runs (with `fraction` done), then the table.
  bool analysing = false;
  double fraction = 0;
  stats::CollocationTable collocations;
  stats::CollocationTable second;  // the network's second level
  stats::NgramTable ngrams;
  stats::TextStats text_stats;     // the scope's, above the article table
  std::vector<stats::TextStats> article_stats;  // every article's, corpus order
  std::vector<std::size_t> article_order;       // indices into article_stats as the table sorts them
  stats::TextStats reader_stats;   // the open article's, for the reader's panel
  std::string reader_stats_key;    // which article and corpus revision reader_stats is of
};

// "Wie wird das berechnet?": the figure whose working the popup shows.
struct ExplanationUi {
  std::optional<stats::Explanation> shown;
};

// Guessing with the charts (frequency list, comparison, cloud): values or words stay hidden
// until revealed, one bar (or word) at a time in the chart's order, or all at once.
enum class RevealMode { Off, Values, Words };
struct Reveal {
  RevealMode mode = RevealMode::Off;
  std::size_t shown = 0;  // how many of the first bars are revealed
  bool hides_value(std::size_t row) const { return mode == RevealMode::Values && row >= shown; }
  bool hides_word(std::size_t row) const { return mode == RevealMode::Words && row >= shown; }
  bool operator==(const Reveal&) const = default;
};

// A region of the canvas to save as PNG after the next frame is drawn (CSS pixels).
struct PngRequest {
  std::string file_name;
  float x = 0, y = 0, width = 0, height = 0;
};

// What the reader shows besides the text: category words and tag suggestions for its article.
struct ReaderMarks {
  struct CategoryMark {
    std::size_t begin = 0;  // byte range of the article text
    std::size_t end = 0;
    std::string color;      // the category's "#rrggbb"
    std::string category;
  };
  std::vector<CategoryMark> categories;
  std::vector<std::string> suggested_tags;
  std::uint64_t tags_revision = ~std::uint64_t{0};  // the tag store revision these were made for
  std::optional<std::size_t> article;
  bool counting = false;  // waiting for added articles to be counted (frames must keep coming)
};

// What the share panel keeps between frames: the code for the link it shows, made again only
// when the link changes.
struct ShareViewState {
  bool shown = false;       // the panel was drawn last frame (it takes the focus when it appears)
  std::string url;          // the link `qr` encodes
  share::QrResult qr = share::QrError::TextTooLong;
  std::string copied_url;   // "copied" shows on the button until the link changes
  // As last drawn (x, y, width, height; CSS px), for tests: the code with its quiet zone, the buttons.
  float qr_rect[4] = {0, 0, 0, 0};
  float copy_rect[4] = {0, 0, 0, 0};
  float close_rect[4] = {0, 0, 0, 0};
  float save_rect[4] = {0, 0, 0, 0};
};

// State owned by widgets between frames (text being typed, open popups). Views may write it;
// everything else changes only through actions.
struct ViewState {
  std::string query_input;      // the search box's text (the model's query follows it)
  std::string term_input;       // a word being typed into a chart's word field
  std::string node_input;       // the collocation node being typed
  std::string contains_input;   // the n-grams' "contains" word being typed
  std::string add_text_name;    // the "add text" dialog's fields
  std::string add_text_body;
  bool multiline_active = false; // a multi-line field has the keyboard: pasted line breaks stay
  float chart_rect[4] = {0, 0, 0, 0};  // the open chart on screen (x, y, width, height), CSS px
  float cloud_width = 0;        // the cloud's canvas as the view last measured it
  float cloud_height = 0;
  std::vector<float> list_heights;  // each article row as last drawn, likewise
  std::vector<float> hit_heights;  // each result row as last drawn (0: not yet), for skipping rows off screen
  bool focus_search = false;    // '/' or Ctrl+F: the search box takes the keyboard next frame
  std::string new_tag_name;
  std::string rename_from;
  std::string rename_to;
  std::string category_name;
  std::string category_words;
  bool category_stem = false;
  LayoutReport layout_building;  // filled while a frame is drawn
  LayoutReport layout;           // the last frame drawn
  ShareViewState share;
};

struct Model {
  // core: corpus, index, tags, statistics and the background work on them. Empty until
  // make_model() moves the real one in (a default Session would take in the seeds for nothing).
  Session session{Workspace()};
  std::uint64_t corpus_revision_seen = 0;  // the session's corpus_revision() the model follows
  View view = View::Reader;
  View last_analysis = View::Frequencies;  // where the one-column layout's "analysis" button goes
  Pane pane = Pane::List;        // the one-column layout's half on screen
  bool list_collapsed = false;   // the medium layout gives the list's width to the main pane
  std::optional<std::size_t> selected_article;  // index into session.corpus().articles: the reader's
  std::set<std::string, std::less<>> selected_ids;  // multi-selection in the list (for tagging)
  std::optional<std::size_t> selection_anchor;      // where Shift+click extends from
  TagFilter tag_filter;
  ArticleListData article_list;
  SearchUi search;
  ReaderMarks reader_marks;
  ChartSettings charts;
  ChartData chart_data;
  ExplanationUi explanation;
  bool reader_stats_open = false;  // the reader shows the article's text statistics
  Reveal reveal;
  std::optional<PngRequest> png_request;  // drained by the platform after the frame is drawn
  bool show_tag_manager = false;
  bool show_add_text = false;
  bool show_share = false;           // the full-screen share panel (QR code and link)
  std::string page_url;              // the page's address without the fragment (set by the platform)
  bool page_copy_available = false;  // the page can save a faithful copy of itself (the one-file build)
  bool page_copy_requested = false;  // the platform saves that copy after the frame, then clears this
  std::optional<PendingImport> pending_import;
  std::vector<Download> downloads;  // drained by the platform after each frame
  bool file_open_requested = false; // the platform opens its file picker, then clears this
  Display display;
  ViewState view_state;
  std::vector<Notice> notices;
  TagPersistence tag_persistence;
  std::uint64_t revision = 0;  // bumped by every applied action, so the platform can react

  float device_pixel_ratio = 1.0f;  // what the fonts are rasterized for (set by the platform)
};

Model make_model(Session session);

// Brings selection, search results and highlights in line when the session's corpus changed
// (through apply(CorpusChanged)); the frame and the platform call it after core work.
void follow_session(Model& model);

}  // namespace wortblick::app
