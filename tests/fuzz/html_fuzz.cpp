// libFuzzer: saved web pages through charset decoding, the HTML5 reader and the segmenter; blocks stay inside the text.
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

#include "core/corpus/page_segmenter.h"
#include "core/html/html_charset.h"
#include "core/html/html_page.h"
#include "core/text/text_pipeline.h"
#include "fuzz_check.h"

using namespace wortblick;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static std::unique_ptr<text::TextPipeline> pipeline;
  static std::size_t runs = 0;
  if (!pipeline || ++runs % 4096 == 0) pipeline = std::make_unique<text::TextPipeline>();

  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  const auto decoded = html::decode_page(bytes);
  FUZZ_CHECK(decoded.error == html::page_refusal(bytes));
  if (decoded.error) {
    FUZZ_CHECK(fuzz::valid_utf8(english(*decoded.error)));
    FUZZ_CHECK(decoded.text.empty());
    return 0;
  }
  const auto page = html::read_page(decoded.text);
  FUZZ_CHECK(fuzz::valid_utf8(page.text));
  std::size_t last = 0;
  for (const auto& b : page.blocks) {
    FUZZ_CHECK(b.begin >= last && b.begin < b.end && b.end <= page.text.size());
    FUZZ_CHECK(page.text.find('\n', b.begin) >= b.end);  // one line per block
    FUZZ_CHECK(b.link_chars <= b.chars);
    last = b.end;
  }
  FUZZ_CHECK(page.headline < static_cast<int>(page.blocks.size()));
  const auto articles = segment_html_page(page, *pipeline);
  FUZZ_CHECK(articles.size() <= 1);
  FUZZ_CHECK(articles.empty() == page.blocks.empty());
  for (const auto& a : articles) {
    FUZZ_CHECK(a.range.begin == 0 && a.range.end == page.text.size());
    FUZZ_CHECK(fuzz::valid_utf8(a.title));
    FUZZ_CHECK(a.blocks.size() == page.blocks.size());
    for (const auto& b : a.blocks) FUZZ_CHECK(b.range.end <= page.text.size());
  }
  return 0;
}
