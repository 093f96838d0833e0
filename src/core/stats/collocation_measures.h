// The association measures of a node and a collocate, from four counts (as #LancsBox and AntConc).
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

namespace wortblick::stats {

// The counts every measure is computed from.
struct CollocationCounts {
  std::uint64_t together = 0;   // O = f(xy): the collocate's occurrences in the node's windows
  std::uint64_t node = 0;       // f(x): occurrences of the node
  std::uint64_t collocate = 0;  // f(y): occurrences of the collocate in the scope
  std::uint64_t tokens = 0;     // N: counted words of the scope
  std::uint32_t span = 0;       // window size, left + right
};

// E = f(x) * f(y) * span / N: how often the collocate would fall into the node's windows if
// words were placed at random. Every measure but log Dice compares O with it.
double expected(const CollocationCounts& c);

struct CollocationScores {
  double mi = 0;        // log2(O / E)                                  (Church & Hanks 1990)
  double mi3 = 0;       // log2(O^3 / E)                                (Oakes 1998)
  double log_dice = 0;  // 14 + log2(2 O / (f(x) + f(y)))               (Rychlý 2008)
  double t = 0;         // (O - E) / sqrt(O)
  double z = 0;         // (O - E) / sqrt(E)
  double ll = 0;        // Dunning's G² over the 2x2 table below, negative when O < E
};

// The 2x2 table of LL: O11 = O, R1 = f(x) * span (window positions), C1 = f(y), N; O12 =
// R1 - O11, O21 = C1 - O11, O22 = N - R1 - C1 + O11, each E_ij = R_i * C_j / N, and
// G² = 2 * sum O_ij * ln(O_ij / E_ij) (cells with O_ij = 0 add nothing; cells that the
// overlap of windows would make negative are taken as 0). All zero when O, f(x), f(y) or N is 0.
CollocationScores collocation_scores(const CollocationCounts& c);

enum class CollocationMeasure { Frequency, MI, MI3, LogDice, T, Z, LL };

// "frequency", "mi", "mi3", "logDice", "t", "z", "ll" (the API's names) and back.
std::optional<CollocationMeasure> collocation_measure(std::string_view name);
std::string_view measure_name(CollocationMeasure m);

}  // namespace wortblick::stats
