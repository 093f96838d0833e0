// Writing out each statistic's formula with the numbers that produced it.
#include "core/stats/explanation.h"

#include <cmath>
#include <cstdio>

#include "core/stats/log_likelihood.h"

namespace wortblick::stats {
namespace {

std::string whole(std::uint64_t n) { return std::to_string(n); }

double per1000(std::uint64_t count, std::uint64_t words) {
  return words == 0 ? 0.0 : 1000.0 * static_cast<double>(count) / static_cast<double>(words);
}

}  // namespace

std::string number_text(double value, int decimals) {
  if (!std::isfinite(value)) return value > 0 ? "∞" : value < 0 ? "-∞" : "–";
  char buffer[64];
  std::snprintf(buffer, sizeof buffer, "%.*f", decimals, value);
  std::string s = buffer;
  if (s == "-0" || s.rfind("-0.", 0) == 0) {
    // -0.00 reads as a negative number that is not there
    bool zero = true;
    for (char c : s) zero = zero && (c == '-' || c == '0' || c == '.');
    if (zero) s.erase(0, 1);
  }
  return s;
}

Explanation explain_frequency(std::string_view word, std::uint64_t count, std::uint64_t words) {
  Explanation e;
  e.figure = "per1000";
  e.value = per1000(count, words);
  e.formula = "c / N · 1000";
  e.worked = whole(count) + " / " + whole(words) + " · 1000 = " + number_text(e.value, 2);
  e.values = {{"c", whole(count), Msg::ValueCount}, {"N", whole(words), Msg::ValueWords}};
  e.sentence = {Msg::SaysFrequency, {std::string(word), whole(count), whole(words), number_text(e.value, 2)}};
  return e;
}

std::optional<Explanation> explain_keyness(std::string_view figure, std::string_view word, std::uint64_t a,
                                           std::uint64_t b, std::uint64_t words_a, std::uint64_t words_b) {
  if (figure != "ll" && figure != "logRatio") return std::nullopt;
  Explanation e;
  e.figure = std::string(figure);
  const double na = static_cast<double>(words_a), nb = static_cast<double>(words_b);
  const double total = na + nb;
  const double ea = total == 0 ? 0 : na * static_cast<double>(a + b) / total;
  const double eb = total == 0 ? 0 : nb * static_cast<double>(a + b) / total;
  e.values = {{"a", whole(a), Msg::ValueCountA},          {"b", whole(b), Msg::ValueCountB},
              {"nA", whole(words_a), Msg::ValueWordsA},   {"nB", whole(words_b), Msg::ValueWordsB}};
  if (figure == "ll") {
    e.value = log_likelihood(a, b, words_a, words_b);
    e.values.push_back({"Ea", number_text(ea, 2), Msg::ValueExpectedA});
    e.values.push_back({"Eb", number_text(eb, 2), Msg::ValueExpectedB});
    e.formula = "LL = ±2 · (a · ln(a / Ea) + b · ln(b / Eb)), Ea = nA · (a + b) / (nA + nB), Eb = nB · (a + b) / (nA + nB)";
    e.worked = "±2 · (" + whole(a) + " · ln(" + whole(a) + " / " + number_text(ea, 2) + ") + " + whole(b) + " · ln(" +
               whole(b) + " / " + number_text(eb, 2) + ")) = " + number_text(e.value, 2);
  } else {
    e.value = log_ratio(a, b, words_a, words_b);
    e.formula = "Log Ratio = log2(((a + 0.5) / nA) / ((b + 0.5) / nB))";
    e.worked = "log2((" + whole(a) + ".5 / " + whole(words_a) + ") / (" + whole(b) + ".5 / " + whole(words_b) +
               ")) = " + number_text(e.value, 2);
  }
  const double ra = per1000(a, words_a), rb = per1000(b, words_b);
  const std::string w(word);
  if (a > 0 && b == 0) {
    e.sentence = {Msg::SaysKeynessOnlyA, {w, whole(a)}};
  } else if (b > 0 && a == 0) {
    e.sentence = {Msg::SaysKeynessOnlyB, {w, whole(b)}};
  } else if (a == 0 && b == 0) {
    e.sentence = {Msg::SaysNoText, {}};
  } else if (number_text(ra / rb, 1) == "1.0") {
    e.sentence = {Msg::SaysKeynessSame, {w, number_text(ra, 2)}};
  } else if (ra > rb) {
    e.sentence = {Msg::SaysKeynessMore, {w, number_text(ra / rb, 1), number_text(ra, 2), number_text(rb, 2)}};
  } else {
    e.sentence = {Msg::SaysKeynessLess, {w, number_text(rb / ra, 1), number_text(ra, 2), number_text(rb, 2)}};
  }
  return e;
}

Explanation explain_dispersion(std::string_view word, std::uint64_t count, std::uint64_t articles_with,
                               std::uint64_t articles) {
  Explanation e;
  e.figure = "range";
  e.value = articles == 0 ? 0 : 100.0 * static_cast<double>(articles_with) / static_cast<double>(articles);
  e.formula = "r / n · 100 %";
  e.worked = whole(articles_with) + " / " + whole(articles) + " · 100 % = " + number_text(e.value, 1) + " %";
  e.values = {{"c", whole(count), Msg::ValueCount},
              {"r", whole(articles_with), Msg::ValueArticlesWith},
              {"n", whole(articles), Msg::ValueArticles}};
  e.sentence = {Msg::SaysDispersion, {std::string(word), whole(count), whole(articles_with), whole(articles)}};
  return e;
}

Explanation explain_collocation(std::string_view node, std::string_view collocate, CollocationMeasure measure,
                                const CollocationCounts& c, std::uint32_t left, std::uint32_t right) {
  Explanation e;
  e.figure = std::string(measure_name(measure));
  const CollocationScores s = collocation_scores(c);
  const double ex = expected(c);
  const std::string o = whole(c.together), fx = whole(c.node), fy = whole(c.collocate), n = whole(c.tokens),
                    span = whole(c.span), es = number_text(ex, 3);
  e.values = {{"O", o, Msg::ValueTogether},       {"E", es, Msg::ValueExpected},
              {"f(x)", fx, Msg::ValueNodeCount},  {"f(y)", fy, Msg::ValueCollocateCount},
              {"N", n, Msg::ValueTokens},         {"span", span, Msg::ValueSpan}};
  const std::string e_worked = "E = " + fx + " · " + fy + " · " + span + " / " + n + " = " + es + "; ";
  switch (measure) {
    case CollocationMeasure::Frequency:
      e.value = static_cast<double>(c.together);
      e.formula = "O";
      e.worked = "O = " + o;
      break;
    case CollocationMeasure::MI:
      e.value = s.mi;
      e.formula = "MI = log2(O / E), E = f(x) · f(y) · span / N";
      e.worked = e_worked + "log2(" + o + " / " + es + ") = " + number_text(s.mi, 2);
      break;
    case CollocationMeasure::MI3:
      e.value = s.mi3;
      e.formula = "MI3 = log2(O³ / E), E = f(x) · f(y) · span / N";
      e.worked = e_worked + "log2(" + o + "³ / " + es + ") = " + number_text(s.mi3, 2);
      break;
    case CollocationMeasure::LogDice:
      e.value = s.log_dice;
      e.formula = "logDice = 14 + log2(2 · O / (f(x) + f(y)))";
      e.worked = "14 + log2(2 · " + o + " / (" + fx + " + " + fy + ")) = " + number_text(s.log_dice, 2);
      break;
    case CollocationMeasure::T:
      e.value = s.t;
      e.formula = "t = (O − E) / √O, E = f(x) · f(y) · span / N";
      e.worked = e_worked + "(" + o + " − " + es + ") / √" + o + " = " + number_text(s.t, 2);
      break;
    case CollocationMeasure::Z:
      e.value = s.z;
      e.formula = "z = (O − E) / √E, E = f(x) · f(y) · span / N";
      e.worked = e_worked + "(" + o + " − " + es + ") / √" + es + " = " + number_text(s.z, 2);
      break;
    case CollocationMeasure::LL:
      e.value = s.ll;
      e.formula = "LL = ±2 · Σ Oij · ln(Oij / Eij), Eij = Ri · Cj / N; R1 = f(x) · span, C1 = f(y)";
      e.values.push_back({"Oij", "O11 = " + o, Msg::ValueContingency});
      e.worked = "O11 = " + o + ", R1 = " + fx + " · " + span + ", C1 = " + fy + ", N = " + n + " → LL = " +
                 number_text(s.ll, 2);
      break;
  }
  const std::vector<std::string> args = {std::string(node), std::string(collocate), o, whole(left), whole(right),
                                         number_text(ex, 2)};
  if (static_cast<double>(c.together) > ex && ex > 0) {
    auto with_ratio = args;
    with_ratio.push_back(number_text(static_cast<double>(c.together) / ex, 1));
    e.sentence = {Msg::SaysCollocation, with_ratio};
  } else {
    e.sentence = {Msg::SaysCollocationRare, args};
  }
  return e;
}

std::optional<Explanation> explain_text_stat(std::string_view figure, const TextStats& t) {
  const TextFigures& f = t.figures;
  const Readability& r = t.readability;
  Explanation e;
  e.figure = std::string(figure);
  const std::string words = whole(f.words), sentences = whole(f.sentences), types = whole(t.types);
  const ExplainedValue w{"W", words, Msg::ValueTokens};
  const ExplainedValue st{"S", sentences, Msg::ValueSentences};
  if (figure == "tokens") {
    e.value = static_cast<double>(f.words);
    e.formula = "W";
    e.worked = "W = " + words;
    e.values = {w, {"n", whole(t.articles), Msg::ValueArticles}};
    e.sentence = {Msg::SaysTokens, {words, whole(t.articles)}};
  } else if (figure == "types") {
    e.value = static_cast<double>(t.types);
    e.formula = "T";
    e.worked = "T = " + types;
    e.values = {{"T", types, Msg::ValueTypes}, w};
    e.sentence = {Msg::SaysTypes, {types, words}};
  } else if (figure == "ttr") {
    e.value = t.ttr;
    e.formula = "TTR = T / W";
    e.worked = types + " / " + words + " = " + number_text(t.ttr, 3);
    e.values = {{"T", types, Msg::ValueTypes}, w};
    e.sentence = {Msg::SaysTtr, {types, words, number_text(t.ttr, 3)}};
  } else if (figure == "sttr") {
    e.value = t.sttr;
    e.formula = "STTR = (T1 + … + Tk) / (k · 1000)";
    e.worked = "STTR = " + number_text(t.sttr, 3) + " (" + whole(t.sttr_chunks) + ")";
    e.values = {{"k", whole(t.sttr_chunks), Msg::ValueChunks}, {"Ti", "", Msg::ValueChunkTypes}, w};
    e.sentence = t.sttr_chunks > 0 ? Message{Msg::SaysSttr, {number_text(t.sttr, 3), whole(t.sttr_chunks)}}
                                   : Message{Msg::SaysSttrShort, {words}};
  } else if (figure == "hapax") {
    e.value = static_cast<double>(t.hapax);
    e.formula = "H / T · 100 %";
    e.worked = whole(t.hapax) + " / " + types + " · 100 % = " + number_text(100 * t.hapax_share, 1) + " %";
    e.values = {{"H", whole(t.hapax), Msg::ValueHapax}, {"T", types, Msg::ValueTypes}};
    e.sentence = {Msg::SaysHapax, {whole(t.hapax), types, number_text(100 * t.hapax_share, 1)}};
  } else if (figure == "meanWordLength") {
    e.value = r.mean_word_length;
    e.formula = "L / W";
    e.worked = whole(f.letters) + " / " + words + " = " + number_text(r.mean_word_length, 2);
    e.values = {{"L", whole(f.letters), Msg::ValueLetters}, w};
    e.sentence = {Msg::SaysWordLength, {number_text(r.mean_word_length, 2)}};
  } else if (figure == "meanSentenceLength" || figure == "sentences") {
    e.value = figure == "sentences" ? static_cast<double>(f.sentences) : r.mean_sentence_length;
    e.formula = "ASL = W / S";
    e.worked = words + " / " + sentences + " = " + number_text(r.mean_sentence_length, 2);
    e.values = {w, st};
    e.sentence = {Msg::SaysSentenceLength, {number_text(r.mean_sentence_length, 2), sentences}};
  } else if (figure == "fleschAmstad") {
    e.value = r.flesch_amstad;
    e.formula = "Flesch (Amstad) = 180 − ASL − 58.5 · ASW, ASL = W / S, ASW = Syl / W";
    e.worked = "180 − " + number_text(r.mean_sentence_length, 2) + " − 58.5 · " + number_text(r.syllables_per_word, 3) +
               " = " + number_text(r.flesch_amstad, 1);
    e.values = {w, st, {"Syl", whole(f.syllables), Msg::ValueSyllables},
                {"ASL", number_text(r.mean_sentence_length, 2), Msg::ValueSentenceLength},
                {"ASW", number_text(r.syllables_per_word, 3), Msg::ValueSyllablesPerWord}};
    const double v = r.flesch_amstad;
    const Msg band = v >= 90   ? Msg::SaysFleschVeryEasy
                     : v >= 80 ? Msg::SaysFleschEasy
                     : v >= 70 ? Msg::SaysFleschFairlyEasy
                     : v >= 60 ? Msg::SaysFleschMedium
                     : v >= 50 ? Msg::SaysFleschFairlyHard
                     : v >= 30 ? Msg::SaysFleschHard
                               : Msg::SaysFleschVeryHard;
    e.sentence = {band, {number_text(v, 1)}};
  } else if (figure == "wstf1") {
    e.value = r.wstf1;
    const auto pct = [&](std::uint64_t n) { return f.words == 0 ? 0.0 : 100.0 * static_cast<double>(n) / static_cast<double>(f.words); };
    e.formula = "WSTF1 = 0.1935 · MS + 0.1672 · SL + 0.1297 · IW − 0.0327 · ES − 0.875";
    e.worked = "0.1935 · " + number_text(pct(f.polysyllables), 2) + " + 0.1672 · " + number_text(r.mean_sentence_length, 2) +
               " + 0.1297 · " + number_text(pct(f.long_words), 2) + " − 0.0327 · " + number_text(pct(f.monosyllables), 2) +
               " − 0.875 = " + number_text(r.wstf1, 2);
    e.values = {{"MS", number_text(pct(f.polysyllables), 2) + " %", Msg::ValueShareThreeSyllables},
                {"SL", number_text(r.mean_sentence_length, 2), Msg::ValueSentenceLength},
                {"IW", number_text(pct(f.long_words), 2) + " %", Msg::ValueShareLongWords},
                {"ES", number_text(pct(f.monosyllables), 2) + " %", Msg::ValueShareOneSyllable},
                w, st};
    e.sentence = {Msg::SaysWstf1, {number_text(r.wstf1, 1)}};
  } else if (figure == "lix") {
    e.value = r.lix;
    e.formula = "LIX = W / S + 100 · LW / W";
    e.worked = words + " / " + sentences + " + 100 · " + whole(f.long_words) + " / " + words + " = " + number_text(r.lix, 1);
    e.values = {w, st, {"LW", whole(f.long_words), Msg::ValueLongWords}};
    e.sentence = {Msg::SaysLix, {number_text(r.lix, 1)}};
  } else if (figure.rfind("coverage", 0) == 0) {
    std::size_t level = kCoverageLevels.size();
    for (std::size_t i = 0; i < kCoverageLevels.size(); ++i)
      if (figure.substr(8) == std::to_string(kCoverageLevels[i])) level = i;
    if (level == kCoverageLevels.size()) return std::nullopt;
    e.value = static_cast<double>(t.coverage[level]);
    // The k most frequent words' counts f1 ≥ f2 ≥ … add up to the share of all words.
    e.formula = "k: f1 + … + fk ≥ " + std::to_string(kCoverageLevels[level]) + " % · W";
    e.worked = "k = " + whole(t.coverage[level]);
    e.values = {{"k", whole(t.coverage[level]), Msg::ValueTopWords}, w};
    e.sentence = {Msg::SaysCoverage, {whole(t.coverage[level]), std::to_string(kCoverageLevels[level]), words}};
  } else {
    return std::nullopt;
  }
  if (f.words == 0) e.sentence = {Msg::SaysNoText, {}};
  return e;
}

}  // namespace wortblick::stats
