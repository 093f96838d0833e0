// libFuzzer: build_corpus / segment_page on arbitrary bytes; articles tile the text, blocks lie inside.
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/corpus/corpus.h"
#include "core/corpus/page_segmenter.h"
#include "core/text/text_pipeline.h"
#include "fuzz_check.h"

using namespace wortblick;

namespace {

bool blank(std::string_view s) {
  for (char c : s)
    if (c != ' ' && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v') return false;
  return true;
}

// Articles tile [0, text.size()) in order; every block is non-empty, inside its article, in
// text order without overlap, and the title is valid UTF-8.
template <class A, class Range>
void check_articles(std::string_view text, const std::vector<A>& articles, Range range_of) {
  if (articles.empty()) return;
  std::size_t at = 0;
  for (const auto& a : articles) {
    const ByteRange r = range_of(a);
    FUZZ_CHECK(r.begin == at);
    FUZZ_CHECK(r.begin < r.end);
    FUZZ_CHECK(r.end <= text.size());
    std::size_t last = r.begin;
    for (const auto& b : a.blocks) {
      FUZZ_CHECK(b.range.begin >= last);
      FUZZ_CHECK(b.range.begin < b.range.end);
      FUZZ_CHECK(b.range.end <= r.end);
      FUZZ_CHECK(b.reason.empty() == (b.kind != BlockKind::Boilerplate));
      last = b.range.end;
    }
    FUZZ_CHECK(fuzz::valid_utf8(a.title));
    at = r.end;
  }
  FUZZ_CHECK(at == text.size());
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static std::unique_ptr<text::TextPipeline> pipeline;
  static std::size_t runs = 0;
  if (!pipeline || ++runs % 4096 == 0) pipeline = std::make_unique<text::TextPipeline>();

  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  // Two files from one input (split at the first 0x01 byte), so ids and sources are per file.
  const std::size_t cut = bytes.find('\x01');
  std::vector<EmbeddedFile> files{{"a.txt", bytes.substr(0, cut)}};
  if (cut != std::string_view::npos) files.push_back({"b.txt", bytes.substr(cut + 1)});

  const Corpus c = build_corpus(files, *pipeline);
  FUZZ_CHECK(c.sources.size() == files.size());
  for (std::size_t f = 0; f < files.size(); ++f) {
    const Source& s = c.sources[f];
    FUZZ_CHECK(s.bytes() == files[f].bytes);  // the given bytes are kept exactly
    FUZZ_CHECK(fuzz::valid_utf8(s.text));
    std::vector<Article> mine;
    for (const auto& a : c.articles)
      if (a.source == f) mine.push_back(a);
    if (blank(s.text)) FUZZ_CHECK(mine.empty());
    check_articles(s.text, mine, [](const Article& a) { return a.range; });
    for (std::size_t k = 0; k < mine.size(); ++k) {
      FUZZ_CHECK(!mine[k].title.empty());
      FUZZ_CHECK(mine[k].id == std::string(file_stem(s.name)) + ":" + std::to_string(k + 1));
      FUZZ_CHECK(c.find_article(mine[k].id) != nullptr);
    }
  }
  // Articles are grouped by source in order.
  for (std::size_t k = 1; k < c.articles.size(); ++k) FUZZ_CHECK(c.articles[k - 1].source <= c.articles[k].source);

  // segment_page directly on the clean text gives the same split.
  const auto page = segment_page(c.sources[0].text, *pipeline);
  check_articles(c.sources[0].text, page, [](const PageArticle& a) { return a.range; });
  return 0;
}
