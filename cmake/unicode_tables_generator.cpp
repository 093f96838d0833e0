// Build tool: writes the compact Unicode tables src/core/text/unicode.cpp reads, taken from utf8proc.
// utf8proc's own tables carry every property it supports (widths, bidi, boundaries, compatibility
// forms) and weigh about 47 KB of the compressed download; core needs only the general category,
// lower-casing, full case folding and what NFC needs. Asking utf8proc itself at build time keeps
// both on the same Unicode version, and tests/core/text/unicode_test.cpp compares them exhaustively.
// Usage: unicode_tables_generator OUTPUT.h
#include <utf8proc.h>

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <string>
#include <vector>

namespace {

constexpr char32_t kEnd = 0x110000;
constexpr char32_t kHangulFirst = 0xAC00;
constexpr char32_t kHangulLast = 0xD7A3;

using Seq = std::vector<char32_t>;

Seq decompose(char32_t cp, utf8proc_option_t options) {
  utf8proc_int32_t buf[16];
  const auto n = utf8proc_decompose_char(static_cast<utf8proc_int32_t>(cp), buf, 16, options, nullptr);
  if (n <= 0 || n > 16) return {cp};
  return Seq(buf, buf + n);
}

std::string utf8(const Seq& s) {
  std::string out;
  for (char32_t cp : s) {
    utf8proc_uint8_t b[4];
    const auto n = utf8proc_encode_char(static_cast<utf8proc_int32_t>(cp), b);
    out.append(reinterpret_cast<const char*>(b), static_cast<std::size_t>(n));
  }
  return out;
}

// NFC of a sequence, as utf8proc computes it for core's text intake.
Seq nfc(const Seq& s) {
  const std::string in = utf8(s);
  utf8proc_uint8_t* out = nullptr;
  const auto n = utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(in.data()), static_cast<utf8proc_ssize_t>(in.size()),
                              &out, static_cast<utf8proc_option_t>(UTF8PROC_STABLE | UTF8PROC_COMPOSE));
  Seq result;
  for (utf8proc_ssize_t i = 0; out && i < n;) {
    utf8proc_int32_t cp = 0;
    const auto len = utf8proc_iterate(out + i, n - i, &cp);
    if (len <= 0) break;
    result.push_back(static_cast<char32_t>(cp));
    i += len;
  }
  std::free(out);
  return result;
}

bool is_surrogate(char32_t cp) { return cp >= 0xD800 && cp <= 0xDFFF; }

void write_array(std::FILE* f, const char* type, const char* name, const std::vector<std::uint32_t>& values,
                 const char* comment) {
  std::fprintf(f, "// %s\ninline constexpr %s %s[] = {", comment, type, name);
  for (std::size_t i = 0; i < values.size(); ++i) std::fprintf(f, "%s%u,", i % 24 == 0 ? "\n" : "", values[i]);
  std::fprintf(f, "\n};\n\n");
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 2) {
    std::fprintf(stderr, "usage: %s OUTPUT.h\n", argv[0]);
    return 2;
  }

  // Category and canonical combining class, as a two-stage table over blocks of code points.
  std::map<std::pair<int, int>, std::uint32_t> prop_ids;
  std::vector<std::uint32_t> props;  // category | ccc << 8
  std::vector<std::uint32_t> per_cp(kEnd);
  for (char32_t cp = 0; cp < kEnd; ++cp) {
    const auto* p = utf8proc_get_property(static_cast<utf8proc_int32_t>(cp));
    const std::pair<int, int> key{p->category, p->combining_class};
    auto [it, added] = prop_ids.emplace(key, static_cast<std::uint32_t>(props.size()));
    if (added) props.push_back(static_cast<std::uint32_t>(key.first) | static_cast<std::uint32_t>(key.second) << 8);
    per_cp[cp] = it->second;
  }
  if (props.size() > 256) {
    std::fprintf(stderr, "%zu property classes do not fit a byte\n", props.size());
    return 1;
  }
  // The block size with the smallest pair of tables.
  int best_shift = 0;
  std::vector<std::uint32_t> best_blocks, best_classes;
  for (int shift = 4; shift <= 9; ++shift) {
    const std::size_t size = std::size_t{1} << shift;
    std::map<std::vector<std::uint32_t>, std::uint32_t> seen;
    std::vector<std::uint32_t> blocks, classes;
    for (std::size_t start = 0; start < kEnd; start += size) {
      std::vector<std::uint32_t> block(per_cp.begin() + static_cast<std::ptrdiff_t>(start),
                                       per_cp.begin() + static_cast<std::ptrdiff_t>(start + size));
      auto [it, added] = seen.emplace(block, static_cast<std::uint32_t>(seen.size()));
      if (added) classes.insert(classes.end(), block.begin(), block.end());
      blocks.push_back(it->second);
    }
    if (best_shift == 0 || blocks.size() * 2 + classes.size() < best_blocks.size() * 2 + best_classes.size()) {
      best_shift = shift;
      best_blocks = blocks;
      best_classes = classes;
    }
  }
  if (best_blocks.size() > 0xFFFF || *std::max_element(best_blocks.begin(), best_blocks.end()) > 0xFFFF) return 1;

  std::vector<std::uint32_t> lower;  // pairs: code point, its lower-case form
  std::vector<std::uint32_t> fold;   // quadruples: code point, its full case folding (0-padded)
  std::vector<std::uint32_t> decomp_index;  // triples: code point, pool start, length
  std::vector<std::uint32_t> decomp_pool;
  std::map<char32_t, Seq> decompositions;
  for (char32_t cp = 0; cp < kEnd; ++cp) {
    if (is_surrogate(cp)) continue;
    const auto l = static_cast<char32_t>(utf8proc_tolower(static_cast<utf8proc_int32_t>(cp)));
    if (l != cp) lower.insert(lower.end(), {cp, l});
    const Seq folded = decompose(cp, static_cast<utf8proc_option_t>(UTF8PROC_CASEFOLD));
    if (folded.size() > 3) return 1;
    if (folded != Seq{l}) {
      fold.push_back(cp);
      for (std::size_t i = 0; i < 3; ++i) fold.push_back(i < folded.size() ? folded[i] : 0);
    }
    if (cp >= kHangulFirst && cp <= kHangulLast) continue;  // decomposed arithmetically
    const Seq d = decompose(cp, static_cast<utf8proc_option_t>(UTF8PROC_DECOMPOSE));
    if (d != Seq{cp}) {
      decompositions[cp] = d;
      decomp_index.insert(decomp_index.end(), {cp, static_cast<std::uint32_t>(decomp_pool.size()),
                                               static_cast<std::uint32_t>(d.size())});
      decomp_pool.insert(decomp_pool.end(), d.begin(), d.end());
    }
  }

  // Composition pairs: a starter (itself possibly composed) and one following code point that NFC
  // joins into one. Each candidate leaves one code point out of a decomposition and checks the
  // pair with utf8proc, so exclusions and singletons drop out the way utf8proc treats them.
  std::map<std::pair<char32_t, char32_t>, char32_t> pairs;
  for (const auto& [composed, d] : decompositions) {
    if (d.size() < 2) continue;
    for (std::size_t j = 0; j < d.size(); ++j) {
      Seq rest = d;
      rest.erase(rest.begin() + static_cast<std::ptrdiff_t>(j));
      const Seq first = nfc(rest);
      if (first.size() != 1) continue;
      if (nfc(Seq{first[0], d[j]}) == Seq{composed}) pairs[{first[0], d[j]}] = composed;
    }
  }
  std::vector<std::uint32_t> compositions;  // triples sorted by (first, second)
  for (const auto& [key, composed] : pairs) compositions.insert(compositions.end(), {key.first, key.second, composed});

  std::FILE* f = std::fopen(argv[1], "w");
  if (!f) {
    std::perror(argv[1]);
    return 1;
  }
  std::fprintf(f, "// Generated by cmake/unicode_tables_generator.cpp from utf8proc %s (Unicode %s): do not edit.\n",
               utf8proc_version(), utf8proc_unicode_version());
  std::fprintf(f, "#pragma once\n\n#include <cstdint>\n\nnamespace wortblick::text::generated {\n\n");
  std::fprintf(f, "inline constexpr int kUnicodeBlockShift = %d;\n\n", best_shift);
  write_array(f, "std::uint16_t", "kUnicodeBlocks", best_blocks, "Per block of code points: which block of kUnicodeClasses.");
  write_array(f, "std::uint8_t", "kUnicodeClasses", best_classes, "Per code point of a distinct block: its entry in kUnicodeProps.");
  write_array(f, "std::uint16_t", "kUnicodeProps", props, "General category (utf8proc's numbering) | combining class << 8.");
  write_array(f, "char32_t", "kLowercase", lower, "Pairs sorted by code point: code point, lower-case form.");
  write_array(f, "char32_t", "kFoldExceptions", fold,
              "Quadruples sorted by code point: code point, full case folding (0-padded), where it is not the lower-case form.");
  write_array(f, "char32_t", "kDecompositions", decomp_index,
              "Triples sorted by code point: code point, start and length in kDecompositionPool (full canonical, Hangul excluded).");
  write_array(f, "char32_t", "kDecompositionPool", decomp_pool, "The canonical decompositions.");
  write_array(f, "char32_t", "kCompositions", compositions, "Triples sorted by the pair: first, second, composed (NFC, Hangul excluded).");
  std::fprintf(f, "}  // namespace wortblick::text::generated\n");
  return std::fclose(f) == 0 ? 0 : 1;
}
