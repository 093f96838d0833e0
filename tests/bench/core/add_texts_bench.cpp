// Native timing of addTexts by phase (clean, segment, index) and of queries, on a make_corpus.mjs corpus.
// Build: cmake --build --preset native --target add_texts_bench -j1
// Run:   node tests/bench/make_corpus.mjs 10000 2 > /tmp/c.json && build/native/tests/add_texts_bench /tmp/c.json
#include <algorithm>
#include <ctime>
#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/corpus/page_segmenter.h"
#include "core/search/search.h"
#include "core/search/user_texts.h"
#include "core/text/clean_text.h"

namespace {

using namespace wortblick;

// CPU time of this thread: the machine is shared, and wall time would count other jobs.
double now_ms() {
  timespec t{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
  return static_cast<double>(t.tv_sec) * 1e3 + static_cast<double>(t.tv_nsec) / 1e6;
}

// Query latency over the workspace as it is; prints per-query times of the first measured round.
void time_queries(Workspace& w, const char* label) {
  const char* queries[] = {"whatsapp", "nutzer", "verschlüsselung", "daten", "telegram", "unternehmen",
                           "whatsapp nutzer", "signal verschlüsselung", "daten facebook", "verschl*", "mess*",
                           "nach*", "whatsap~", "telegarm~", "verschlüselung~"};
  const search::SearchHooks hooks;
  std::vector<double> times;
  std::printf("%s\n", label);
  for (int round = 0; round < 6; ++round) {
    for (const char* q : queries) {
      const double a = now_ms();
      const auto r = search::search({w.search.index, w.corpus, w.pipeline.stopwords(), hooks}, q, {});
      const double b = now_ms();
      if (round > 0) times.push_back(b - a);
      if (round <= 1) std::printf("  %-24s %7zu hits %8.3f ms%s\n", q, r.total, b - a, round == 0 ? " (first)" : "");
    }
  }
  std::sort(times.begin(), times.end());
  std::printf("query p50 %.3f ms, p95 %.3f ms\n", times[times.size() / 2], times[times.size() * 95 / 100]);
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: add_texts_bench corpus.json\n");
    return 2;
  }
  std::ifstream in(argv[1]);
  std::stringstream ss;
  ss << in.rdbuf();
  const auto docs = nlohmann::json::parse(ss.str());
  std::vector<search::NewText> texts;
  std::size_t bytes = 0;
  for (const auto& d : docs) {
    texts.push_back({d["name"].get<std::string>(), d["text"].get<std::string>()});
    bytes += texts.back().bytes.size();
  }
  std::printf("%zu texts, %.1f MB\n", texts.size(), static_cast<double>(bytes) / 1e6);

  // Phases alone, on a fresh pipeline.
  {
    text::TextPipeline pipeline;
    std::vector<std::string> clean;
    double t0 = now_ms();
    for (const auto& t : texts) clean.push_back(text::clean_text(t.bytes).text);
    const double t1 = now_ms();
    std::size_t articles = 0;
    for (const auto& c : clean) articles += segment_page(c, pipeline).size();
    const double t2 = now_ms();
    std::printf("clean %.0f ms, segment %.0f ms (%zu articles)\n", t1 - t0, t2 - t1, articles);
  }

  auto w = make_embedded_workspace();
  time_queries(w, "queries over the seeds");
  double t0 = now_ms();
  for (std::size_t i = 0; i < texts.size(); i += 500) {
    const std::size_t n = std::min<std::size_t>(500, texts.size() - i);
    const auto r = search::add_texts(w, std::span<const search::NewText>(texts.data() + i, n), false);
    if (r.error) return 1;
  }
  const double t1 = now_ms();
  search::index_step(w.search.index, w.corpus, 1e300);
  const double t2 = now_ms();
  std::printf("add_texts (clean + segment) %.0f ms, index %.0f ms, total %.0f ms\n", t1 - t0, t2 - t1, t2 - t0);

  time_queries(w, "queries over seeds and added texts");
  return 0;
}
