// Query evaluation: clause by clause into dense per-document accumulators, then top-k and snippets.
#include "core/search/search.h"

#include <algorithm>
#include <cmath>

#include "core/search/locate.h"
#include "core/search/match_plan.h"
#include "core/search/matcher.h"
#include "core/search/query.h"

namespace wortblick::search {
namespace {

constexpr double k1 = 1.2;
constexpr double b = 0.75;
constexpr double title_boost = 3.0;

struct Bm25 {
  double n = 0;
  double avg[2] = {1, 1};
  explicit Bm25(const SearchIndex& index) : n(static_cast<double>(index.live_docs())) {
    for (int f = 0; f < 2; ++f) avg[f] = std::max(1.0, index.average_length(static_cast<Field>(f)));
  }
  double idf(std::uint32_t df) const { return std::log(1.0 + (n - df + 0.5) / (df + 0.5)); }
  // `idf` is idf(h.df); a term's hits share it, so callers compute it once per run of hits.
  double operator()(const FieldHit& h, double length, double idf) const {
    const int f = static_cast<int>(h.field);
    const double tf = h.tf;
    const double norm = tf * (k1 + 1) / (tf + k1 * (1 - b + b * length / avg[f]));
    return idf * norm * h.weight * (h.field == Field::Title ? title_boost : 1.0);
  }
};

// Documents flagged in `mask` that match the plan's clauses, with scores and counts.
struct Accumulator {
  std::vector<float> score;
  std::vector<std::uint32_t> count;
  std::vector<std::uint16_t> satisfied;  // clauses matched so far
};

void add_notes(std::vector<Message>& to, const std::vector<Message>& from) {
  to.insert(to.end(), from.begin(), from.end());
}

// All matches of the plan's positive terms in the flagged documents, sorted: words from the
// postings ranking already visited (`hits`, with `term_end[k]` closing the k-th plan term's
// run), phrases by walking them again. The order before sorting is plan_matches' order, so
// ties sort the same way.
std::vector<Match> ranked_matches(const SearchIndex& index, const Plan& plan, const std::vector<FieldHit>& hits,
                                  const std::vector<std::size_t>& term_end, const std::vector<std::uint8_t>& wanted) {
  std::vector<Match> m;
  std::size_t k = 0;
  std::size_t at = 0;
  for (const auto& clause : plan.clauses) {
    for (const auto& t : clause) {
      const std::size_t end = term_end[k++];
      if (t.phrase) matches_in(index, t, wanted, m);
      else matches_from_hits(index, std::span<const FieldHit>(hits.data() + at, end - at), wanted, m);
      at = end;
    }
  }
  std::sort(m.begin(), m.end());
  return m;
}

// All matches of the plan's positive terms in the flagged documents, sorted.
std::vector<Match> plan_matches(const SearchIndex& index, const Plan& plan, const std::vector<std::uint8_t>& wanted) {
  std::vector<Match> m;
  for (const auto& clause : plan.clauses)
    for (const auto& t : clause) matches_in(index, t, wanted, m);
  std::sort(m.begin(), m.end());
  return m;
}

// The snippets of one hit from its matches [lo, hi) in text order (body first; the title only
// speaks when the body has nothing).
std::vector<Snippet> snippets_of(const SearchScope& scope, std::size_t article, std::vector<Match>::const_iterator lo,
                                 std::vector<Match>::const_iterator hi, const SearchOptions& options) {
  const SearchIndex& index = scope.index;
  std::vector<Snippet> snippets;
  const Article& a = scope.corpus.articles[article];
  for (const Field f : {Field::Body, Field::Title}) {
    if (!snippets.empty()) break;
    std::vector<Match> in_field;
    // Snippets show the first matches only; locating just those stops the re-scan early
    // (locating every match of a frequent word re-scans whole articles: ~5 ms for 20 hits).
    for (auto it = lo; it != hi && in_field.size() < options.snippets * 4; ++it)
      if (it->field == f) in_field.push_back(*it);
    const std::string_view text = f == Field::Body ? std::string_view(scope.corpus.sources[a.source].text)
                                                   : std::string_view(a.title);
    // Locating dominates a query, so a few matches are located first and more only while
    // the snippets could still take them. Cuts never split one position, so the matches
    // located are a prefix of all of them in text order and the snippets come out the same.
    std::size_t n = 0;
    const auto grow = [&](std::size_t to) {
      n = std::min(in_field.size(), std::max(to, n + 1));
      while (n < in_field.size() && in_field[n].position == in_field[n - 1].position) ++n;
    };
    grow(options.snippets + 1);
    while (true) {
      auto located = locate(index, scope.corpus, std::span<const Match>(in_field.data(), n));
      std::sort(located.begin(), located.end(), [](const Located& x, const Located& y) { return x.begin < y.begin; });
      std::size_t used = 0;
      snippets = make_snippets(text, located, options.snippets, options.context, f,
                               f == Field::Body ? a.range.begin : 0, &used);
      if (n >= in_field.size() || (snippets.size() == options.snippets && used < located.size())) break;
      grow(2 * n);
    }
  }
  return snippets;
}

}  // namespace

SearchResult search(const SearchScope& scope, std::string_view query, const SearchOptions& options) {
  SearchResult r;
  SearchIndex& index = scope.index;
  const Query q = parse_query(query, scope.stopwords);
  add_notes(r.notes, q.notes);
  Plan plan = make_plan(index, scope.corpus, q, options.stem, scope.hooks);
  add_notes(r.notes, plan.notes);
  if (plan.empty()) {
    if (!q.none.empty() && r.notes.empty()) r.notes.push_back({Msg::QueryOnlyExclusions, {}});
    return r;
  }
  const std::size_t docs = index.doc_count();
  Accumulator acc{std::vector<float>(docs, 0.0f), std::vector<std::uint32_t>(docs, 0),
                  std::vector<std::uint16_t>(docs, 0)};
  const Bm25 bm25(index);
  // Every clause's hits are kept: their posting offsets give the top hits' match positions.
  std::vector<FieldHit> hits;
  std::vector<std::size_t> term_end;  // hits.size() after each plan term, clause by clause
  std::uint32_t idf_of = 0;           // the df `idf` was computed for
  double idf = bm25.idf(0);
  // Most selective clause first would let later clauses skip work; the dense arrays make
  // every clause a single pass over its postings anyway.
  for (std::size_t ci = 0; ci < plan.clauses.size(); ++ci) {
    const std::size_t clause_begin = hits.size();
    for (const auto& t : plan.clauses[ci]) {
      field_hits(index, t, hits);
      term_end.push_back(hits.size());
    }
    for (std::size_t hi = clause_begin; hi < hits.size(); ++hi) {
      const FieldHit& h = hits[hi];
      if (acc.satisfied[h.doc] < ci) continue;  // already failed an earlier clause
      if (acc.satisfied[h.doc] == ci) acc.satisfied[h.doc] = static_cast<std::uint16_t>(ci + 1);
      if (h.df != idf_of) {
        idf_of = h.df;
        idf = bm25.idf(h.df);
      }
      acc.score[h.doc] += static_cast<float>(bm25(h, index.doc(h.doc).length[static_cast<int>(h.field)], idf));
      acc.count[h.doc] += h.tf;
    }
  }
  std::vector<std::uint8_t> banned = plan.banned;
  banned.resize(docs, 0);
  std::vector<FieldHit> excluded_hits;
  for (const auto& t : plan.excluded) {
    excluded_hits.clear();
    field_hits(index, t, excluded_hits);
    for (const auto& h : excluded_hits) banned[h.doc] = 1;
  }
  const auto need = static_cast<std::uint16_t>(plan.clauses.size());
  std::vector<std::uint32_t> found;
  for (std::uint32_t d = 0; d < docs; ++d) {
    if (!index.doc(d).live || banned[d] || acc.satisfied[d] != need) continue;
    if (plan.filtered && !plan.allowed[d]) continue;
    found.push_back(d);
  }
  r.total = found.size();
  const std::size_t k = std::min(options.limit, found.size());
  // Ties (e.g. tag-only queries, all 0) keep corpus order.
  const auto better = [&](std::uint32_t a, std::uint32_t c) {
    return acc.score[a] != acc.score[c] ? acc.score[a] > acc.score[c] : a < c;
  };
  // The result list asks for every hit: partial_sort is a heap sort, several times slower than
  // sort when k is most of the hits.
  if (2 * k >= found.size()) std::sort(found.begin(), found.end(), better);
  else std::partial_sort(found.begin(), found.begin() + static_cast<std::ptrdiff_t>(k), found.end(), better);
  found.resize(k);
  std::vector<std::uint8_t> wanted(docs, 0);
  for (const auto d : found) wanted[d] = 1;
  const std::vector<Match> matches = options.snippets ? ranked_matches(index, plan, hits, term_end, wanted) : std::vector<Match>{};
  r.hits.reserve(found.size());
  for (const auto d : found) {
    SearchHit& h = r.hits.emplace_back();
    h.article = index.doc(d).article;
    h.score = acc.score[d];
    h.count = acc.count[d];
    // The result list asks for no snippets (it builds them for the rows on screen): skipping
    // the empty calls saves 10,000 of them per keystroke on a large corpus.
    if (options.snippets == 0) continue;
    const auto lo = std::lower_bound(matches.begin(), matches.end(), Match{d, Field::Body, 0, 1, no_term});
    const auto hi = std::lower_bound(matches.begin(), matches.end(), Match{d + 1, Field::Body, 0, 1, no_term});
    h.snippets = snippets_of(scope, h.article, lo, hi, options);
  }
  return r;
}

std::vector<std::vector<Snippet>> hit_snippets(const SearchScope& scope, std::span<const std::size_t> articles,
                                               std::string_view query, const SearchOptions& options) {
  std::vector<std::vector<Snippet>> out(articles.size());
  SearchIndex& index = scope.index;
  if (options.snippets == 0 || articles.empty()) return out;
  std::vector<std::uint8_t> wanted(index.doc_count(), 0);
  bool any = false;
  for (const auto article : articles) {
    const auto d = index.doc_of_article(article);
    if (d != no_doc) wanted[d] = 1, any = true;
  }
  if (!any) return out;
  const Query q = parse_query(query, scope.stopwords);
  const Plan plan = make_plan(index, scope.corpus, q, options.stem, scope.hooks);
  // One pass over each term's postings for every row asked for: a frequent word's list is
  // walked once, not once per row.
  const auto matches = plan_matches(index, plan, wanted);
  for (std::size_t i = 0; i < articles.size(); ++i) {
    const auto d = index.doc_of_article(articles[i]);
    if (d == no_doc) continue;
    const auto lo = std::lower_bound(matches.begin(), matches.end(), Match{d, Field::Body, 0, 1, no_term});
    const auto hi = std::lower_bound(matches.begin(), matches.end(), Match{d + 1, Field::Body, 0, 1, no_term});
    out[i] = snippets_of(scope, articles[i], lo, hi, options);
  }
  return out;
}

ArticleMatches article_matches(const SearchScope& scope, std::size_t article, std::string_view query,
                               const SearchOptions& options) {
  ArticleMatches out;
  SearchIndex& index = scope.index;
  const auto d = index.doc_of_article(article);
  if (d == no_doc) return out;
  const Query q = parse_query(query, scope.stopwords);
  const Plan plan = make_plan(index, scope.corpus, q, options.stem, scope.hooks);
  std::vector<std::uint8_t> wanted(index.doc_count(), 0);
  wanted[d] = 1;
  const auto matches = plan_matches(index, plan, wanted);
  const std::size_t base = scope.corpus.articles[article].range.begin;
  for (const Field f : {Field::Body, Field::Title}) {
    std::vector<Match> in_field;
    for (const auto& m : matches)
      if (m.field == f) in_field.push_back(m);
    auto& to = f == Field::Body ? out.body : out.title;
    for (const auto& l : locate(index, scope.corpus, in_field))
      to.push_back({l.begin - (f == Field::Body ? base : 0), l.end - (f == Field::Body ? base : 0)});
    std::sort(to.begin(), to.end(), [](const Mark& x, const Mark& y) { return x.begin < y.begin; });
  }
  return out;
}

}  // namespace wortblick::search
