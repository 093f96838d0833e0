// Keyness arithmetic: signed Dunning log-likelihood and the log-ratio effect size.
#pragma once

#include <cstdint>

namespace wortblick::stats {

// Dunning's G² for a word seen `a` times in A (of `na` words) and `b` times in B (of `nb`):
// 2 * sum(O * ln(O / E)) over both corpora, with E the count expected if A and B used the
// word at the same rate. Signed: positive when the word is relatively more frequent in A,
// negative when less. 0 when either corpus is empty. 3.84 ~ p < 0.05, 6.63 ~ p < 0.01.
double log_likelihood(std::uint64_t a, std::uint64_t b, std::uint64_t na, std::uint64_t nb);

// Hardie's Log Ratio: log2 of the ratio of relative frequencies, (a/na) / (b/nb). Each count
// gets +0.5 (always, not only when zero) so words absent from one side get a finite, modest
// value and tiny counts are pulled towards 0. 1 means twice as frequent in A; -1 half.
// 0 when either corpus is empty.
double log_ratio(std::uint64_t a, std::uint64_t b, std::uint64_t na, std::uint64_t nb);

}  // namespace wortblick::stats
