// Ranked search over the index: BM25 with a boosted title, snippets and highlight ranges.
#pragma once

#include <cstddef>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/search/hooks.h"
#include "core/search/search_index.h"
#include "core/search/snippet.h"
#include "core/text/stopwords.h"

namespace wortblick::search {

struct SearchOptions {
  std::size_t limit = 20;    // hits returned with details; `total` counts all
  bool stem = true;          // also match the other forms of each word (its stem group)
  std::size_t snippets = 3;  // per hit, at most
  std::size_t context = 50;  // code points of context either side of a snippet's first match
};

// What one search looks at; everything is borrowed for the call.
struct SearchScope {
  SearchIndex& index;
  const Corpus& corpus;
  const text::Stopwords& stopwords;
  const SearchHooks& hooks;
};

struct SearchHit {
  // Index into Corpus::articles (whose id names it). No id copy: the result list asks for every
  // hit on every keystroke, and copying 10,000 ids took 1.7 ms of each such frame in the browser.
  std::size_t article = 0;
  double score = 0;          // BM25 (title matches weigh 3x); higher is better
  std::size_t count = 0;     // occurrences matched (title + body)
  std::vector<Snippet> snippets;
};

struct SearchResult {
  std::size_t total = 0;            // documents matching
  std::vector<SearchHit> hits;      // best first, at most options.limit
  std::vector<Message> notes;       // one each: did you mean, ignored stop words, caps, ...
  std::string error;                // reserved for calls that cannot run; queries never set it
};

SearchResult search(const SearchScope& scope, std::string_view query, const SearchOptions& options = {});

// Every match of `query` in one article (for the reader), as byte ranges of the article text
// (Corpus::text(article)), sorted; title matches as ranges of Article::title.
struct ArticleMatches {
  std::vector<Mark> body;
  std::vector<Mark> title;
};
// The snippets search() would give each hit in `articles` (none for an article that is not a
// hit), in that order: for result lists that build them only for the rows on screen.
std::vector<std::vector<Snippet>> hit_snippets(const SearchScope& scope, std::span<const std::size_t> articles,
                                               std::string_view query, const SearchOptions& options = {});

ArticleMatches article_matches(const SearchScope& scope, std::size_t article, std::string_view query,
                               const SearchOptions& options = {});

}  // namespace wortblick::search
