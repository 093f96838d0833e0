// Choosing tag suggestions from an article's keyness against the rest of the corpus.
#include "core/stats/suggest_tags.h"

#include "core/text/unicode.h"

#include "core/stats/frequencies.h"
#include "core/stats/keyness.h"
#include "core/text/utf8.h"

namespace wortblick::stats {
namespace {

constexpr double kSignificant = 6.63;  // G² at p < 0.01, one degree of freedom
constexpr std::size_t kCandidates = 40;

bool capitalised(std::string_view s) {
  if (s.empty()) return false;
  const text::Decoded d = text::decode_utf8(s, 0);
  if (!d.valid) return false;
  const auto cat = text::category(d.cp);
  return cat == text::Category::Lu || cat == text::Category::Lt;
}

// Capitalised words first, order otherwise kept, at most `max`.
std::vector<std::string> prefer_capitalised(std::vector<std::string> words, std::size_t max) {
  std::vector<std::string> out;
  for (const bool upper : {true, false}) {
    for (auto& w : words) {
      if (out.size() < max && !w.empty() && capitalised(w) == upper) out.push_back(std::move(w));
    }
  }
  return out;
}

}  // namespace

std::vector<std::string> suggest_tags(const StatsInputs& in, const Article& article, std::size_t max) {
  if (max == 0) return {};
  const ResolvedScope a = resolve_scope({ScopeKind::Article, article.id, {}}, in.corpus, in.tags);
  const ResolvedScope rest = resolve_scope({ScopeKind::Rest, {}, {}}, in.corpus, in.tags, &a);
  WordOptions words;
  words.min_length = 3;
  std::vector<std::string> candidates;
  if (counts_of(rest, in.index).empty()) {
    for (const auto& r : frequencies(in, a, {words, kCandidates}).rows) {
      if (r.count >= 2) candidates.push_back(r.word);
    }
  } else {
    for (const auto& r : keyness(in, a, rest, {words, kCandidates, 1, 2}).over) {
      if (r.ll >= kSignificant) candidates.push_back(r.word);
    }
  }
  return prefer_capitalised(std::move(candidates), max);
}

}  // namespace wortblick::stats
