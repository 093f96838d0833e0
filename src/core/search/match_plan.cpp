// Turning query terms into index terms: stems, prefixes, typos, categories, tag filters.
#include "core/search/match_plan.h"

#include <algorithm>

#include "core/search/field_spans.h"
#include "core/search/typo_index.h"
#include "core/text/fold.h"
#include "core/text/utf8.h"

namespace wortblick::search {
namespace {

std::size_t code_points(std::string_view s) {
  std::size_t n = 0;
  for (std::size_t i = 0; i < s.size(); i += text::decode_utf8(s, i).length) ++n;
  return n;
}

// `spelling`: the word as the user wrote it, whose own stem counts besides its key's (empty: the key).
void add_stem_group(Vocabulary& v, std::string_view key, std::string_view spelling, bool stem, float weight,
                    std::vector<Expansion>& out) {
  const auto id = v.find(key);
  if (id != no_term && v[id].live()) out.push_back({id, weight});
  if (!stem) return;
  for (const auto other : v.stem_group_of(key, spelling)) {
    if (other != id && v[other].live()) out.push_back({other, weight * 0.7f});
  }
}

// The word of a query term as typed: t.text may carry punctuation the tokenizer drops.
std::string_view spelling_of(const QueryTerm& t) {
  std::vector<text::Span> spans;
  text::scan_spans(t.text, spans);
  for (const auto& s : spans) {
    const std::string_view word = std::string_view(t.text).substr(s.start, s.end - s.start);
    if (text::search_key(word) == t.keys[0]) return word;
  }
  return {};
}

bool has_hits(const Vocabulary& v, const std::vector<Expansion>& ex) {
  return std::any_of(ex.begin(), ex.end(), [&](const Expansion& e) { return v[e.term].live(); });
}

// Most frequent first, at most max_expansions; returns whether some were cut.
bool cap(const Vocabulary& v, std::vector<Expansion>& ex) {
  if (ex.size() <= max_expansions) return false;
  std::partial_sort(ex.begin(), ex.begin() + max_expansions, ex.end(), [&](const Expansion& a, const Expansion& b) {
    return v[a.term].docs() > v[b.term].docs();
  });
  ex.resize(max_expansions);
  return true;
}

std::vector<TypoCandidate> typo_candidates(const SearchIndex& index, std::string_view key) {
  auto c = index.typos().near(key, typo_budget(code_points(key)));
  const auto& v = index.vocabulary();
  std::erase_if(c, [&](const TypoCandidate& t) { return !v[t.term].live(); });
  return c;
}

}  // namespace

std::string surface_of(const SearchIndex& index, const Corpus& corpus, std::uint32_t term) {
  const auto& v = index.vocabulary();
  const Term& t = v[term];
  std::size_t at = 0;
  Posting p;
  while (t.postings.next(at, p)) {
    if (!index.doc(p.doc).live) continue;
    std::vector<std::uint32_t> pos;
    t.postings.positions(p, pos);
    std::string out;
    std::vector<text::Span> buf;
    std::string key;
    for_each_field_token(corpus, corpus.articles[index.doc(p.doc).article], p.field, buf, [&](const FieldToken& f) {
      if (f.span.position < pos[0]) return true;
      key.clear();
      text::append_search_key(f.text, key);
      if (key == t.key) {
        out = std::string(f.text);
        return false;
      }
      return f.span.position <= pos[0];
    });
    if (!out.empty()) return out;
  }
  return std::string(t.key);
}

Plan make_plan(SearchIndex& index, const Corpus& corpus, const Query& q, bool stem, const SearchHooks& hooks) {
  Plan plan;
  auto& v = index.vocabulary();
  bool capped = false;
  const auto resolve = [&](const QueryTerm& t, std::vector<PlanTerm>& out, bool positive) {
    PlanTerm pt;
    pt.title_only = t.title_only;
    switch (t.kind) {
      case TermKind::Phrase:
        pt.phrase = true;
        for (const auto& k : t.keys) pt.phrase_terms.push_back(v.find(k));
        pt.offsets = t.offsets;
        break;
      case TermKind::Word:
        add_stem_group(v, t.keys[0], spelling_of(t), stem, 1.0f, pt.words);
        if (positive && !has_hits(v, pt.words)) {
          auto c = typo_candidates(index, t.keys[0]);
          if (!c.empty()) {
            const auto best = std::min_element(c.begin(), c.end(), [&](const TypoCandidate& a, const TypoCandidate& b) {
              return a.distance != b.distance ? a.distance < b.distance : v[a.term].docs() > v[b.term].docs();
            });
            pt.words.clear();
            add_stem_group(v, v[best->term].key, {}, stem, 0.8f, pt.words);
            plan.notes.push_back({Msg::QueryDidYouMean, {t.text, surface_of(index, corpus, best->term)}});
          }
        }
        break;
      case TermKind::Prefix:
        for (const auto id : v.with_prefix(t.keys[0])) {
          if (v[id].live()) pt.words.push_back({id, v[id].key.size() == t.keys[0].size() ? 1.0f : 0.6f});
        }
        capped = cap(v, pt.words) || capped;
        break;
      case TermKind::Fuzzy: {
        add_stem_group(v, t.keys[0], spelling_of(t), stem, 1.0f, pt.words);
        for (const auto& c : typo_candidates(index, t.keys[0])) {
          pt.words.push_back({c.term, 0.6f / static_cast<float>(c.distance)});
        }
        capped = cap(v, pt.words) || capped;
        break;
      }
      case TermKind::Category: {
        std::optional<CategoryWords> cat;
        if (hooks.category_words) cat = hooks.category_words(t.text);
        if (!hooks.category_words) plan.notes.push_back({Msg::QueryNoCategoryLookup, {t.text}});
        else if (!cat) plan.notes.push_back({Msg::QueryUnknownCategory, {t.text}});
        if (cat) {
          for (const auto& w : cat->words) add_stem_group(v, text::search_key(w), w, cat->stem, 1.0f, pt.words);
          capped = cap(v, pt.words) || capped;
        }
        break;
      }
    }
    out.push_back(std::move(pt));
  };
  for (const auto& clause : q.all) {
    std::vector<PlanTerm> any;
    for (const auto& t : clause.any) resolve(t, any, true);
    plan.clauses.push_back(std::move(any));
  }
  for (const auto& t : q.none) resolve(t, plan.excluded, false);
  if (capped) plan.notes.push_back({Msg::QueryTooManyExpansions, {std::to_string(max_expansions)}});

  const auto docs_of_tag = [&](const std::string& name, std::vector<std::uint8_t>& mark) {
    std::optional<std::vector<std::string>> ids;
    if (hooks.tagged_articles) ids = hooks.tagged_articles(name);
    if (!hooks.tagged_articles) plan.notes.push_back({Msg::QueryNoTagLookup, {name}});
    else if (!ids) plan.notes.push_back({Msg::QueryUnknownTag, {name}});
    mark.assign(index.doc_count(), 0);
    if (!ids) return;
    for (const auto& id : *ids) {
      const auto d = index.doc_of_id(id);
      if (d != no_doc) mark[d] = 1;
    }
  };
  if (!q.tags.empty()) {
    plan.filtered = true;
    plan.allowed.assign(index.doc_count(), 1);
    std::vector<std::uint8_t> mark;
    for (const auto& name : q.tags) {
      docs_of_tag(name, mark);
      for (std::size_t d = 0; d < mark.size(); ++d) plan.allowed[d] &= mark[d];
    }
  }
  if (!q.not_tags.empty()) {
    plan.banned.assign(index.doc_count(), 0);
    std::vector<std::uint8_t> mark;
    for (const auto& name : q.not_tags) {
      docs_of_tag(name, mark);
      for (std::size_t d = 0; d < mark.size(); ++d) plan.banned[d] |= mark[d];
    }
  }
  return plan;
}

}  // namespace wortblick::search
