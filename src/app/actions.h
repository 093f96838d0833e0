// Explicit user actions: views queue them, apply() is the only place that changes the model.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "app/model.h"
#include "core/stats/explanation.h"
#include "core/search/user_texts.h"

namespace wortblick::app {

// --- navigation and display (display_actions.cpp)
struct SelectArticle {
  std::size_t index;  // into corpus.articles
};
struct SetTheme {
  Theme theme;
};
struct SetUiScale {
  float scale;  // clamped to Display::kMinScale..kMaxScale
};
struct ZoomIn {};
struct ZoomOut {};
struct ZoomReset {};
struct ToggleProjector {};
struct SetLanguage {
  Lang lang;
};
struct SetShowBoilerplate {
  bool show;
};
struct DismissNotice {
  std::size_t index;
};
// What the platform learned about the screen: fonts are rasterized for this pixel ratio.
struct SetDevicePixelRatio {
  float ratio;
};
struct SetTouch {
  bool touch;
};
// The one-column layout's switch between the list and the main pane; the medium layout's list.
struct ShowPane {
  Pane pane;
};
struct ToggleList {};
// The platform handed the queued downloads to the browser, and opened the file picker.
struct DownloadsTaken {};
struct FilePickerOpened {};
// A file the browser refused to read because of its size (the platform names it).
struct FileTooLarge {
  std::string name;
};

// --- tags and categories (tag_actions.cpp)
// Multi-selection in the article list: click replaces, Ctrl+click toggles, Shift+click extends.
struct ClickArticle {
  std::size_t index;
  bool toggle = false;
  bool extend = false;
};
struct TagArticles {
  std::string tag;
  std::vector<std::string> ids;  // the tag is created when it does not exist
};
struct UntagArticles {
  std::string tag;
  std::vector<std::string> ids;
};
struct CreateTag {
  std::string name;
};
struct RenameTag {
  std::string name;
  std::string new_name;
};
struct RecolorTag {
  std::string name;
  std::string color;  // "#rrggbb"
};
struct DeleteTag {
  std::string name;
};
struct UndoTags {};
struct ToggleTagFilter {
  std::string name;
};
struct SetTagFilterMode {
  bool all;  // true: articles with every chosen tag; false: with any of them
};
struct SetCategory {
  std::string name;
  std::vector<std::string> words;
  bool stem = false;
};
struct DeleteCategory {
  std::string name;
};
struct ShowTagManager {
  bool show;
};
struct ExportTags {};
struct RequestImportFile {};
struct ImportFileReceived {
  std::string name;
  std::string bytes;
};
struct ResolveImport {
  enum Choice { Merge, Replace, Cancel } choice;
};

// --- search (search_actions.cpp)
struct SetQuery {
  std::string query;
};
struct SetStemming {
  bool on;
};
struct OpenHit {
  std::size_t article;                // index into corpus.articles
  std::optional<std::size_t> offset;  // a byte offset in the article text to go to (concordance)
};
struct NextHit {
  bool backwards = false;
};
struct HitScrolled {};
// "Tag all results": every article the current query finds, not only the ones listed.
struct TagSearchResults {
  std::string tag;
};
struct FocusSearch {};
struct SetView {
  View view;
};
struct SortConcordance {
  search::ConcordanceSort by;
};
// Up to three positions, -3..-1 (L3..L1) and 1..3 (R1..R3), sorted by in turn.
struct SetConcordanceKeys {
  std::vector<int> keys;
};
struct ClearConcordanceFilter {};
// Offers a file to the user (the platform turns it into a browser download).
struct QueueDownload {
  std::string file_name;
  std::string mime;
  std::string bytes;
};

// --- texts the user brings (text_actions.cpp)
struct AddTexts {
  std::vector<search::NewText> texts;
};
struct RemoveText {
  std::string source;  // the added source's name (Source::name)
};
// The corpus changed under the model (texts added or removed through the API): selection,
// search results and highlights are brought back in line.
struct CorpusChanged {};
struct ShowAddText {
  bool show;
};

// --- sharing (share_actions.cpp)
struct ShowShare {
  bool show;
};
// Where the page was loaded from, as the platform learns it at startup.
struct SetPageUrl {
  std::string url;                // location.href without the fragment
  bool copy_available = false;    // the page can save a faithful copy of itself
};
// The share panel's "save a copy" button; the platform saves it and answers PageCopySaved.
struct SavePageCopy {};
struct PageCopySaved {};

// --- charts (chart_actions.cpp)
struct SetChartSettings {
  ChartSettings settings;
};
// A word clicked in a chart: search it and show its concordance.
struct ExploreWord {
  std::string word;
};
// An article clicked in a chart: open it with `word` highlighted, at `offset` when given.
struct OpenArticleWithWord {
  std::size_t article;
  std::string word;
  std::optional<std::size_t> offset;
};
// The user's own stop words: added to or removed from the list every chart uses.
struct EditStopword {
  std::string word;
  bool add = true;
};
// Reveal mode: SetReveal chooses what is hidden (and how much is shown); RevealStep shows the
// next bar (+1), hides the last one again (-1), or shows all (kAll).
struct SetReveal {
  Reveal reveal;
};
struct RevealStep {
  static constexpr int kAll = 1 << 30;
  int delta;
};
// A collocate clicked: the node's concordance, only the lines with the collocate near it.
struct ExploreCollocation {
  std::string node;
  std::string collocate;
};
// An n-gram clicked: its concordance (searched as a phrase).
struct ExploreNgram {
  std::string ngram;
};
// "Wie wird das berechnet?": shows the working of a figure; nullopt closes it.
struct ShowExplanation {
  std::optional<stats::Explanation> explanation;
};
struct ToggleReaderStats {};
struct ExportChartCsv {};
struct ExportChartPng {
  float x, y, width, height;  // the chart's screen rectangle, CSS pixels
};
struct PngSaved {};

using Action = std::variant<SetConcordanceKeys, ClearConcordanceFilter, ExploreCollocation, ExploreNgram, ShowExplanation, ToggleReaderStats, AddTexts, RemoveText, CorpusChanged, ShowAddText, SetChartSettings, EditStopword, ExploreWord, OpenArticleWithWord, SetReveal, RevealStep, ExportChartCsv, ExportChartPng,
                            PngSaved, SetQuery, SetStemming, OpenHit, NextHit, HitScrolled, TagSearchResults, FocusSearch, SetView,
                            SortConcordance, QueueDownload, SelectArticle, SetTheme, SetUiScale, ZoomIn, ZoomOut, ZoomReset, ToggleProjector,
                            SetLanguage, SetShowBoilerplate, DismissNotice, SetDevicePixelRatio, SetTouch, ShowPane, ToggleList, DownloadsTaken,
                            FilePickerOpened, FileTooLarge, ClickArticle, TagArticles,
                            UntagArticles, CreateTag, RenameTag, RecolorTag, DeleteTag, UndoTags, ToggleTagFilter,
                            SetTagFilterMode, SetCategory, DeleteCategory, ShowTagManager, ExportTags,
                            RequestImportFile, ImportFileReceived, ResolveImport,
                            ShowShare, SetPageUrl, SavePageCopy, PageCopySaved>;

struct Actions {
  std::vector<Action> queue;
  void push(Action a) { queue.push_back(std::move(a)); }
};

// One overload per action type, defined next to the state it changes.
void apply_action(Model&, const SelectArticle&);
void apply_action(Model&, const SetTheme&);
void apply_action(Model&, const SetUiScale&);
void apply_action(Model&, const ZoomIn&);
void apply_action(Model&, const ZoomOut&);
void apply_action(Model&, const ZoomReset&);
void apply_action(Model&, const ToggleProjector&);
void apply_action(Model&, const SetLanguage&);
void apply_action(Model&, const SetShowBoilerplate&);
void apply_action(Model&, const DismissNotice&);
void apply_action(Model&, const SetDevicePixelRatio&);
void apply_action(Model&, const SetTouch&);
void apply_action(Model&, const ShowPane&);
void apply_action(Model&, const ToggleList&);
void apply_action(Model&, const DownloadsTaken&);
void apply_action(Model&, const FilePickerOpened&);
void apply_action(Model&, const FileTooLarge&);
void apply_action(Model&, const ClickArticle&);
void apply_action(Model&, const TagArticles&);
void apply_action(Model&, const UntagArticles&);
void apply_action(Model&, const CreateTag&);
void apply_action(Model&, const RenameTag&);
void apply_action(Model&, const RecolorTag&);
void apply_action(Model&, const DeleteTag&);
void apply_action(Model&, const UndoTags&);
void apply_action(Model&, const ToggleTagFilter&);
void apply_action(Model&, const SetTagFilterMode&);
void apply_action(Model&, const SetCategory&);
void apply_action(Model&, const DeleteCategory&);
void apply_action(Model&, const ShowTagManager&);
void apply_action(Model&, const ExportTags&);
void apply_action(Model&, const RequestImportFile&);
void apply_action(Model&, const ImportFileReceived&);
void apply_action(Model&, const ResolveImport&);

void apply_action(Model&, const SetQuery&);
void apply_action(Model&, const SetStemming&);
void apply_action(Model&, const OpenHit&);
void apply_action(Model&, const NextHit&);
void apply_action(Model&, const HitScrolled&);
void apply_action(Model&, const TagSearchResults&);
void apply_action(Model&, const FocusSearch&);
void apply_action(Model&, const SetView&);
void apply_action(Model&, const SortConcordance&);
void apply_action(Model&, const SetConcordanceKeys&);
void apply_action(Model&, const ClearConcordanceFilter&);
void apply_action(Model&, const ExploreCollocation&);
void apply_action(Model&, const ExploreNgram&);
void apply_action(Model&, const ShowExplanation&);
void apply_action(Model&, const ToggleReaderStats&);
void apply_action(Model&, const QueueDownload&);

void apply_action(Model&, const AddTexts&);
void apply_action(Model&, const RemoveText&);
void apply_action(Model&, const CorpusChanged&);
void apply_action(Model&, const ShowAddText&);
void apply_action(Model&, const SetChartSettings&);
void apply_action(Model&, const SetReveal&);
void apply_action(Model&, const RevealStep&);
// How many bars (or words) the open chart has to reveal.
std::size_t reveal_count(const Model& m);
void apply_action(Model&, const ExploreWord&);
void apply_action(Model&, const OpenArticleWithWord&);
void apply_action(Model&, const EditStopword&);
void apply_action(Model&, const ExportChartCsv&);
void apply_action(Model&, const ExportChartPng&);
void apply_action(Model&, const PngSaved&);

void apply_action(Model&, const ShowShare&);
void apply_action(Model&, const SetPageUrl&);
void apply_action(Model&, const SavePageCopy&);
void apply_action(Model&, const PageCopySaved&);

void apply(Model& model, const Action& action);
void apply_all(Model& model, Actions& actions);

}  // namespace wortblick::app
