// Posting-list walks: single terms directly, phrases by aligning the lists of their words.
#include "core/search/matcher.h"

#include <algorithm>

namespace wortblick::search {
namespace {

// Entries are appended title first, then body, per document.
std::uint64_t order(const Posting& p) { return std::uint64_t{p.doc} * 2 + (p.field == Field::Title ? 0 : 1); }

bool wanted_field(const PlanTerm& t, Field f) { return !t.title_only || f == Field::Title; }

struct PhraseOccurrences {
  std::uint32_t doc;
  Field field;
  std::vector<std::uint32_t> starts;
};

// Calls f(PhraseOccurrences) for every live (doc, field) holding the phrase; `filter(doc)`
// skips documents early.
template <class Filter, class F>
void walk_phrase(const SearchIndex& index, const PlanTerm& t, Filter&& filter, F&& f) {
  const auto& v = index.vocabulary();
  const std::size_t n = t.phrase_terms.size();
  for (const auto id : t.phrase_terms)
    if (id == no_term || !v[id].live()) return;
  // Lead with the rarest word; the others are advanced to its documents.
  std::size_t lead = 0;
  for (std::size_t k = 1; k < n; ++k)
    if (v[t.phrase_terms[k]].docs() < v[t.phrase_terms[lead]].docs()) lead = k;
  std::vector<std::size_t> at(n, 0);
  std::vector<Posting> cur(n);
  std::vector<bool> valid(n, false);
  for (std::size_t k = 0; k < n; ++k) valid[k] = v[t.phrase_terms[k]].postings.next(at[k], cur[k]);
  std::vector<std::uint32_t> lead_pos, other;
  PhraseOccurrences occ;
  while (valid[lead]) {
    const Posting p = cur[lead];
    valid[lead] = v[t.phrase_terms[lead]].postings.next(at[lead], cur[lead]);
    if (!index.doc(p.doc).live || !wanted_field(t, p.field) || !filter(p.doc)) continue;
    const std::uint64_t target = order(p);
    bool all = true;
    for (std::size_t k = 0; k < n && all; ++k) {
      if (k == lead) continue;
      while (valid[k] && order(cur[k]) < target) valid[k] = v[t.phrase_terms[k]].postings.next(at[k], cur[k]);
      all = valid[k] && order(cur[k]) == target;
    }
    if (!all) continue;
    lead_pos.clear();
    v[t.phrase_terms[lead]].postings.positions(p, lead_pos);
    occ.starts.clear();
    for (const auto lp : lead_pos) {
      if (lp < t.offsets[lead]) continue;
      occ.starts.push_back(lp - t.offsets[lead]);
    }
    for (std::size_t k = 0; k < n && !occ.starts.empty(); ++k) {
      if (k == lead) continue;
      other.clear();
      v[t.phrase_terms[k]].postings.positions(cur[k], other);
      std::erase_if(occ.starts, [&](std::uint32_t s) {
        return !std::binary_search(other.begin(), other.end(), s + t.offsets[k]);
      });
    }
    if (occ.starts.empty()) continue;
    occ.doc = p.doc;
    occ.field = p.field;
    f(occ);
  }
}

}  // namespace

void field_hits(const SearchIndex& index, const PlanTerm& t, std::vector<FieldHit>& out) {
  const auto& v = index.vocabulary();
  if (t.phrase) {
    const std::size_t first = out.size();
    std::uint32_t docs = 0;
    std::uint32_t last_doc = no_doc;
    walk_phrase(index, t, [](std::uint32_t) { return true; }, [&](const PhraseOccurrences& o) {
      out.push_back({o.doc, o.field, static_cast<std::uint32_t>(o.starts.size()), 0, 1.0f});
      if (o.doc != last_doc) ++docs;
      last_doc = o.doc;
    });
    for (std::size_t k = first; k < out.size(); ++k) out[k].df = docs;
    return;
  }
  for (const auto& e : t.words) {
    const Term& term = v[e.term];
    std::size_t at = 0;
    Posting p;
    while (term.postings.next(at, p)) {
      if (!index.doc(p.doc).live || !wanted_field(t, p.field)) continue;
      out.push_back({p.doc, p.field, p.tf, term.df[static_cast<int>(p.field)], e.weight, e.term, p.positions_at});
    }
  }
}

void matches_from_hits(const SearchIndex& index, std::span<const FieldHit> hits,
                       const std::vector<std::uint8_t>& wanted, std::vector<Match>& out) {
  const auto& v = index.vocabulary();
  std::vector<std::uint32_t> pos;
  for (const FieldHit& h : hits) {
    if (h.term == no_term || h.doc >= wanted.size() || !wanted[h.doc]) continue;
    pos.clear();
    v[h.term].postings.positions({h.doc, h.field, h.tf, h.positions_at}, pos);
    for (const auto x : pos) out.push_back({h.doc, h.field, x, 1, h.term});
  }
}

void matches_in(const SearchIndex& index, const PlanTerm& t, const std::vector<std::uint8_t>& wanted,
                std::vector<Match>& out) {
  const auto& v = index.vocabulary();
  const auto want = [&](std::uint32_t d) { return d < wanted.size() && wanted[d]; };
  if (t.phrase) {
    walk_phrase(index, t, want, [&](const PhraseOccurrences& o) {
      for (const auto s : o.starts) out.push_back({o.doc, o.field, s, t.phrase_length(), no_term});
    });
    return;
  }
  std::vector<std::uint32_t> pos;
  for (const auto& e : t.words) {
    const Term& term = v[e.term];
    std::size_t at = 0;
    Posting p;
    while (term.postings.next(at, p)) {
      if (!want(p.doc) || !index.doc(p.doc).live || !wanted_field(t, p.field)) continue;
      pos.clear();
      term.postings.positions(p, pos);
      for (const auto x : pos) out.push_back({p.doc, p.field, x, 1, e.term});
    }
  }
}

}  // namespace wortblick::search
