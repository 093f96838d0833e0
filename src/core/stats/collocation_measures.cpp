// Association measures from the published formulas (see the header for each).
#include "core/stats/collocation_measures.h"

#include <array>
#include <cmath>

namespace wortblick::stats {

double expected(const CollocationCounts& c) {
  if (c.tokens == 0) return 0;
  return static_cast<double>(c.node) * static_cast<double>(c.collocate) * c.span / static_cast<double>(c.tokens);
}

CollocationScores collocation_scores(const CollocationCounts& c) {
  CollocationScores s;
  if (c.together == 0 || c.node == 0 || c.collocate == 0 || c.tokens == 0 || c.span == 0) return s;
  const double o = static_cast<double>(c.together);
  const double e = expected(c);
  const double n = static_cast<double>(c.tokens);
  s.mi = std::log2(o / e);
  s.mi3 = std::log2(o * o * o / e);
  s.log_dice = 14 + std::log2(2 * o / (static_cast<double>(c.node) + static_cast<double>(c.collocate)));
  s.t = (o - e) / std::sqrt(o);
  s.z = (o - e) / std::sqrt(e);

  const double r1 = static_cast<double>(c.node) * c.span;
  const double c1 = static_cast<double>(c.collocate);
  const std::array<double, 4> observed = {o, std::max(r1 - o, 0.0), std::max(c1 - o, 0.0),
                                          std::max(n - r1 - c1 + o, 0.0)};
  const std::array<double, 4> rows = {r1, r1, n - r1, n - r1};
  const std::array<double, 4> cols = {c1, n - c1, c1, n - c1};
  double g2 = 0;
  for (std::size_t i = 0; i < 4; ++i) {
    const double exp_ij = rows[i] * cols[i] / n;
    if (observed[i] > 0 && exp_ij > 0) g2 += observed[i] * std::log(observed[i] / exp_ij);
  }
  s.ll = (o < e ? -2 : 2) * g2;
  return s;
}

std::optional<CollocationMeasure> collocation_measure(std::string_view name) {
  for (const auto m : {CollocationMeasure::Frequency, CollocationMeasure::MI, CollocationMeasure::MI3,
                       CollocationMeasure::LogDice, CollocationMeasure::T, CollocationMeasure::Z,
                       CollocationMeasure::LL}) {
    if (measure_name(m) == name) return m;
  }
  return std::nullopt;
}

std::string_view measure_name(CollocationMeasure m) {
  switch (m) {
    case CollocationMeasure::Frequency: return "frequency";
    case CollocationMeasure::MI: return "mi";
    case CollocationMeasure::MI3: return "mi3";
    case CollocationMeasure::LogDice: return "logDice";
    case CollocationMeasure::T: return "t";
    case CollocationMeasure::Z: return "z";
    case CollocationMeasure::LL: return "ll";
  }
  return "logDice";
}

}  // namespace wortblick::stats
