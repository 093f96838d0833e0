// Handlers of tag, category, selection, import and export actions.
#include <algorithm>
#include <string>

#include "app/actions.h"
#include "app/article_filter.h"
#include "app/reader_navigation.h"
#include "app/tag_persistence.h"
#include "core/tags/tag_schema.h"

namespace wortblick::app {
namespace {

// A refused change is shown, never silently ignored.
void report(Model& m, const tags::Status& status) {
  if (!status.ok()) m.notices.push_back({Notice::Warning, NoticeText::TagError, {}, status.error});
}

}  // namespace

void apply_action(Model& m, const ClickArticle& a) {
  const auto& articles = m.session.corpus().articles;
  if (a.index >= articles.size()) return;
  const std::string& id = articles[a.index].id;
  if (a.extend && m.selection_anchor) {
    // Shift+click: everything between the anchor and here, in the order the list shows.
    const auto visible = visible_articles(m);
    auto from = std::find(visible.begin(), visible.end(), *m.selection_anchor);
    auto to = std::find(visible.begin(), visible.end(), a.index);
    if (from != visible.end() && to != visible.end()) {
      if (from > to) std::swap(from, to);
      m.selected_ids.clear();
      for (auto it = from; it <= to; ++it) m.selected_ids.insert(articles[*it].id);
    }
  } else if (a.toggle) {
    if (!m.selected_ids.erase(id)) m.selected_ids.insert(id);
    m.selection_anchor = a.index;
  } else {
    m.selected_ids = {id};
    m.selection_anchor = a.index;
  }
  if (m.selected_article != a.index) show_article(m, a.index, std::nullopt);
  // A plain tap opens the article; on a phone that means showing the reader again.
  if (!a.toggle && !a.extend) {
    m.pane = Pane::Main;
    m.view = View::Reader;
  }
}

void apply_action(Model& m, const TagArticles& a) { report(m, m.session.tags().assign(a.tag, a.ids)); }
void apply_action(Model& m, const UntagArticles& a) { report(m, m.session.tags().unassign(a.tag, a.ids)); }
void apply_action(Model& m, const CreateTag& a) { report(m, m.session.tags().create_tag(a.name)); }
void apply_action(Model& m, const RenameTag& a) {
  const tags::Status s = m.session.tags().rename_tag(a.name, a.new_name);
  report(m, s);
  if (s.ok() && m.tag_filter.names.erase(a.name)) m.tag_filter.names.insert(a.new_name);
}
void apply_action(Model& m, const RecolorTag& a) { report(m, m.session.tags().recolor_tag(a.name, a.color)); }
void apply_action(Model& m, const DeleteTag& a) {
  report(m, m.session.tags().delete_tag(a.name));
  m.tag_filter.names.erase(a.name);
}
void apply_action(Model& m, const UndoTags&) {
  if (m.session.tags().can_undo()) report(m, m.session.tags().undo());
}
void apply_action(Model& m, const ToggleTagFilter& a) {
  if (!m.tag_filter.names.erase(a.name)) m.tag_filter.names.insert(a.name);
}
void apply_action(Model& m, const SetTagFilterMode& a) { m.tag_filter.all = a.all; }
void apply_action(Model& m, const SetCategory& a) {
  report(m, m.session.tags().set_category(a.name, a.words, a.stem));
}
void apply_action(Model& m, const DeleteCategory& a) { report(m, m.session.tags().delete_category(a.name)); }
void apply_action(Model& m, const ShowTagManager& a) { m.show_tag_manager = a.show; }

void apply_action(Model& m, const ExportTags&) {
  m.downloads.push_back({"wortblick-tags.json", "application/json", tags::export_json(m.session.tags())});
}
void apply_action(Model& m, const RequestImportFile&) { m.file_open_requested = true; }
void apply_action(Model& m, const ImportFileReceived& a) { m.pending_import = PendingImport{a.name, a.bytes}; }

void apply_action(Model& m, const ResolveImport& a) {
  if (!m.pending_import) return;
  const PendingImport pending = std::move(*m.pending_import);
  m.pending_import.reset();
  if (a.choice == ResolveImport::Cancel) return;
  const auto mode = a.choice == ResolveImport::Replace ? tags::ImportMode::Replace : tags::ImportMode::Merge;
  const tags::ImportResult r =
      tags::import_json(m.session.tags(), pending.bytes, mode, known_articles(m.session.corpus()));
  if (r.ok) {
    m.notices.push_back({Notice::Info, NoticeText::ImportDone,
                         pending.file_name + ": +" + std::to_string(r.added), std::nullopt});
  } else {
    m.notices.push_back({Notice::Warning, NoticeText::ImportFailed, pending.file_name + ": " + r.error, std::nullopt});
  }
}

}  // namespace wortblick::app
