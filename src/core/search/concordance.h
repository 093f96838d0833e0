// Concordance (KWIC, as in AntConc): every occurrence of a word or phrase with its context.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "core/search/search.h"

namespace wortblick::search {

struct ConcordanceLine {
  std::size_t article = 0;  // index into Corpus::articles
  std::string id;           // Article::id
  std::string left;         // up to `width` code points before the match, within its paragraph
  std::string match;        // the occurrence as written
  std::string right;        // up to `width` code points after it
  std::size_t start = 0;    // byte offset of the match in the article text (Corpus::text)
};

struct ConcordanceOptions {
  std::size_t width = 40;   // code points of context each side
  bool stem = true;         // also every other form of the word
  std::size_t limit = 0;    // stop after this many lines (0: all)
};

// Lines in corpus order (article, then position), body text only. Every positive term of the
// query counts (words, phrases, prefixes, typos, categories; AND/OR do not apply: a
// concordance lists occurrences, not documents); tag: filters and exclusions do.
std::vector<ConcordanceLine> concordance(const SearchScope& scope, std::string_view query,
                                         const ConcordanceOptions& options = {});

enum class ConcordanceSort { Corpus, Left, Right };

// Sorts by the folded words nearest the match: Left compares the word just before it, then
// the one before that, ...; Right the words after it. Ties keep corpus order (stable).
void sort_concordance(std::vector<ConcordanceLine>& lines, ConcordanceSort by);

}  // namespace wortblick::search
