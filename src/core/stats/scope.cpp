// Resolving chart scopes against the corpus and the tag store.
#include "core/stats/scope.h"

#include <unordered_set>

namespace wortblick::stats {
namespace {

ResolvedScope fail(Msg code, std::string arg = {}) {
  ResolvedScope r;
  r.error = Message{code, arg.empty() ? std::vector<std::string>{} : std::vector<std::string>{std::move(arg)}};
  return r;
}

// The corpus's articles whose id is in `ids`, in corpus order.
std::vector<const Article*> select(const Corpus& corpus, const std::unordered_set<std::string_view>& ids) {
  std::vector<const Article*> out;
  for (const auto& a : corpus.articles) {
    if (ids.count(a.id) != 0) out.push_back(&a);
  }
  return out;
}

}  // namespace

std::optional<ScopeKind> scope_kind(std::string_view name) {
  for (const auto k : {ScopeKind::Corpus, ScopeKind::Article, ScopeKind::Tag, ScopeKind::Search,
                       ScopeKind::Category, ScopeKind::Rest}) {
    if (scope_name(k) == name) return k;
  }
  return std::nullopt;
}

std::string_view scope_name(ScopeKind kind) {
  switch (kind) {
    case ScopeKind::Corpus: return "corpus";
    case ScopeKind::Article: return "article";
    case ScopeKind::Tag: return "tag";
    case ScopeKind::Search: return "search";
    case ScopeKind::Category: return "category";
    case ScopeKind::Rest: return "rest";
  }
  return "corpus";
}

ResolvedScope resolve_scope(const Scope& scope, const Corpus& corpus, const tags::TagStore& tags,
                            const ResolvedScope* rest_of) {
  ResolvedScope r;
  switch (scope.kind) {
    case ScopeKind::Corpus:
      for (const auto& a : corpus.articles) r.articles.push_back(&a);
      return r;
    case ScopeKind::Article: {
      if (scope.id.empty()) return fail(Msg::ScopeNeedsArticle);
      const Article* a = corpus.find_article(scope.id);
      if (!a) return fail(Msg::ScopeUnknownArticle, scope.id);
      r.articles.push_back(a);
      return r;
    }
    case ScopeKind::Tag: {
      if (scope.id.empty()) return fail(Msg::ScopeNeedsTag);
      const tags::Tag* t = tags.find_tag(scope.id);
      if (!t) return fail(Msg::ScopeUnknownTag, scope.id);
      std::unordered_set<std::string_view> ids(t->articles.begin(), t->articles.end());
      r.articles = select(corpus, ids);
      return r;
    }
    case ScopeKind::Search: {
      std::unordered_set<std::string_view> ids;
      for (const auto& id : scope.ids) {
        if (!corpus.find_article(id)) return fail(Msg::ScopeUnknownSearchArticle, id);
        ids.insert(id);
      }
      r.articles = select(corpus, ids);
      return r;
    }
    case ScopeKind::Category: {
      if (scope.id.empty()) return fail(Msg::ScopeNeedsCategory);
      for (std::size_t i = 0; i < tags.category_count(); ++i) {
        if (&tags.category_at(i) == tags.find_category(scope.id)) r.category = i;
      }
      if (!r.category) return fail(Msg::ScopeUnknownCategory, scope.id);
      for (const auto& a : corpus.articles) r.articles.push_back(&a);
      return r;
    }
    case ScopeKind::Rest: {
      if (!rest_of) return fail(Msg::ScopeRestAlone);
      std::unordered_set<const Article*> excluded(rest_of->articles.begin(), rest_of->articles.end());
      for (const auto& a : corpus.articles) {
        if (excluded.count(&a) == 0) r.articles.push_back(&a);
      }
      return r;
    }
  }
  return fail(Msg::ScopeUnknown);
}

}  // namespace wortblick::stats
