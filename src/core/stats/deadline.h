// The end of one step's time budget, for jobs that spread their work over frames.
#pragma once

#include <cstddef>

#include "core/search/search_state.h"

namespace wortblick::stats {

class Deadline {
 public:
  explicit Deadline(double budget_ms) : end_(search::now_ms() + budget_ms) {}
  bool passed() const { return search::now_ms() >= end_; }
  // For tight loops: reads the clock only every `every`th item (a power of two), so timing
  // costs nothing next to the work. Count the items done in this call, so a call never stops
  // before doing some.
  bool passed_at(std::size_t item, std::size_t every = 4096) const { return (item & (every - 1)) == every - 1 && passed(); }

 private:
  double end_;
};

}  // namespace wortblick::stats
