// Adding and removing session texts: segmentation, indexing, repair warnings, refusals.
#include "core/search/user_texts.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "../../support/api_call.h"
#include "../../support/messages.h"
#include "core/session/session.h"
#include "core/stats/charts.h"
#include "search_fixture.h"

namespace {

using namespace wortblick;
using namespace wortblick::search;
using namespace wortblick::search::testing;
using wortblick::testing_support::english_of;

const std::string article_text =
    "Quokkas erobern die Stadt\n\n"
    "Die Quokkas sind in der Stadt angekommen und haben viele Menschen begeistert, als sie am Morgen "
    "über den Marktplatz liefen und sich von den Besuchern fotografieren ließen. Die Polizei sagte, "
    "dass es bisher keine Probleme gegeben habe und dass die Tiere sich sehr friedlich verhalten, "
    "auch wenn sie manchmal in die Geschäfte laufen und dort nach etwas Essbarem suchen, was die "
    "Verkäufer aber meistens mit einem Lächeln hinnehmen, wie sie sagen.\n\n"
    "Experten erwarten, dass die Tiere noch einige Wochen bleiben werden, bevor sie wieder in ihre "
    "Heimat zurückkehren, wo sie in großen Gruppen leben.\n";

TEST(UserTexts, AddedTextsAreSearchableAndRemovable) {
  auto w = make_embedded_workspace();
  const std::size_t before = w.corpus.articles.size();
  EXPECT_EQ(run(w, "Quokkas").total, 0u);
  const std::vector<NewText> texts{{"quokka.txt", article_text}};
  const auto r = add_texts(w, texts);
  ASSERT_FALSE(r.error) << english_of(r.error);
  ASSERT_EQ(r.ids.size(), 1u);
  EXPECT_GT(w.corpus.articles.size(), before);
  EXPECT_GT(run(w, "Quokkas").total, 0u);
  EXPECT_GT(run(w, "Marktplatz").total, 0u);
  EXPECT_EQ(remove_text(w, r.ids[0]), std::nullopt);
  EXPECT_EQ(w.corpus.articles.size(), before);
  EXPECT_EQ(run(w, "Quokkas").total, 0u);
  EXPECT_EQ(w.search.index.live_docs(), before);
  // The seeds still work after the removal shifted nothing of theirs.
  EXPECT_GT(run(w, "Marktführer").total, 0u);
}

TEST(UserTexts, RemovingAMiddleTextKeepsTheOthersConsistent) {
  auto w = make_embedded_workspace();
  std::vector<NewText> texts;
  for (const char* animal : {"Quokkas", "Wombats", "Kakapos"}) {
    std::string t = article_text;
    for (std::size_t at = 0; (at = t.find("Quokkas", at)) != std::string::npos; at += 7) t.replace(at, 7, animal);
    texts.push_back({std::string(animal) + ".txt", t});
  }
  const auto r = add_texts(w, texts);
  ASSERT_EQ(r.ids.size(), 3u);
  EXPECT_EQ(remove_text(w, r.ids[1]), std::nullopt);
  EXPECT_EQ(run(w, "Wombats").total, 0u);
  const auto k = run(w, "Kakapos");
  ASSERT_GT(k.total, 0u);
  const auto& a = w.corpus.articles[k.hits[0].article];
  EXPECT_NE(w.corpus.text(a).find("Kakapos"), std::string::npos);
  ASSERT_FALSE(k.hits[0].snippets.empty());
}

TEST(UserTexts, RefusalsAndWarnings) {
  auto w = make_embedded_workspace();
  EXPECT_EQ(remove_text(w, w.corpus.sources[0].name), (Message{Msg::TextIsSeed, {w.corpus.sources[0].name}}));  // embedded
  EXPECT_EQ(remove_text(w, "nope.txt"), (Message{Msg::TextNotFound, {"nope.txt"}}));
  const std::vector<NewText> huge{{"big.txt", std::string(max_text_bytes + 1, 'a')}};
  const std::size_t sources = w.corpus.sources.size();
  EXPECT_EQ(add_texts(w, huge).error, (Message{Msg::TextTooLarge, {"1", "big.txt"}}));
  EXPECT_EQ(w.corpus.sources.size(), sources);
  const std::vector<NewText> broken{{w.corpus.sources[0].name, article_text + "Caf\xe9 \xff ende\n"}};
  const auto r = add_texts(w, broken);
  EXPECT_FALSE(r.error) << english_of(r.error);
  ASSERT_EQ(r.ids.size(), 1u);
  EXPECT_NE(r.ids[0], w.corpus.sources[0].name);  // renamed, not clobbered
  EXPECT_GE(r.warnings.size(), 2u);               // rename + repaired bytes
  EXPECT_TRUE(testing_support::has_code(r.warnings, Msg::TextRenamed)) << english_of(r.warnings);
  EXPECT_TRUE(testing_support::has_code(r.warnings, Msg::TextRepairedBytes)) << english_of(r.warnings);
}

TEST(UserTexts, QueuedTextsArriveInStepsInOrder) {
  auto w = make_embedded_workspace();
  const std::size_t sources = w.corpus.sources.size();
  std::vector<NewText> texts;
  for (int i = 0; i < 40; ++i) texts.push_back({"stapel.txt", article_text});
  texts.push_back({"kaputt.txt", article_text + "Caf\xe9\n"});
  const auto queued = queue_texts(w, texts);
  ASSERT_FALSE(queued.error) << english_of(queued.error);
  ASSERT_EQ(queued.ids.size(), 41u);
  EXPECT_EQ(queued.ids[0], "stapel.txt");
  EXPECT_EQ(queued.ids[1], "stapel-2.txt");  // names are unique as soon as they are queued
  EXPECT_EQ(queued.warnings.size(), 39u);     // renames; the repaired bytes are found later
  EXPECT_EQ(w.corpus.sources.size(), sources);
  EXPECT_EQ(pending_work(w), 41u);
  EXPECT_EQ(run(w, "Quokkas").total, 0u);

  // A zero budget still finishes one text per step: progress is guaranteed.
  const auto first = intake_step(w, 0.0);
  ASSERT_EQ(first.ids, std::vector<std::string>{"stapel.txt"});
  EXPECT_EQ(first.articles.size(), 1u);
  EXPECT_EQ(w.search.intake.size(), 40u);

  // A queued text can be taken back before it arrives.
  EXPECT_EQ(remove_text(w, "stapel-3.txt"), std::nullopt);
  EXPECT_EQ(w.search.intake.size(), 39u);
  // A second batch gets names that clash with no queued text (the freed one is free again).
  const auto more = queue_texts(w, {{"stapel.txt", article_text}});
  EXPECT_EQ(more.ids[0], "stapel-3.txt");

  std::size_t steps = 0;
  std::vector<Message> warnings;
  while (!w.search.intake.empty()) {
    const auto r = intake_step(w, 0.0);
    warnings.insert(warnings.end(), r.warnings.begin(), r.warnings.end());
    ++steps;
  }
  EXPECT_EQ(steps, 40u);
  ASSERT_EQ(warnings.size(), 1u);
  EXPECT_EQ(warnings[0].code, Msg::TextRepairedBytes) << english(warnings[0]);
  ASSERT_FALSE(warnings[0].args.empty());
  EXPECT_EQ(warnings[0].args[0], "kaputt.txt");
  EXPECT_EQ(w.corpus.sources.size(), sources + 41);
  EXPECT_EQ(w.corpus.sources.back().name, "stapel-3.txt");
  EXPECT_EQ(w.corpus.sources[sources + 1].name, "stapel-2.txt");  // in the order queued
  EXPECT_EQ(pending_work(w), 41u);  // segmented, not yet indexed
  while (index_step(w.search.index, w.corpus, 0.0) > 0) {
  }
  EXPECT_EQ(pending_work(w), 0u);
  EXPECT_EQ(run(w, "Quokkas").total, 41u);
}

TEST(UserTexts, CleanTextsAreStoredOnceRepairedOnesKeepTheirBytes) {
  auto w = make_embedded_workspace();
  const std::string broken = article_text + "Caf\xe9\n";
  const auto r = add_texts(w, std::vector<NewText>{{"sauber.txt", article_text}, {"kaputt.txt", broken}});
  ASSERT_FALSE(r.error) << english_of(r.error);
  const Source& clean = *w.corpus.find_source("sauber.txt");
  EXPECT_TRUE(clean.repaired_from.empty());
  EXPECT_EQ(clean.bytes(), article_text);
  const Source& repaired = *w.corpus.find_source("kaputt.txt");
  EXPECT_EQ(repaired.bytes(), broken);
  EXPECT_NE(repaired.text, broken);
}

TEST(UserTexts, JsonApiRoundTrip) {
  Session session;
  using nlohmann::json;
  const json args = json::array({json::array({{{"name", "q.txt"}, {"text", article_text}}})});
  auto out = wortblick::testing_support::call_api(session, "addTexts", args.dump());
  ASSERT_TRUE(out["value"]["ok"].get<bool>()) << out.dump();
  const std::string id = out["value"]["ids"][0];
  out = wortblick::testing_support::call_api(session, "search", R"(["Quokkas", {"limit": 5}])");
  EXPECT_GT(out["value"]["total"].get<int>(), 0);
  EXPECT_NE(out["value"]["hits"][0]["snippets"][0].get<std::string>().find("[Quokkas]"), std::string::npos);
  out = wortblick::testing_support::call_api(session, "concordance", R"(["Quokkas", {"width": 10}])");
  EXPECT_GT(out["value"].size(), 0u);
  out = wortblick::testing_support::call_api(session, "stats", "[]");
  EXPECT_GT(out["value"]["indexBytes"].get<double>(), 0);
  out = wortblick::testing_support::call_api(session, "removeText", json::array({id}).dump());
  EXPECT_TRUE(out["value"]["ok"].get<bool>());
  out = wortblick::testing_support::call_api(session, "removeText", json::array({id}).dump());
  EXPECT_TRUE(out.contains("error"));
  out = wortblick::testing_support::call_api(session, "search", "[42]");
  EXPECT_TRUE(out.contains("error"));
  out = wortblick::testing_support::call_api(session, "search", R"(["die und"])");
  EXPECT_NE(out["value"]["note"].get<std::string>().find("Only stop words"), std::string::npos) << out.dump();

  // With a budget, what does not fit is left queued and stats() says how much.
  json many = json::array();
  for (int i = 0; i < 5; ++i) many.push_back({{"name", "z.txt"}, {"text", article_text}});
  out = wortblick::testing_support::call_api(session, "addTexts", json::array({many, {{"budgetMs", 0}}}).dump());
  EXPECT_EQ(out["value"]["ids"].size(), 5u);
  EXPECT_EQ(out["value"]["articles"].size(), 1u);  // one text always gets done
  // Four texts queued and one article unindexed (5 for search), and that article not yet counted
  // for the charts: pending counts every unit of work left until the texts are fully in.
  EXPECT_EQ(search::pending_work(session.workspace()), 5u);
  EXPECT_EQ(stats::pending(session.workspace()), 1u);
  EXPECT_EQ(out["value"]["pending"].get<int>(), 6);
  out = wortblick::testing_support::call_api(session, "stats", "[]");
  EXPECT_EQ(out["value"]["pending"].get<int>(), 6);
  // A call without a budget finishes the queue first.
  out = wortblick::testing_support::call_api(session, "addTexts", json::array({json::array({{{"name", "y.txt"}, {"text", article_text}}})}).dump());
  EXPECT_EQ(out["value"]["pending"].get<int>(), 0);
  out = wortblick::testing_support::call_api(session, "search", R"(["Quokkas", {"limit": 50}])");
  EXPECT_EQ(out["value"]["total"].get<int>(), 6);
  out = wortblick::testing_support::call_api(session, "search", R"(["die und"])");
  EXPECT_NE(out["value"]["note"].get<std::string>().find("Only stop words"), std::string::npos) << out.dump();
}

}  // namespace
