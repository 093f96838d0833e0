// The versioned JSON form of tags and categories: saving, loading, export and import.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/tags/known_articles.h"
#include "core/tags/tag_document.h"
#include "core/tags/tag_store.h"

namespace wortblick::tags {

inline constexpr std::string_view kFormat = "wortblick-tags";
inline constexpr int kVersion = 1;

// The document for saving (compact) and for export (pretty, two-space indent). Both hold
// tags and categories in store order and article ids sorted, so equal stores give equal text.
std::string to_json(const TagStore& store);
std::string export_json(const TagStore& store);

// Why a document could not be read. WrongVersion: a valid document of another version (a
// newer build wrote it); the caller should keep it, not overwrite it.
enum class ReadError { None, Missing, Unreadable, WrongVersion };

// A checked document, or the first problem as "<field>: <message>".
struct ParsedDocument {
  TagDocument doc;
  ReadError kind = ReadError::None;
  std::string error;
};

// Parses and checks `text` up to `max_bytes`: shape (json_guard.h), format and version
// (checked before anything else, so a newer version is recognised whatever it holds), every
// field's type, unknown fields, then every rule of normalize_document. Article existence is
// left to the caller.
ParsedDocument parse_document(std::string_view text, std::size_t max_bytes);

struct LoadResult {
  TagStore store;                     // empty unless ok()
  std::vector<std::string> warnings;  // e.g. `tags[0].articles[3]: unknown article "x" (kept)`
  ReadError kind = ReadError::None;
  std::string error;
  bool ok() const { return kind == ReadError::None; }
};

// Loads saved state (nullopt or "" = nothing saved: Missing). Article ids the corpus does not
// know any more are kept and reported as warnings, because texts change between builds and
// saved work is never dropped. The loaded store has revision 1 (0 when nothing was loaded)
// and no undo history. Limit: limits::kPersistedBytes.
LoadResult load_persisted(std::optional<std::string_view> text, const KnownArticles& known);

enum class ImportMode { Merge, Replace };

struct ImportResult {
  bool ok = false;
  std::string error;   // "<field>: <message>" when !ok
  std::size_t added = 0;  // tag-article pairs in the store afterwards that were not there before
};

// Imports a document (limit: limits::kImportBytes). Everything is checked before anything
// changes; on error the store is untouched. Unknown article ids are errors. Merge: tags with
// the same name (case-insensitive) gain the imported articles and keep their name and color,
// other tags are appended; categories with the same name are replaced. Replace: the store
// becomes the document. Either way it is one undo step.
ImportResult import_json(TagStore& store, std::string_view text, ImportMode mode, const KnownArticles& known);

}  // namespace wortblick::tags
