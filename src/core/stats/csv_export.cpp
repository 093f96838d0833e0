// Writing tables as RFC 4180 CSV with formula-injection escaping.
#include "core/stats/csv_export.h"

#include <cmath>
#include <cstdint>

namespace wortblick::stats {
namespace {

constexpr std::string_view kBom = "\xEF\xBB\xBF";
constexpr std::string_view kLineEnd = "\r\n";

}  // namespace

std::string csv_cell(std::string_view text) {
  std::string cell;
  if (!text.empty()) {
    const char c = text.front();
    if (c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r') cell += '\'';
  }
  cell += text;
  if (cell.find_first_of("\",\r\n") == std::string::npos) return cell;
  std::string quoted = "\"";
  for (const char c : cell) {
    if (c == '"') quoted += '"';
    quoted += c;
  }
  quoted += '"';
  return quoted;
}

// Integer arithmetic instead of printf, whose decimal separator follows the C locale.
std::string csv_number(double value, int decimals) {
  if (!std::isfinite(value)) return "";
  std::int64_t scale = 1;
  for (int i = 0; i < decimals; ++i) scale *= 10;
  const bool negative = value < 0;
  const auto scaled = static_cast<std::int64_t>(std::llround(std::abs(value) * static_cast<double>(scale)));
  std::string out = negative && scaled != 0 ? "-" : "";
  out += std::to_string(scaled / scale);
  if (decimals > 0) {
    std::string frac = std::to_string(scaled % scale);
    out += '.';
    out += std::string(static_cast<std::size_t>(decimals) - frac.size(), '0') + frac;
  }
  return out;
}

std::string frequency_csv(std::span<const FrequencyRow> rows) {
  std::string out(kBom);
  out += "word,count,per1000,articles";
  out += kLineEnd;
  for (const auto& r : rows) {
    out += csv_cell(r.word) + ',' + std::to_string(r.count) + ',' + csv_number(r.per1000, 3) + ',' +
           std::to_string(r.articles);
    out += kLineEnd;
  }
  return out;
}

std::string keyness_csv(std::span<const KeynessRow> rows) {
  std::string out(kBom);
  out += "word,a,b,ll,effect";
  out += kLineEnd;
  for (const auto& r : rows) {
    out += csv_cell(r.word) + ',' + std::to_string(r.a) + ',' + std::to_string(r.b) + ',' + csv_number(r.ll, 3) +
           ',' + csv_number(r.effect, 3);
    out += kLineEnd;
  }
  return out;
}

std::string collocation_csv(std::span<const CollocationRow> rows) {
  std::string out(kBom);
  out += "word,count,nodeCount,collocateCount,mi,mi3,logDice,t,z,ll";
  out += kLineEnd;
  for (const auto& r : rows) {
    out += csv_cell(r.word) + ',' + std::to_string(r.counts.together) + ',' + std::to_string(r.counts.node) + ',' +
           std::to_string(r.counts.collocate) + ',' + csv_number(r.scores.mi, 3) + ',' + csv_number(r.scores.mi3, 3) +
           ',' + csv_number(r.scores.log_dice, 3) + ',' + csv_number(r.scores.t, 3) + ',' + csv_number(r.scores.z, 3) +
           ',' + csv_number(r.scores.ll, 3);
    out += kLineEnd;
  }
  return out;
}

std::string ngram_csv(std::span<const NgramRow> rows) {
  std::string out(kBom);
  out += "ngram,count,range";
  out += kLineEnd;
  for (const auto& r : rows) {
    out += csv_cell(r.ngram) + ',' + std::to_string(r.count) + ',' + std::to_string(r.range);
    out += kLineEnd;
  }
  return out;
}

std::string text_stats_csv(std::span<const TitledTextStats> rows) {
  std::string out(kBom);
  out += "title,id,tokens,types,ttr,sttr,hapax,meanWordLength,meanSentenceLength,sentences,fleschAmstad,wstf1,lix,"
         "coverage50,coverage80,coverage90,coverage95";
  out += kLineEnd;
  for (const auto& row : rows) {
    const TextStats& s = *row.stats;
    const Readability& r = s.readability;
    out += csv_cell(row.title) + ',' + csv_cell(row.id) + ',' + std::to_string(s.figures.words) + ',' +
           std::to_string(s.types) + ',' + csv_number(s.ttr, 3) + ',' + csv_number(s.sttr, 3) + ',' +
           std::to_string(s.hapax) + ',' + csv_number(r.mean_word_length, 2) + ',' +
           csv_number(r.mean_sentence_length, 2) + ',' + std::to_string(s.figures.sentences) + ',' +
           csv_number(r.flesch_amstad, 1) + ',' + csv_number(r.wstf1, 1) + ',' + csv_number(r.lix, 1);
    for (const auto c : s.coverage) out += ',' + std::to_string(c);
    out += kLineEnd;
  }
  return out;
}

}  // namespace wortblick::stats
