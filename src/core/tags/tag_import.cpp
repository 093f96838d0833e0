// Loading saved tags and importing documents: parse, check against the corpus, then apply.
#include "core/tags/tag_rules.h"
#include "core/tags/tag_schema.h"

namespace wortblick::tags {
namespace {

// Warnings beyond this many are summarized: a whole corpus replaced would list every id.
constexpr std::size_t kMaxWarnings = 50;

template <class Report>
void each_unknown(const TagDocument& doc, const KnownArticles& known, Report report) {
  for (std::size_t i = 0; i < doc.tags.size(); ++i) {
    const auto& ids = doc.tags[i].articles;
    for (std::size_t j = 0; j < ids.size(); ++j) {
      if (known.contains(ids[j])) continue;
      const auto field = "tags[" + std::to_string(i) + "].articles[" + std::to_string(j) + "]";
      if (!report(field + ": unknown article " + in_quotes(ids[j]))) return;
    }
  }
}

}  // namespace

LoadResult load_persisted(std::optional<std::string_view> text, const KnownArticles& known) {
  LoadResult out;
  if (!text || text->empty()) {
    out.kind = ReadError::Missing;
    out.error = "no saved tags";
    return out;
  }
  auto parsed = parse_document(*text, limits::kPersistedBytes);
  if (parsed.kind != ReadError::None) {
    out.kind = parsed.kind;
    out.error = std::move(parsed.error);
    return out;
  }
  std::size_t unknown = 0;
  each_unknown(parsed.doc, known, [&](std::string message) {
    if (++unknown <= kMaxWarnings) out.warnings.push_back(std::move(message) + " (kept)");
    return true;
  });
  if (unknown > kMaxWarnings) {
    out.warnings.push_back("… and " + std::to_string(unknown - kMaxWarnings) + " more unknown articles (kept)");
  }
  const auto s = out.store.restore(std::move(parsed.doc));
  // parse_document applied every rule restore checks, so this cannot fail.
  if (!s.ok()) {
    out.kind = ReadError::Unreadable;
    out.error = english(*s.error);
  }
  return out;
}

ImportResult import_json(TagStore& store, std::string_view text, ImportMode mode, const KnownArticles& known) {
  auto parsed = parse_document(text, limits::kImportBytes);
  if (parsed.kind != ReadError::None) return {false, std::move(parsed.error), 0};
  std::string unknown;
  each_unknown(parsed.doc, known, [&](std::string message) {
    unknown = std::move(message);
    return false;
  });
  if (!unknown.empty()) return {false, std::move(unknown), 0};
  const auto s = mode == ImportMode::Replace ? store.replace_all(std::move(parsed.doc)) : store.merge(std::move(parsed.doc));
  if (!s.ok()) return {false, english(*s.error), 0};
  return {true, {}, s.changed};
}

}  // namespace wortblick::tags
