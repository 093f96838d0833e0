// libFuzzer: clean_text and TextPipeline::tokenize on arbitrary bytes, checking what callers rely on.
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string_view>
#include <vector>

#include "core/text/clean_text.h"
#include "core/text/text_pipeline.h"
#include "core/text/tokenizer.h"
#include "core/text/utf8.h"
#include "fuzz_check.h"

using namespace wortblick::text;

namespace {

// Token ranges inside the text and matching Token::text, sorted by start, positions never going
// back, compound parts inside their whole form, keys and stems valid UTF-8 (they are compared,
// hashed and shown).
void check_tokens(std::string_view text, const std::vector<Token>& tokens) {
  std::uint32_t last_start = 0, last_position = 0;
  const Token* whole = nullptr;
  for (const auto& t : tokens) {
    if (t.part) {
      FUZZ_CHECK(whole != nullptr && whole->start <= t.start && t.end <= whole->end);
      FUZZ_CHECK(t.position >= whole->position && t.position < whole->position + whole->span);
    } else {
      whole = &t;
    }
    FUZZ_CHECK(t.start < t.end);
    FUZZ_CHECK(t.end <= text.size());
    FUZZ_CHECK(t.text == text.substr(t.start, t.end - t.start));
    FUZZ_CHECK(t.start >= last_start);
    FUZZ_CHECK(t.position >= last_position);
    FUZZ_CHECK(t.span >= 1);
    FUZZ_CHECK(fuzz::valid_utf8(t.key));
    FUZZ_CHECK(fuzz::valid_utf8(t.stem));
    last_start = t.start;
    last_position = t.position;
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  // The pipeline's caches only grow; a fresh one every few thousand inputs keeps the fuzzer's
  // memory flat while still exercising cache hits.
  static std::unique_ptr<TextPipeline> pipeline;
  static std::size_t runs = 0;
  if (!pipeline || ++runs % 4096 == 0) pipeline = std::make_unique<TextPipeline>();

  const std::string_view bytes(reinterpret_cast<const char*>(data), size);

  // The decoder: never reads past the end, lengths 1..4, and valid sequences are valid.
  for (std::size_t i = 0; i < bytes.size();) {
    const Decoded d = decode_utf8(bytes, i);
    FUZZ_CHECK(d.length >= 1 && d.length <= 4 && i + d.length <= bytes.size());
    if (d.valid) FUZZ_CHECK(fuzz::valid_utf8(bytes.substr(i, d.length)));
    if (d.valid) {
      std::string again;
      append_utf8(d.cp, again);
      FUZZ_CHECK(again == bytes.substr(i, d.length));
    }
    i += d.length;
  }

  const CleanText clean = clean_text(bytes);
  FUZZ_CHECK(fuzz::valid_utf8(clean.text));
  FUZZ_CHECK((clean.replaced == 0) == (clean.first_replaced == no_offset));
  if (clean.replaced == 0 && fuzz::valid_utf8(bytes) && !clean.renormalized) FUZZ_CHECK(clean.text == bytes);
  if (clean.replaced > 0) {
    FUZZ_CHECK(clean.first_replaced < bytes.size());
    FUZZ_CHECK(!describe_repairs(clean, "fuzz.txt").empty());
  }
  if (fuzz::valid_utf8(bytes)) FUZZ_CHECK(clean.replaced == 0);
  // Cleaning is idempotent: clean text is already NFC and valid.
  const CleanText twice = clean_text(clean.text);
  FUZZ_CHECK(twice.text == clean.text);
  FUZZ_CHECK(twice.same_as_input());

  check_tokens(clean.text, pipeline->tokenize(clean.text));
  // Uncleaned bytes are promised to be safe too (invalid bytes separate).
  check_tokens(bytes, pipeline->tokenize(bytes));

  // Spans stop early without breaking order when a caller wants only the start of a text.
  std::vector<Span> spans;
  scan_spans(clean.text, spans, 3);
  for (std::size_t k = 1; k < spans.size(); ++k) FUZZ_CHECK(spans[k - 1].start <= spans[k].start);
  for (const auto& s : spans) FUZZ_CHECK(s.start < s.end && s.end <= clean.text.size());
  return 0;
}
