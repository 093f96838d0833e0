// The views: each reads the model and queues actions; none changes the model itself.
#pragma once

#include "app/actions.h"
#include "app/message_text.h"
#include "app/model.h"

namespace wortblick::app {

// Full on wide screens; the search box and one menu when the buttons would not fit.
void toolbar_view(const Model& model, ViewState& vs, Actions& actions, LayoutMode mode);
// Takes the model mutably only to fill its snippet cache for the rows on screen.
void results_view(Model& model, ViewState& vs, Actions& actions);
void concordance_view(const Model& model, Actions& actions);
void frequencies_view(const Model& model, ViewState& vs, Actions& actions);
void trends_view(const Model& model, ViewState& vs, Actions& actions);
void dispersion_view(const Model& model, ViewState& vs, Actions& actions);
void compare_view(const Model& model, ViewState& vs, Actions& actions);
void cloud_view(const Model& model, ViewState& vs, Actions& actions);
void collocates_view(const Model& model, ViewState& vs, Actions& actions);
void ngrams_view(const Model& model, ViewState& vs, Actions& actions);
void text_stats_view(const Model& model, ViewState& vs, Actions& actions);
// A text's figures (words, types, TTR, ..., readability, coverage), each opening its explanation:
// the text statistics view and the reader's panel.
void text_figures(const Model& model, const stats::TextStats& stats, Actions& actions);
// The working of a figure ("Wie wird das berechnet?") while model.explanation holds one.
void explanation_view(const Model& model, Actions& actions);
void article_list_view(const Model& model, ViewState& vs, Actions& actions);
void reader_view(const Model& model, ViewState& vs, Actions& actions);
void tag_manager_view(const Model& model, ViewState& vs, Actions& actions);
void import_dialog_view(const Model& model, Actions& actions);
void add_text_view(const Model& model, ViewState& vs, Actions& actions);
// Full screen over the explorer while model.show_share: the view's link as a QR code and text.
void share_view(const Model& model, ViewState& vs, Actions& actions);
void status_bar_view(const Model& model);
void notices_view(const Model& model, Actions& actions);

// The sentence a notice shows (also read by the page's API).
const Text& notice_text(NoticeText text);

}  // namespace wortblick::app
