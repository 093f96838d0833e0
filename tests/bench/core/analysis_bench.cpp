// Native timing of corpus analysis (collocates, n-grams, text statistics) over the seeds plus a
// make_corpus.mjs corpus, all at once and spread over frames with an 8 ms budget per step, each
// beside a plain peer over the same token streams.
// Build: cmake --build --preset native --target analysis_bench -j1
// Run:   node tests/bench/make_corpus.mjs 10000 2 > /tmp/c.json && build/native/tests/analysis_bench /tmp/c.json
#include <algorithm>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <fstream>
#include <functional>
#include <limits>
#include <sstream>
#include <string>
#include <unordered_map>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/session/session.h"
#include "core/stats/article_counts.h"
#include "core/stats/vocabulary.h"
#include "core/text/text_pipeline.h"

namespace {

using namespace wortblick;

constexpr double kInfinity = std::numeric_limits<double>::infinity();
constexpr double kFrameMs = 1000.0 / 60;
constexpr double kStepBudgetMs = 8;
constexpr int kRuns = 5;

// CPU time of this thread: the machine is shared, and wall time would count other jobs.
double now_ms() {
  timespec t{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
  return static_cast<double>(t.tv_sec) * 1e3 + static_cast<double>(t.tv_nsec) / 1e6;
}

// Median of kRuns runs of `run(i)` (i: the run's number, for options that dodge the caches).
double median_ms(const std::function<void(int)>& run) {
  std::vector<double> times;
  for (int i = 0; i < kRuns; ++i) {
    const double t0 = now_ms();
    run(i);
    times.push_back(now_ms() - t0);
  }
  std::sort(times.begin(), times.end());
  return times[times.size() / 2];
}

// Results are cached by the tag store's revision: a new tag makes every statistic compute again.
void clear_caches(Session& s) {
  static int n = 0;
  (void)s.tags().create_tag("bench-" + std::to_string(n++));
}

// A job started with an 8 ms budget and driven by step(8), as the app does once per frame: the
// longest single call (the first one builds the job) and how many calls it took.
struct Stepped {
  double first_ms = 0;
  double longest_ms = 0;  // of the step() calls after the first
  int calls = 0;
  double total_ms = 0;
};

Stepped stepped(Session& s, const std::function<bool()>& start) {
  clear_caches(s);
  Stepped r;
  double t0 = now_ms();
  bool done = start();
  r.first_ms = now_ms() - t0;
  r.total_ms = r.first_ms;
  r.calls = 1;
  while (!done) {
    t0 = now_ms();
    s.step(kStepBudgetMs);
    const double dt = now_ms() - t0;
    r.longest_ms = std::max(r.longest_ms, dt);
    r.total_ms += dt;
    ++r.calls;
    done = !s.analysing();
  }
  if (!start()) std::printf("  (the finished table was not in the cache)\n");  // a cache hit
  return r;
}

// The same job driven by calls with `fraction` (how far it had come before and after the
// longest call after the first): which phase overran.
void where_longest(Session& s, const std::function<bool(double*)>& call) {
  clear_caches(s);
  double fraction = 0, before = 0, at = 0, after = 0, longest = 0;
  bool done = call(&fraction);
  while (!done) {
    const double from = fraction;
    const double t0 = now_ms();
    done = call(&fraction);
    const double dt = now_ms() - t0;
    if (dt > longest) {
      longest = dt;
      before = from;
      after = fraction;
      at = dt;
    }
  }
  std::printf("  %-34s longest call %.1f ms took the job from %.3f to %.3f of the way\n", "", at, before, after);
}

void print_stepped(const char* what, const Stepped& r) {
  const double worst = std::max(r.first_ms, r.longest_ms);
  std::printf("  %-34s %3d calls, first %6.1f ms, longest step %6.1f ms, total %7.1f ms -> %s\n", what, r.calls,
              r.first_ms, r.longest_ms, r.total_ms, worst <= kFrameMs ? "every call within a 16.7 ms frame" : "OVER a frame");
}

// The scope's token streams as term ids, with the sentence starts, for the peers.
struct Streams {
  std::vector<std::vector<stats::TermId>> terms;
  std::vector<std::vector<char>> starts;
};

Streams streams_of(const Session& s) {
  const auto& index = s.workspace().stats.index;
  const auto& table = index.terms();
  Streams out;
  for (const auto& a : s.corpus().articles) {
    const auto* c = index.find(a.id);
    if (!c) continue;
    auto& t = out.terms.emplace_back();
    auto& st = out.starts.emplace_back();
    for (const auto x : c->stream) {
      t.push_back(table.surface(stats::surface_of(x)).term);
      st.push_back((x & stats::kSentenceStart) ? 1 : 0);
    }
  }
  return out;
}

// Peer of collocates: a std::unordered_map of window neighbours of every occurrence of one
// term (frequencies only: no stop list, grouping or scores), top 25 by count.
std::size_t plain_collocates(const Streams& st, stats::TermId node) {
  std::unordered_map<stats::TermId, std::uint64_t> together;
  for (const auto& t : st.terms) {
    for (std::size_t i = 0; i < t.size(); ++i) {
      if (t[i] != node) continue;
      const std::size_t lo = i >= 5 ? i - 5 : 0, hi = std::min(t.size(), i + 6);
      for (std::size_t j = lo; j < hi; ++j)
        if (j != i) ++together[t[j]];
    }
  }
  std::vector<std::pair<std::uint64_t, stats::TermId>> rows;
  for (const auto& [term, n] : together)
    if (n >= 3) rows.emplace_back(n, term);
  const auto keep = std::min<std::size_t>(25, rows.size());
  std::partial_sort(rows.begin(), rows.begin() + static_cast<std::ptrdiff_t>(keep), rows.end(), std::greater<>());
  return together.size();
}

// Peer of n-grams: a std::unordered_map keyed by the n term ids (packed into a string), never
// across a sentence start, then those seen twice, top 25.
std::size_t plain_ngrams(const Streams& st, std::size_t n) {
  std::unordered_map<std::string, std::uint32_t> counts;
  std::string key(n * sizeof(stats::TermId), '\0');
  for (std::size_t a = 0; a < st.terms.size(); ++a) {
    const auto& t = st.terms[a];
    const auto& starts = st.starts[a];
    for (std::size_t i = 0; i + n <= t.size(); ++i) {
      bool inside = true;
      for (std::size_t k = 1; k < n && inside; ++k) inside = !starts[i + k];
      if (!inside) continue;
      std::memcpy(key.data(), &t[i], key.size());
      ++counts[key];
    }
  }
  std::vector<std::pair<std::uint32_t, const std::string*>> rows;
  for (const auto& [k, c] : counts)
    if (c >= 2) rows.emplace_back(c, &k);
  const auto keep = std::min<std::size_t>(25, rows.size());
  std::partial_sort(rows.begin(), rows.begin() + static_cast<std::ptrdiff_t>(keep), rows.end(),
                    [](const auto& x, const auto& y) { return x.first > y.first; });
  return rows.size();
}

// Peer of text statistics: types, hapax, the coverage curve and the standardized TTR (distinct
// terms per 1,000-word chunk, by stamping each term with its chunk) from dense arrays per term
// (reset through the list of touched terms), per article or over every article.
std::uint64_t dense_types(const Streams& st, const stats::TermTable& table, bool per_article) {
  std::vector<std::uint32_t> count(table.term_count(), 0);
  std::vector<std::uint32_t> stamp(table.term_count(), 0);
  std::uint32_t chunk = 1, in_chunk = 0, distinct = 0;
  std::vector<stats::TermId> touched;
  std::vector<std::uint32_t> frequencies;
  std::uint64_t sum = 0;
  const auto finish = [&] {
    std::uint64_t words = 0, hapax = 0;
    frequencies.clear();
    for (const auto t : touched) {
      words += count[t];
      hapax += count[t] == 1;
      frequencies.push_back(count[t]);
      count[t] = 0;
    }
    std::sort(frequencies.begin(), frequencies.end(), std::greater<>());
    std::uint64_t covered = 0, k = 0;
    while (k < frequencies.size() && covered * 100 < 95 * words) covered += frequencies[k++];
    sum += touched.size() + hapax + k;
    touched.clear();
  };
  for (const auto& terms : st.terms) {
    for (const auto t : terms) {
      if (table.term(t).number) continue;
      if (count[t]++ == 0) touched.push_back(t);
      if (stamp[t] != chunk) {
        stamp[t] = chunk;
        ++distinct;
      }
      if (++in_chunk == 1000) {
        sum += distinct;
        ++chunk;
        in_chunk = distinct = 0;
      }
    }
    if (per_article) {
      finish();
      ++chunk;
      in_chunk = distinct = 0;
    }
  }
  if (!per_article) finish();
  return sum;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: analysis_bench corpus.json\n");
    return 2;
  }
  std::ifstream in(argv[1]);
  std::stringstream ss;
  ss << in.rdbuf();
  const auto docs = nlohmann::json::parse(ss.str());
  std::vector<search::NewText> texts;
  for (const auto& d : docs) texts.push_back({d["name"].get<std::string>(), d["text"].get<std::string>()});

  Session s;
  double t0 = now_ms();
  const auto added = s.add_texts(std::move(texts), kInfinity);
  if (added.error) return 1;
  while (s.pending() > 0) s.step(kInfinity);
  std::printf("%zu articles after adding %zu texts (%.0f ms to add, index and count)\n", s.corpus().articles.size(),
              added.ids.size(), now_ms() - t0);

  const Streams streams = streams_of(s);
  std::size_t tokens = 0;
  for (const auto& t : streams.terms) tokens += t.size();
  stats::FrequencyOptions top_options;
  top_options.limit = 1;
  const auto top = s.frequencies({}, top_options);
  if (top.rows.empty()) return 1;
  const std::string word = top.rows[0].word;
  const auto& table = s.workspace().stats.index.terms();
  std::string cleaned;
  const auto node_tokens = s.tokens(word, cleaned);
  stats::TermId node = 0;
  for (stats::TermId t = 0; t < table.term_count(); ++t)
    if (table.term(t).key == node_tokens.at(0).key) node = t;
  std::printf("%zu counted tokens; most frequent non-stop word: %s (%llu times)\n\n", tokens, word.c_str(),
              static_cast<unsigned long long>(top.rows[0].count));

  std::printf("All at once (median of %d, ms of CPU time):\n", kRuns);
  stats::CollocationOptions co;  // 5 + 5, log Dice, minimum 3 on the corpus
  co.min_freq = 0;
  const double colloc = median_ms([&](int run) {
    co.limit = 25 + static_cast<std::size_t>(run);  // a new cache key: computed every run
    if (!s.collocates({}, word, co, kInfinity)) std::printf("  collocates did not finish\n");
  });
  const double colloc_peer = median_ms([&](int) { plain_collocates(streams, node); });
  std::printf("  %-36s %8.1f   peer: unordered_map window count %8.1f\n", ("collocates of " + word).c_str(), colloc, colloc_peer);
  for (const std::uint32_t n : {2u, 3u, 4u}) {
    stats::NgramOptions no;
    no.n = n;
    no.min_freq = 2;
    std::size_t distinct = 0;
    const double ms = median_ms([&](int run) {
      no.limit = 25 + static_cast<std::size_t>(run);
      const auto t = s.ngrams({}, no, kInfinity);
      if (t) distinct = t->distinct;
    });
    std::size_t peer_distinct = 0;
    const double peer = median_ms([&](int) { peer_distinct = plain_ngrams(streams, n); });
    const std::string label = std::to_string(n) + "-grams (min 2: " + std::to_string(distinct) + ")";
    std::printf("  %-36s %8.1f   peer: unordered_map n-gram count %8.1f (%zu)\n", label.c_str(), ms, peer, peer_distinct);
  }
  const double per_article = median_ms([&](int) {
    clear_caches(s);
    (void)s.article_text_stats();
  });
  const double corpus_stats = median_ms([&](int) {
    clear_caches(s);
    (void)s.text_stats({}, kInfinity);
  });
  // Peer: what the stored streams save, tokenizing every article again (no statistics at all).
  const double retokenize = median_ms([&](int) {
    text::TextPipeline pipeline;
    std::size_t n = 0;
    for (const auto& a : s.corpus().articles) n += stats::counted_tokens(s.corpus(), a, pipeline).size();
    if (n != tokens) std::printf("  (tokenizing again gave %zu tokens, not %zu)\n", n, tokens);
  });
  const double dense_articles = median_ms([&](int) { dense_types(streams, table, true); });
  // What count_article spends on each article's vocabulary figures (it runs when texts are
  // added; article_text_stats() then only assembles them).
  const double at_count_time = median_ms([&](int) {
    stats::VocabularyCounter counter;
    for (const auto& terms : streams.terms) {
      for (const auto t : terms)
        if (!table.term(t).number) counter.add(t);
      (void)counter.finish();
    }
  });
  const double dense_corpus = median_ms([&](int) { dense_types(streams, table, false); });
  std::printf("  %-36s %8.1f   (assembled; made at count time in %.1f ms over every article)\n"
              "  %-36s %8s   peer: types, hapax, coverage and STTR per article from dense per-term arrays %6.1f;\n"
              "  %-36s %8s         tokenizing every article again (what the stored streams save) %6.1f\n",
              "text statistics of every article", per_article, at_count_time, "", "", dense_articles, "", "", retokenize);
  std::printf("  %-36s %8.1f   peer: types, hapax, coverage and STTR from dense per-term arrays %6.1f\n\n",
              "textStats of the corpus", corpus_stats, dense_corpus);

  std::printf("Spread over frames (budget %.0f ms a call: the first call, then step(%.0f) until done):\n", kStepBudgetMs,
              kStepBudgetMs);
  print_stepped(("collocates of " + word).c_str(), stepped(s, [&] { return s.collocates({}, word, co, kStepBudgetMs).has_value(); }));
  where_longest(s, [&](double* f) { return s.collocates({}, word, co, kStepBudgetMs, f).has_value(); });
  for (const std::uint32_t n : {2u, 3u, 4u}) {
    stats::NgramOptions no;
    no.n = n;
    no.min_freq = 2;
    print_stepped((std::to_string(n) + "-grams").c_str(), stepped(s, [&] { return s.ngrams({}, no, kStepBudgetMs).has_value(); }));
    // N-gram fractions: half for reading the streams, the rest for sorting the buckets; the
    // bucketing pass between them stands at 0.500.
    where_longest(s, [&](double* f) { return s.ngrams({}, no, kStepBudgetMs, f).has_value(); });
  }
  print_stepped("textStats of the corpus", stepped(s, [&] { return s.text_stats({}, kStepBudgetMs).has_value(); }));
  // Every article's statistics were made when it was counted: one call assembles them.
  std::printf("  %-34s one call, %6.1f ms -> %s\n", "text statistics of every article", per_article,
              per_article <= kFrameMs ? "within a frame" : "OVER a frame");
  return 0;
}
