// CSV export of frequency and keyness tables, safe to open in spreadsheet programs.
#pragma once

#include <span>
#include <string>
#include <string_view>

#include "core/stats/collocates.h"
#include "core/stats/frequencies.h"
#include "core/stats/keyness.h"
#include "core/stats/ngrams.h"
#include "core/stats/text_stats.h"

namespace wortblick::stats {

// One text cell: a leading = + - @ tab or CR gets a ' in front (spreadsheets would run it as
// a formula), then RFC 4180 quoting when the cell holds a quote, comma, CR or LF (quotes doubled).
std::string csv_cell(std::string_view text);

// A decimal number with '.' as separator, whatever the locale (German spreadsheets may show
// it differently, but the file is the same everywhere) and `decimals` places, rounded.
std::string csv_number(double value, int decimals);

// UTF-8 with a byte order mark (so spreadsheet programs read umlauts right), CRLF line ends,
// a header row, then one row per entry. per1000 with 3 decimals.
std::string frequency_csv(std::span<const FrequencyRow> rows);
// Header word,a,b,ll,effect; ll and effect with 3 decimals.
std::string keyness_csv(std::span<const KeynessRow> rows);

// Header word,count,nodeCount,collocateCount,mi,mi3,logDice,t,z,ll (the API's names), 3 decimals.
std::string collocation_csv(std::span<const CollocationRow> rows);
// Header ngram,count,range.
std::string ngram_csv(std::span<const NgramRow> rows);
// One row per titled entry: title,id, then the textStats() fields (coverage as coverage50 ...).
struct TitledTextStats {
  std::string_view title;
  std::string_view id;
  const TextStats* stats;
};
std::string text_stats_csv(std::span<const TitledTextStats> rows);

}  // namespace wortblick::stats
