// Line splitting and per-block measurements (lengths, stop-word and link density, cue phrase).
#include "core/corpus/page_blocks.h"

#include "core/text/fold.h"
#include "core/text/tokenizer.h"

namespace wortblick {
namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v'; }

// U+00A0 (no-break space, 0xC2 0xA0) trails some scraped lines.
std::size_t trim_end(std::string_view s, std::size_t begin, std::size_t end) {
  while (end > begin) {
    if (is_space(s[end - 1])) {
      --end;
    } else if (end - begin >= 2 && s[end - 2] == '\xC2' && s[end - 1] == '\xA0') {
      end -= 2;
    } else {
      break;
    }
  }
  return end;
}

std::size_t count_code_points(std::string_view s) {
  std::size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

bool ends_like_sentence(std::string_view s) {
  for (std::string_view end : {".", "!", "?", ":", "\"", ")", "“", "”", "…", "«", "»"}) {
    if (s.size() >= end.size() && s.substr(s.size() - end.size()) == end) return true;
  }
  return false;
}

}  // namespace

std::vector<PageBlock> split_page(std::string_view text, text::TextPipeline& pipeline) {
  std::vector<PageBlock> blocks;
  // Spans and keys directly, not pipeline tokens: blocks need no stems, and skipping the
  // term cache (a hash lookup and, for new words, a stemming per token) halves segmentation.
  std::vector<text::Span> spans;
  std::size_t pos = 0;
  while (pos < text.size()) {
    auto nl = text.find('\n', pos);
    if (nl == std::string_view::npos) nl = text.size();
    std::size_t b = pos;
    while (b < nl && is_space(text[b])) ++b;
    const std::size_t e = trim_end(text, b, nl);
    if (e > b) {
      PageBlock blk;
      blk.range = {b, e};
      blk.indent = b - pos;
      const auto line = text.substr(b, e - b);
      blk.chars = count_code_points(line);
      blk.terminal_punct = ends_like_sentence(line);
      spans.clear();
      text::scan_spans(line, spans);
      blk.phrase.reserve(line.size());
      for (const auto& t : spans) {
        if (t.kind == text::TokenKind::Url) {
          blk.url_bytes += t.end - t.start;
          continue;
        }
        if (t.part) continue;
        if (t.kind == text::TokenKind::Number) ++blk.numbers;
        if (!blk.phrase.empty()) blk.phrase += ' ';
        const std::size_t key_at = blk.phrase.size();
        text::append_search_key(line.substr(t.start, t.end - t.start), blk.phrase);
        if (t.kind == text::TokenKind::Word) {
          ++blk.words;
          blk.stopwords += pipeline.is_stopword_key(std::string_view(blk.phrase).substr(key_at));
        }
      }
      blocks.push_back(std::move(blk));
    }
    pos = nl + 1;
  }
  return blocks;
}

}  // namespace wortblick
