// Core messages: filling patterns with arguments, and the English sentences.
#include "core/message/message.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace {

using namespace wortblick;

TEST(MessageFill, ReplacesNumberedPlaceholdersByTheirArguments) {
  EXPECT_EQ(fill("{0} and {1}", {"x", "y"}), "x and y");
  EXPECT_EQ(fill("{1} before {0}", {"x", "y"}), "y before x");
  EXPECT_EQ(fill("{0}{0}-{0}", {"ab"}), "abab-ab");
  EXPECT_EQ(fill("„{0}“ heißt jetzt „{1}“", {"a.txt", "a-2.txt"}), "„a.txt“ heißt jetzt „a-2.txt“");
  EXPECT_EQ(fill("no placeholders", {"unused"}), "no placeholders");
  EXPECT_EQ(fill("", {"x"}), "");
  EXPECT_EQ(fill("{0}", {""}), "");
}

TEST(MessageFill, MissingArgumentsLeaveTheBraces) {
  EXPECT_EQ(fill("{0} and {1}", {"x"}), "x and {1}");
  EXPECT_EQ(fill("{0} and {1}", {}), "{0} and {1}");
  EXPECT_EQ(fill("a {2} b", {"x", "y"}), "a {2} b");
}

TEST(MessageFill, OnlyDigitPlaceholdersAreReplacedAndArgumentsAreNotReadAgain) {
  EXPECT_EQ(fill("{x} {} { 0} {0", {"A"}), "{x} {} { 0} {0");
  EXPECT_EQ(fill("{", {"A"}), "{");
  EXPECT_EQ(fill("{0}", {"{1}", "B"}), "{1}");  // an argument is text, not a pattern
  EXPECT_EQ(fill("{0} {1}", {"{1}", "B"}), "{1} B");
}

TEST(MessageEnglish, SentencesWithTheirArguments) {
  EXPECT_EQ(english(Message{Msg::QueryDidYouMean, {"Whatsap", "WhatsApp"}}),
            "No hits for “Whatsap”. Did you mean “WhatsApp”?");
  EXPECT_EQ(english(Message{Msg::TextTooLarge, {"2", "zu-gross.txt"}}),
            "Text 2 (“zu-gross.txt”) is larger than 20 MB: nothing added");
  EXPECT_EQ(english(Message{Msg::TextRenamed, {"a.txt", "a-2.txt"}}), "“a.txt” is now called “a-2.txt”");
  EXPECT_EQ(english(Message{Msg::TextNoText, {"leer.txt"}}), "leer.txt: no text found");
  EXPECT_EQ(english(Message{Msg::UndoDeleteTag, {"Politik"}}), "delete tag “Politik”");
  EXPECT_EQ(english(Message{Msg::UndoTagArticles, {"3", "Politik"}}), "tag 3 article(s) with “Politik”");
  EXPECT_EQ(english(Message{Msg::ScopeUnknownArticle, {"nope:1"}}), "unknown article id 'nope:1'");
  EXPECT_EQ(english(Message{Msg::QueryTooLong, {"1000"}}), "Query too long: only the first 1000 characters used");
  EXPECT_EQ(english(Message{Msg::NothingToUndo, {}}), "nothing to undo");
  EXPECT_EQ(english(Message{Msg::LimitNotPositive, {}}), "limit must be a positive number");
  EXPECT_EQ(english(Message{Msg::InvalidText, {"name is empty"}}), "name is empty");
}

TEST(MessageEnglish, SeveralMessagesMakeOneLine) {
  EXPECT_EQ(english(std::vector<Message>{}), "");
  EXPECT_EQ(english(std::vector<Message>{{Msg::QueryParentheses, {}}}), "Parentheses are not supported and were ignored");
  EXPECT_EQ(english(std::vector<Message>{{Msg::QueryParentheses, {}}, {Msg::QueryLoneOperator, {}}}),
            "Parentheses are not supported and were ignored Operator without a word ignored");
}

TEST(MessageEnglish, EveryCodeHasASentence) {
  for (int c = static_cast<int>(Msg::QueryOnlyExclusions); c <= static_cast<int>(kLastMsg); ++c) {
    const Message m{static_cast<Msg>(c), {"a1", "b2", "c3"}};
    const std::string s = english(m);
    EXPECT_FALSE(s.empty()) << c;
    EXPECT_NE(s, "?") << c;
    for (const char* brace : {"{0}", "{1}", "{2}"}) EXPECT_EQ(s.find(brace), std::string::npos) << c << ": " << s;
  }
}

}  // namespace
