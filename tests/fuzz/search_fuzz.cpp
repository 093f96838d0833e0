// libFuzzer: the query parser, search, concordance and article_matches over the seed workspace.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/search/concordance.h"
#include "core/search/query.h"
#include "core/search/search.h"
#include "core/session/session.h"
#include "fuzz_check.h"

using namespace wortblick;
using namespace wortblick::search;

namespace {

// The seeds plus a tag and a word category, so tag: and cat: reach real data.
Session& session() {
  static Session* s = [] {
    auto* session = new Session();
    const auto& articles = session->corpus().articles;
    std::vector<std::string> ids{articles[0].id, articles[1].id};
    (void)session->tags().assign("Datenschutz", ids);
    const std::vector<std::string> words{"WhatsApp", "Signal", "Threema", "Ende-zu-Ende"};
    (void)session->tags().set_category("Messenger", words, true);
    return session;
  }();
  return *s;
}

void check_marks(const std::vector<Mark>& marks, std::size_t size) {
  std::size_t last = 0;
  for (const auto& m : marks) {
    FUZZ_CHECK(m.begin < m.end && m.end <= size);
    FUZZ_CHECK(m.begin >= last);
    last = m.begin;
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  Session& s = session();
  const Workspace& w = s.workspace();
  // The first byte picks the options, the rest is the query.
  const std::uint8_t flags = data[0];
  const std::string_view query(reinterpret_cast<const char*>(data + 1), size - 1);

  const Query q = parse_query(query, w.pipeline.stopwords());
  std::size_t terms = q.none.size();
  for (const auto& c : q.all) {
    FUZZ_CHECK(!c.any.empty());
    terms += c.any.size();
    for (const auto& t : c.any) {
      for (const auto& k : t.keys) FUZZ_CHECK(fuzz::valid_utf8(k));
      if (t.kind == TermKind::Phrase) FUZZ_CHECK(t.offsets.size() == t.keys.size());
    }
  }
  FUZZ_CHECK(terms <= max_query_terms);
  for (const auto& n : q.notes) FUZZ_CHECK(fuzz::valid_utf8(english(n)));

  SearchOptions opt;
  opt.stem = (flags & 1) != 0;
  opt.limit = (flags & 2) ? 5 : 1000;
  const SearchResult r = s.search(query, opt);
  FUZZ_CHECK(r.error.empty());
  FUZZ_CHECK(r.hits.size() <= opt.limit && r.hits.size() <= r.total);
  FUZZ_CHECK(r.total <= w.corpus.articles.size());
  for (std::size_t k = 0; k < r.hits.size(); ++k) {
    const auto& h = r.hits[k];
    FUZZ_CHECK(h.article < w.corpus.articles.size());
    if (k > 0) FUZZ_CHECK(r.hits[k - 1].score >= h.score);
    for (const auto& s : h.snippets) {
      FUZZ_CHECK(fuzz::valid_utf8(s.text));
      check_marks(s.marks, s.text.size());
    }
  }
  for (const auto& n : r.notes) FUZZ_CHECK(fuzz::valid_utf8(english(n)));

  // Highlights in one article (picked by the flags) lie inside its text and title.
  const std::size_t article = (flags >> 2) % w.corpus.articles.size();
  const ArticleMatches m = s.highlights(article, query, opt.stem);
  check_marks(m.body, w.corpus.text(w.corpus.articles[article]).size());
  check_marks(m.title, w.corpus.articles[article].title.size());

  ConcordanceOptions co;
  co.stem = opt.stem;
  co.width = (flags & 0x80) ? 3 : 40;
  co.limit = 200;
  auto lines = s.concordance(query, co, ConcordanceSort::Corpus);
  FUZZ_CHECK(lines.size() <= co.limit);
  for (std::size_t k = 0; k < lines.size(); ++k) {
    const auto& l = lines[k];
    FUZZ_CHECK(l.article < w.corpus.articles.size());
    FUZZ_CHECK(l.id == w.corpus.articles[l.article].id);
    const std::string_view text = w.corpus.text(w.corpus.articles[l.article]);
    FUZZ_CHECK(l.start + l.match.size() <= text.size());
    FUZZ_CHECK(text.substr(l.start, l.match.size()) == l.match);
    FUZZ_CHECK(fuzz::valid_utf8(l.left) && fuzz::valid_utf8(l.right));
    if (k > 0) {
      const auto& p = lines[k - 1];
      FUZZ_CHECK(p.article < l.article || (p.article == l.article && p.start <= l.start));
    }
  }
  sort_concordance(lines, (flags & 0x40) ? ConcordanceSort::Left : ConcordanceSort::Right);
  return 0;
}
