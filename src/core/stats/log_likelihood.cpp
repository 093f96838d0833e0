// Log-likelihood and log ratio for comparing two word counts.
#include "core/stats/log_likelihood.h"

#include <cmath>

namespace wortblick::stats {
namespace {

// O * ln(O / E), with the limit 0 for O = 0.
double term(double observed, double expected) {
  return observed > 0 ? observed * std::log(observed / expected) : 0.0;
}

}  // namespace

double log_likelihood(std::uint64_t a, std::uint64_t b, std::uint64_t na, std::uint64_t nb) {
  if (na == 0 || nb == 0 || a + b == 0) return 0.0;
  const double total = static_cast<double>(na) + static_cast<double>(nb);
  const double ea = static_cast<double>(na) * static_cast<double>(a + b) / total;
  const double eb = static_cast<double>(nb) * static_cast<double>(a + b) / total;
  const double g2 = 2.0 * (term(static_cast<double>(a), ea) + term(static_cast<double>(b), eb));
  const bool more_in_a = static_cast<double>(a) * static_cast<double>(nb) > static_cast<double>(b) * static_cast<double>(na);
  // Rounding can leave a tiny negative G² for equal rates.
  const double magnitude = g2 > 0 ? g2 : 0.0;
  return more_in_a ? magnitude : -magnitude;
}

double log_ratio(std::uint64_t a, std::uint64_t b, std::uint64_t na, std::uint64_t nb) {
  if (na == 0 || nb == 0) return 0.0;
  const double ra = (static_cast<double>(a) + 0.5) / static_cast<double>(na);
  const double rb = (static_cast<double>(b) + 0.5) / static_cast<double>(nb);
  return std::log2(ra / rb);
}

}  // namespace wortblick::stats
