// Which articles (and, for a category, which words) a chart looks at.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/message/message.h"
#include "core/corpus/corpus.h"
#include "core/tags/tag_store.h"

namespace wortblick::stats {

enum class ScopeKind {
  Corpus,    // every article
  Article,   // `id`: one article
  Tag,       // `id`: the articles carrying the tag
  Search,    // `ids`: articles the caller found (the platform resolves queries)
  Category,  // `id`: every article, but only the category's words count
  Rest,      // only as the second scope of a comparison: every article not in the first
};

struct Scope {
  ScopeKind kind = ScopeKind::Corpus;
  std::string id;
  std::vector<std::string> ids;
  bool search_stem = true;  // Search without ids: the query also finds other forms of its words
};

// "corpus", "article", ... -> kind; nullopt for unknown names.
std::optional<ScopeKind> scope_kind(std::string_view name);
std::string_view scope_name(ScopeKind kind);

struct ResolvedScope {
  std::vector<const Article*> articles;  // corpus order, no repeats
  std::optional<std::size_t> category;   // index in the tag store: only its words count
  std::optional<Message> error;                     // set: the scope is invalid, nothing else is
};

// Unknown article ids, tags or categories are errors (a chart of nothing would mislead).
// `rest_of` gives the articles a Rest scope excludes; Rest without it is an error.
ResolvedScope resolve_scope(const Scope& scope, const Corpus& corpus, const tags::TagStore& tags,
                            const ResolvedScope* rest_of = nullptr);

}  // namespace wortblick::stats
