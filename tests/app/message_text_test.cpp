// Core messages in the UI's languages: every code has its own German sentence.
#include "app/message_text.h"

#include <gtest/gtest.h>

#include <string>

#include "app/model.h"

namespace {

using namespace wortblick;

TEST(MessageText, EveryCodeHasAGermanSentenceOfItsOwn) {
  for (int c = static_cast<int>(Msg::QueryOnlyExclusions); c <= static_cast<int>(kLastMsg); ++c) {
    const Message m{static_cast<Msg>(c), {"a1", "b2", "c3"}};
    const std::string de = app::message_text(m, app::Lang::De);
    const std::string en = app::message_text(m, app::Lang::En);
    SCOPED_TRACE("code " + std::to_string(c) + ": " + de + " | " + en);
    EXPECT_FALSE(de.empty());
    EXPECT_NE(de, "?");  // the fallback for a code without a sentence
    EXPECT_NE(en, "?");
    EXPECT_NE(de, en);
    EXPECT_EQ(en, english(m));  // English comes from core, so it exists once
    for (const char* brace : {"{0}", "{1}", "{2}"}) {
      EXPECT_EQ(de.find(brace), std::string::npos) << brace;
      EXPECT_EQ(en.find(brace), std::string::npos) << brace;
    }
  }
}

TEST(MessageText, GermanSentencesCarryTheirArguments) {
  EXPECT_EQ(app::message_text({Msg::QueryDidYouMean, {"Whatsap", "WhatsApp"}}, app::Lang::De),
            "Keine Treffer für „Whatsap“. Meinten Sie „WhatsApp“?");
  EXPECT_EQ(app::message_text({Msg::TextTooLarge, {"2", "zu-gross.txt"}}, app::Lang::De),
            "Text 2 („zu-gross.txt“) ist größer als 20 MB: nichts hinzugefügt");
  EXPECT_EQ(app::message_text({Msg::TextNoText, {"leer.txt"}}, app::Lang::De), "leer.txt: kein Text gefunden");
  EXPECT_EQ(app::message_text({Msg::QueryTooLong, {"1000"}}, app::Lang::De),
            "Anfrage zu lang: nur die ersten 1000 Zeichen verwendet");
}

TEST(MessageText, NoticeDetailPutsTheNamesBeforeCoreWords) {
  app::Notice n{app::Notice::Warning, app::NoticeText::TextRefused, "", Message{Msg::TextIsSeed, {"000.txt"}}};
  EXPECT_EQ(app::notice_detail(n, app::Lang::De), "„000.txt“ ist eingebettet und bleibt");
  EXPECT_EQ(app::notice_detail(n, app::Lang::En), "“000.txt” is embedded and stays");
  n.detail = "Datei";
  EXPECT_EQ(app::notice_detail(n, app::Lang::De), "Datei: „000.txt“ ist eingebettet und bleibt");
  n.message.reset();
  EXPECT_EQ(app::notice_detail(n, app::Lang::En), "Datei");
}

}  // namespace
