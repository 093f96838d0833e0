// The session: search scopes resolved to every hit, background work in order with progress, and
// core's messages as codes with arguments.
#include "core/session/session.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <string>
#include <vector>

#include "../../support/api_call.h"
#include "../../support/messages.h"
#include "core/search/user_texts.h"
#include "core/session/json_boundary.h"
#include "core/stats/charts.h"
#include "core/text/fold.h"

namespace {

using namespace wortblick;
using nlohmann::json;
using testing_support::english_of;

constexpr std::size_t kSchoolTexts = 260;  // more than the app's old limit of 200 hits
constexpr std::size_t kHarbourTexts = 40;

// One short article per text: a title and a paragraph long enough to be body text. Every text
// holds "Programm"; only the school texts hold "Schule" (the harbour texts hold no word of its
// stem group either, so a stemmed search finds exactly the school texts).
std::vector<search::NewText> school_and_harbour_texts() {
  std::vector<search::NewText> texts;
  for (std::size_t i = 0; i < kSchoolTexts; ++i) {
    texts.push_back({"schule-" + std::to_string(i) + ".txt",
                     "Bericht aus der Stadt\n\nDie Schule in der Stadt hat am Montag ein neues Programm vorgestellt, "
                     "sagen die Lehrerinnen. Sie arbeiten seit Wochen gemeinsam daran und schreiben jeden Tag "
                     "darüber, was sie gelernt haben.\n"});
  }
  for (std::size_t i = 0; i < kHarbourTexts; ++i) {
    texts.push_back({"hafen-" + std::to_string(i) + ".txt",
                     "Bericht vom Wasser\n\nDer Hafen der Stadt hat am Montag ein neues Programm vorgestellt, "
                     "sagen die Arbeiter. Sie arbeiten seit Wochen gemeinsam daran und schreiben jeden Tag "
                     "darüber, was sie gebaut haben.\n"});
  }
  return texts;
}

const std::string quokka_text =
    "Quokkas erobern die Stadt\n\n"
    "Die Quokkas sind in der Stadt angekommen und haben viele Menschen begeistert, als sie am Morgen "
    "über den Marktplatz liefen und sich von den Besuchern fotografieren ließen. Die Polizei sagte, "
    "dass es bisher keine Probleme gegeben habe und dass die Tiere sich sehr friedlich verhalten.\n";

std::vector<std::string> sorted(std::vector<std::string> v) {
  std::sort(v.begin(), v.end());
  return v;
}

// The row of `word` in a frequency table's rows, or null.
const stats::FrequencyRow* row_of(const stats::FrequencyTable& t, std::string_view word) {
  for (const auto& r : t.rows)
    if (r.word == word) return &r;
  return nullptr;
}

TEST(Session, ASearchScopeIsEveryHitOfItsQueryBeyondTwoHundred) {
  Session session{Workspace{}};  // only the texts added here: the counts are exact
  const auto added = session.add_texts(school_and_harbour_texts(), 1e300);
  ASSERT_FALSE(added.error) << english_of(added.error);
  ASSERT_EQ(session.pending(), 0u);
  ASSERT_EQ(session.corpus().articles.size(), kSchoolTexts + kHarbourTexts);

  search::SearchOptions all;
  all.limit = session.corpus().articles.size();
  all.snippets = 0;
  const auto found = session.search("Schule", all);
  std::vector<std::string> found_ids;
  for (const auto& h : found.hits) found_ids.push_back(session.corpus().articles[h.article].id);
  EXPECT_EQ(found.total, kSchoolTexts);
  ASSERT_EQ(found_ids.size(), kSchoolTexts);
  for (const auto& id : found_ids) EXPECT_TRUE(id.starts_with("schule-")) << id;

  const auto scope = session.resolve(stats::Scope{stats::ScopeKind::Search, "Schule", {}});
  EXPECT_EQ(scope.kind, stats::ScopeKind::Search);
  EXPECT_GT(scope.ids.size(), 200u);
  EXPECT_EQ(sorted(scope.ids), sorted(found_ids));

  // Frequencies over the scope count exactly its articles: a word of every text is in each of them.
  stats::FrequencyOptions options;
  options.limit = 1000;
  const auto table = session.frequencies(stats::Scope{stats::ScopeKind::Search, "Schule", {}}, options);
  ASSERT_FALSE(table.error) << english_of(table.error);
  EXPECT_EQ(table.articles, kSchoolTexts);
  const auto* programm = row_of(table, "Programm");
  ASSERT_NE(programm, nullptr);
  EXPECT_EQ(programm->articles, kSchoolTexts);
  EXPECT_EQ(programm->count, kSchoolTexts);
  const auto* schule = row_of(table, "Schule");
  ASSERT_NE(schule, nullptr);
  EXPECT_EQ(schule->articles, kSchoolTexts);
  EXPECT_EQ(row_of(table, "Hafen"), nullptr);  // no harbour text is in the scope

  // The corpus, for contrast: every text holds "Programm".
  const auto corpus = session.frequencies(stats::Scope{}, options);
  ASSERT_NE(row_of(corpus, "Programm"), nullptr);
  EXPECT_EQ(row_of(corpus, "Programm")->articles, kSchoolTexts + kHarbourTexts);

  // The JSON API resolves {scope: 'search', id: query} the same way, without ids.
  const auto rows = testing_support::call_value(
      session, "frequencies", json::array({{{"scope", "search"}, {"id", "Schule"}, {"limit", 1000}}}));
  ASSERT_TRUE(rows.is_array()) << rows.dump();
  bool seen = false;
  for (const auto& r : rows) {
    if (r["word"] != "Programm") continue;
    seen = true;
    EXPECT_EQ(r["articles"].get<std::size_t>(), kSchoolTexts);
    EXPECT_EQ(r["count"].get<std::size_t>(), kSchoolTexts);
  }
  EXPECT_TRUE(seen) << rows.dump();
  // boundary::call directly, as the browser and node call it.
  const auto raw = boundary::call(session, "frequencies", R"([{"scope": "search", "id": "Schule", "limit": 1000}])");
  ASSERT_TRUE(raw.has_value());
  EXPECT_EQ(json::parse(*raw)["value"], rows);
}

std::vector<search::NewText> quokka_texts(std::size_t n) {
  std::vector<search::NewText> texts;
  for (std::size_t i = 0; i < n; ++i) texts.push_back({"quokka-" + std::to_string(i) + ".txt", quokka_text});
  return texts;
}

search::SearchOptions every_hit() {
  search::SearchOptions options;
  options.limit = 1000;
  options.snippets = 0;
  return options;
}

TEST(Session, StepDrainsTheWorkAndReportsProgress) {
  Session session;
  const Workspace& w = session.workspace();
  const std::size_t seeds = session.corpus().articles.size();
  constexpr std::size_t kTexts = 30;
  ASSERT_EQ(session.search("Quokkas", every_hit()).total, 0u);
  const auto revision = session.corpus_revision();
  const auto r = session.add_texts(quokka_texts(kTexts), 0);
  ASSERT_FALSE(r.error) << english_of(r.error);
  EXPECT_EQ(r.ids.size(), kTexts);
  EXPECT_GT(session.pending(), 0u);
  EXPECT_GT(search::pending_work(w), 0u);  // not all of it is searchable yet
  EXPECT_EQ(session.search("Quokkas", every_hit()).total, 0u);

  Progress last = session.progress();
  EXPECT_LT(last.done, last.total);
  EXPECT_TRUE(last.busy());
  std::size_t searchable_changes = 0;
  std::size_t steps = 0;
  while (session.pending() > 0 && steps < 100000) {
    const auto report = session.step(1.0);
    ++steps;
    EXPECT_EQ(report.pending, session.pending());
    // The session keeps its count of uncounted articles between steps: it must match a fresh one.
    EXPECT_EQ(session.pending(), search::pending_work(w) + stats::pending(w)) << "step " << steps;
    searchable_changes += report.searchable_changed ? 1 : 0;
    // Search finds an added text once it is indexed, and not before (corpus order: the added
    // articles follow the seeds).
    const std::size_t indexed = w.search.index.indexed_articles();
    EXPECT_EQ(session.search("Quokkas", every_hit()).total, indexed - std::min(indexed, seeds)) << "step " << steps;
    if (search::pending_work(w) > 0) EXPECT_FALSE(report.searchable_changed);
    // Every step makes progress, and progress never passes its total.
    const Progress p = session.progress();
    EXPECT_GT(p.done, last.done) << "step " << steps;
    EXPECT_LE(p.done, p.total) << "step " << steps;
    last = p;
  }
  EXPECT_EQ(session.pending(), 0u);
  EXPECT_EQ(search::pending_work(w), 0u);
  EXPECT_EQ(stats::pending(w), 0u);
  EXPECT_EQ(session.progress().done, session.progress().total);
  EXPECT_FALSE(session.progress().busy());
  EXPECT_EQ(session.search("Quokkas", every_hit()).total, kTexts);
  EXPECT_EQ(session.corpus().articles.size(), seeds + kTexts);
  // Searchable once: the corpus revision moved then, so callers re-run their searches.
  EXPECT_EQ(searchable_changes, 1u);
  EXPECT_GT(session.corpus_revision(), revision);
  // Nothing left: a step does nothing and says so.
  const auto idle = session.step(1.0);
  EXPECT_EQ(idle.pending, 0u);
  EXPECT_FALSE(idle.searchable_changed);
  EXPECT_TRUE(idle.warnings.empty());
}

// With no budget each step does one slice of one kind of work, so the order shows: texts are
// taken in, then indexed, then counted for the charts (a fresh session has not counted even its
// seeds yet, so counting has work from the start and must still wait its turn).
TEST(Session, ZeroBudgetStepsTakeInThenIndexThenCount) {
  Session session;
  const Workspace& w = session.workspace();
  const std::size_t seeds = session.corpus().articles.size();
  constexpr std::size_t kTexts = 30;
  ASSERT_EQ(stats::pending(w), 0u) << "a fresh session has its seeds counted";
  const auto r = session.add_texts(quokka_texts(kTexts), 0);
  ASSERT_FALSE(r.error) << english_of(r.error);

  enum Phase { Intake, Index, Count };
  std::vector<Phase> phases;
  std::size_t intake = w.search.intake.size();
  std::size_t indexed = w.search.index.indexed_articles();
  std::size_t uncounted = stats::pending(w);
  std::size_t done = session.progress().done;
  std::size_t steps = 0;
  while (session.pending() > 0 && steps < 100000) {
    (void)session.step(0.0);
    ++steps;
    const std::size_t now_intake = w.search.intake.size();
    const std::size_t now_indexed = w.search.index.indexed_articles();
    const std::size_t now_uncounted = stats::pending(w);
    const bool took_in = now_intake < intake;
    const bool did_index = now_indexed > indexed;
    const bool counted = now_uncounted < uncounted && !took_in;  // taking in adds uncounted articles
    EXPECT_EQ(took_in + did_index + counted, 1) << "step " << steps << ": one kind of work per zero-budget step";
    phases.push_back(took_in ? Intake : did_index ? Index : Count);
    if (took_in) EXPECT_EQ(now_indexed, seeds) << "indexing before every text is taken in, step " << steps;
    if (did_index || took_in) EXPECT_GE(now_uncounted, session.corpus().articles.size() - seeds) << "counting too early";
    // Search finds an added text once it is indexed, and not before.
    EXPECT_EQ(session.search("Quokkas", every_hit()).total, now_indexed - seeds) << "step " << steps;
    EXPECT_GT(session.progress().done, done) << "step " << steps;
    done = session.progress().done;
    intake = now_intake;
    indexed = now_indexed;
    uncounted = now_uncounted;
  }
  EXPECT_EQ(session.pending(), 0u);
  EXPECT_EQ(session.progress().done, session.progress().total);
  EXPECT_TRUE(std::is_sorted(phases.begin(), phases.end())) << "intake, then index, then count";
  EXPECT_GE(std::count(phases.begin(), phases.end(), Intake), 2);  // one text (at least) per step
  EXPECT_GE(std::count(phases.begin(), phases.end(), Index), 1);
  EXPECT_GE(std::count(phases.begin(), phases.end(), Count), 1);
  EXPECT_EQ(session.search("Quokkas", every_hit()).total, kTexts);
}

TEST(Session, MessagesAreCodesWithArguments) {
  Session session;
  const auto r = session.search("Whatsap", {});
  EXPECT_GT(r.total, 0u);
  const Message* did_you_mean = nullptr;
  for (const auto& n : r.notes)
    if (n.code == Msg::QueryDidYouMean) did_you_mean = &n;
  ASSERT_NE(did_you_mean, nullptr) << english(r.notes);
  ASSERT_EQ(did_you_mean->args.size(), 2u);
  EXPECT_EQ(did_you_mean->args[0], "Whatsap");
  EXPECT_EQ(text::search_key(did_you_mean->args[1]), "whatsapp") << did_you_mean->args[1];
  EXPECT_EQ(english(*did_you_mean), "No hits for “Whatsap”. Did you mean “" + did_you_mean->args[1] + "”?");

  const auto first = session.add_texts({{"quokka.txt", quokka_text}}, 1e300);
  ASSERT_FALSE(first.error) << english_of(first.error);
  EXPECT_TRUE(first.warnings.empty()) << english(first.warnings);
  const auto second = session.add_texts({{"quokka.txt", quokka_text}}, 1e300);
  ASSERT_FALSE(second.error) << english_of(second.error);
  ASSERT_EQ(second.ids, std::vector<std::string>{"quokka-2.txt"});
  ASSERT_EQ(second.warnings.size(), 1u) << english(second.warnings);
  EXPECT_EQ(second.warnings[0], (Message{Msg::TextRenamed, {"quokka.txt", "quokka-2.txt"}}));
  EXPECT_EQ(english(second.warnings[0]), "“quokka.txt” is now called “quokka-2.txt”");

  // Refusals are messages too.
  EXPECT_EQ(session.remove_text("nope.txt"), (Message{Msg::TextNotFound, {"nope.txt"}}));
  EXPECT_EQ(session.remove_text("quokka-2.txt"), std::nullopt);
}

}  // namespace
