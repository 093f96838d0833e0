// Concordance (KWIC, as in AntConc): every occurrence of a word or phrase with its context.
#pragma once

#include <cstddef>
#include <functional>
#include <optional>
#include <span>
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

// A sort key as AntConc and #LancsBox name it: "L3".."L1" (the third to the first word before
// the match) or "R1".."R3" (after it), as -3..-1 and 1..3.
std::optional<int> concordance_position(std::string_view name);
std::string concordance_position_name(int position);

// Sorts by the folded word at each key's position in turn (up to three keys; a missing word
// sorts first), ties in corpus order.
void sort_concordance(std::vector<ConcordanceLine>& lines, std::span<const int> keys);

// Keeps the lines where a word among the `left` words before the match or the `right` words
// after it has `collocate_key` as its key (`normalize` maps a search key to what is compared:
// the key itself, or its stem).
void filter_concordance(std::vector<ConcordanceLine>& lines, std::string_view collocate_key, std::size_t left,
                        std::size_t right, const std::function<std::string(std::string_view)>& normalize);

}  // namespace wortblick::search
