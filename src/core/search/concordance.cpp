// Collecting KWIC lines from the index's positions and sorting them by context words.
#include "core/search/concordance.h"

#include <algorithm>

#include "core/search/locate.h"
#include "core/search/match_plan.h"
#include "core/search/matcher.h"
#include "core/search/query.h"
#include "core/text/fold.h"
#include "core/text/tokenizer.h"

namespace wortblick::search {
namespace {

std::vector<std::string> context_keys(std::string_view text, bool from_end) {
  std::vector<text::Span> spans;
  text::scan_spans(text, spans);
  std::vector<std::string> keys;
  for (const auto& s : spans)
    if (!s.part) keys.push_back(text::search_key(text.substr(s.start, s.end - s.start)));
  if (from_end) std::reverse(keys.begin(), keys.end());
  return keys;
}

}  // namespace

std::vector<ConcordanceLine> concordance(const SearchScope& scope, std::string_view query,
                                         const ConcordanceOptions& options) {
  std::vector<ConcordanceLine> out;
  SearchIndex& index = scope.index;
  const Query q = parse_query(query, scope.stopwords);
  const Plan plan = make_plan(index, scope.corpus, q, options.stem, scope.hooks);
  std::vector<std::uint8_t> wanted(index.doc_count(), 1);
  for (std::uint32_t d = 0; d < wanted.size(); ++d) {
    if (plan.filtered && !plan.allowed[d]) wanted[d] = 0;
    if (d < plan.banned.size() && plan.banned[d]) wanted[d] = 0;
  }
  std::vector<FieldHit> hits;
  for (const auto& t : plan.excluded) {
    hits.clear();
    field_hits(index, t, hits);
    for (const auto& h : hits) wanted[h.doc] = 0;
  }
  std::vector<Match> matches;
  for (const auto& clause : plan.clauses)
    for (const auto& t : clause) matches_in(index, t, wanted, matches);
  std::erase_if(matches, [](const Match& m) { return m.field != Field::Body; });
  // Corpus order is article order; documents added later may stand before older ones there.
  std::sort(matches.begin(), matches.end(), [&](const Match& a, const Match& b) {
    const auto aa = index.doc(a.doc).article, ba = index.doc(b.doc).article;
    return aa != ba ? aa < ba : a.position < b.position;
  });
  for (std::size_t i = 0; i < matches.size();) {
    std::size_t j = i;
    while (j < matches.size() && matches[j].doc == matches[i].doc) ++j;
    const std::size_t article = index.doc(matches[i].doc).article;
    const Article& a = scope.corpus.articles[article];
    const std::string_view text = scope.corpus.sources[a.source].text;
    auto located = locate(index, scope.corpus, std::span<const Match>(matches.data() + i, j - i));
    std::sort(located.begin(), located.end(), [](const Located& x, const Located& y) { return x.begin < y.begin; });
    for (const auto& l : located) {
      if (options.limit && out.size() >= options.limit) return out;
      const std::size_t from = back_code_points(text, l.begin, options.width, l.block_begin);
      const std::size_t to = forward_code_points(text, l.end, options.width, l.block_end);
      out.push_back({article, a.id, std::string(text.substr(from, l.begin - from)),
                     std::string(text.substr(l.begin, l.end - l.begin)), std::string(text.substr(l.end, to - l.end)),
                     l.begin - a.range.begin});
    }
    i = j;
  }
  return out;
}

void sort_concordance(std::vector<ConcordanceLine>& lines, ConcordanceSort by) {
  if (by == ConcordanceSort::Corpus) {
    std::stable_sort(lines.begin(), lines.end(), [](const ConcordanceLine& a, const ConcordanceLine& b) {
      return a.article != b.article ? a.article < b.article : a.start < b.start;
    });
    return;
  }
  std::vector<std::pair<std::vector<std::string>, std::size_t>> keyed;
  keyed.reserve(lines.size());
  for (std::size_t i = 0; i < lines.size(); ++i) {
    keyed.emplace_back(by == ConcordanceSort::Left ? context_keys(lines[i].left, true)
                                                   : context_keys(lines[i].right, false), i);
  }
  std::stable_sort(keyed.begin(), keyed.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  std::vector<ConcordanceLine> sorted;
  sorted.reserve(lines.size());
  for (auto& [keys, i] : keyed) sorted.push_back(std::move(lines[i]));
  lines = std::move(sorted);
}

std::optional<int> concordance_position(std::string_view name) {
  if (name.size() != 2 || (name[0] != 'L' && name[0] != 'R') || name[1] < '1' || name[1] > '3') return std::nullopt;
  const int distance = name[1] - '0';
  return name[0] == 'L' ? -distance : distance;
}

std::string concordance_position_name(int position) {
  return std::string(1, position < 0 ? 'L' : 'R') + std::to_string(position < 0 ? -position : position);
}

void sort_concordance(std::vector<ConcordanceLine>& lines, std::span<const int> keys) {
  sort_concordance(lines, ConcordanceSort::Corpus);
  if (keys.empty()) return;
  std::vector<std::pair<std::vector<std::string>, std::size_t>> keyed;
  keyed.reserve(lines.size());
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const auto left = context_keys(lines[i].left, true);
    const auto right = context_keys(lines[i].right, false);
    std::vector<std::string> key;
    for (const int p : keys) {
      const auto& side = p < 0 ? left : right;
      const auto at = static_cast<std::size_t>(p < 0 ? -p : p) - 1;
      key.push_back(at < side.size() ? side[at] : std::string());
    }
    keyed.emplace_back(std::move(key), i);
  }
  std::stable_sort(keyed.begin(), keyed.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  std::vector<ConcordanceLine> sorted;
  sorted.reserve(lines.size());
  for (auto& [key, i] : keyed) sorted.push_back(std::move(lines[i]));
  lines = std::move(sorted);
}

void filter_concordance(std::vector<ConcordanceLine>& lines, std::string_view collocate_key, std::size_t left,
                        std::size_t right, const std::function<std::string(std::string_view)>& normalize) {
  const std::string wanted = normalize(collocate_key);
  const auto near = [&](const std::vector<std::string>& words, std::size_t n) {
    for (std::size_t i = 0; i < words.size() && i < n; ++i)
      if (normalize(words[i]) == wanted) return true;
    return false;
  };
  // Collocates count whole words: a match inside a compound ("Whatsapp" in "Whatsapp-Besitzer")
  // is no node token there, so the filtered concordance leaves it out as well and shows as many
  // lines as the collocate table counts.
  const auto whole_words = [](const ConcordanceLine& l) {
    const std::string joined = l.left + l.match + l.right;
    std::vector<text::Span> spans;
    text::scan_spans(joined, spans);
    const std::size_t begin = l.left.size(), end = begin + l.match.size();
    bool starts = false, ends = false;
    for (const auto& s : spans) {
      if (s.part) continue;
      starts = starts || s.start == begin;
      ends = ends || s.end == end;
    }
    return starts && ends;
  };
  std::erase_if(lines, [&](const ConcordanceLine& l) {
    if (!whole_words(l)) return true;
    return !near(context_keys(l.left, true), left) && !near(context_keys(l.right, false), right);
  });
}

}  // namespace wortblick::search
