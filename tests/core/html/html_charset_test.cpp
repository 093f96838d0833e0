// Charset sniffing and decoding of saved web pages: declared, undeclared, lying and refused charsets.
#include <gtest/gtest.h>

#include "core/html/html_charset.h"
#include "../../support/messages.h"

namespace wortblick::html {
namespace {

using testing_support::english_of;

TEST(HtmlCharset, FindsTheDeclarationInMetaCharsetOrContentType) {
  EXPECT_EQ(declared_charset("<html><head><meta charset=\"UTF-8\"></head>"), "utf-8");
  EXPECT_EQ(declared_charset("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\">"),
            "iso-8859-1");
  EXPECT_EQ(declared_charset("<META CONTENT='text/html;charset=windows-1252' HTTP-EQUIV='content-type'>"),
            "windows-1252");
  EXPECT_EQ(declared_charset("\xEF\xBB\xBF<p>x</p>"), "utf-8");
  EXPECT_EQ(declared_charset("<p>no declaration</p>"), "");
  // <metadata> is not <meta>; a declaration after the first 1024 bytes does not count.
  EXPECT_EQ(declared_charset("<metadata charset=koi8-r>"), "");
  EXPECT_EQ(declared_charset(std::string(1100, ' ') + "<meta charset=latin1>"), "");
}

TEST(HtmlCharset, DecodesLatin1AndWindows1252ToUtf8) {
  // "Grüße – 5 €" in windows-1252: ü=FC, ß=DF, en dash=96, euro=80.
  const auto p = decode_page("<meta charset=\"windows-1252\"><p>Gr\xFC\xDF" "e \x96 5 \x80</p>");
  ASSERT_FALSE(p.error) << english_of(p.error);
  EXPECT_EQ(p.charset, "windows-1252");
  EXPECT_NE(p.text.find("Grüße – 5 €"), std::string::npos) << p.text;
  EXPECT_TRUE(p.warnings.empty());
  // iso-8859-1 is read as windows-1252 (WHATWG), so 0x84/0x93 are „ “ as in real German pages.
  const auto q = decode_page("<meta charset=iso-8859-1><p>\x84Zitat\x93</p>");
  EXPECT_NE(q.text.find("„Zitat“"), std::string::npos) << q.text;
  const auto euro = decode_page("<meta charset=iso-8859-15><p>5 \xA4</p>");
  EXPECT_NE(euro.text.find("5 €"), std::string::npos) << euro.text;
}

TEST(HtmlCharset, UndeclaredPagesAreUtf8WhenValidElseWindows1252) {
  EXPECT_EQ(decode_page("<p>Grüße</p>").charset, "utf-8");
  const auto latin = decode_page("<p>Gr\xFC\xDF" "e</p>");
  EXPECT_EQ(latin.charset, "windows-1252");
  EXPECT_NE(latin.text.find("Grüße"), std::string::npos);
  EXPECT_TRUE(latin.warnings.empty());  // nothing was declared, so nothing was overruled
}

TEST(HtmlCharset, ALyingDeclarationIsOverruledWithAWarning) {
  const auto says_utf8 = decode_page("<meta charset=utf-8><p>Gr\xFC\xDF" "e</p>");
  EXPECT_EQ(says_utf8.charset, "windows-1252");
  EXPECT_NE(says_utf8.text.find("Grüße"), std::string::npos);
  ASSERT_EQ(says_utf8.warnings.size(), 1u);
  EXPECT_EQ(says_utf8.warnings[0], (Message{Msg::TextCharsetNotUtf8, {}}));  // "declared as UTF-8 but it is not"

  const auto says_latin1 = decode_page("<meta charset=iso-8859-1><p>Grüße</p>");
  EXPECT_EQ(says_latin1.charset, "utf-8");
  EXPECT_NE(says_latin1.text.find("Grüße"), std::string::npos);
  ASSERT_EQ(says_latin1.warnings.size(), 1u);
  EXPECT_EQ(says_latin1.warnings[0], (Message{Msg::TextCharsetIsUtf8, {"iso-8859-1"}}));
}

TEST(HtmlCharset, RefusesUnknownCharsetsAndBinaryFilesWithAReason) {
  const auto koi = decode_page("<meta charset=koi8-r><p>x</p>");
  EXPECT_TRUE(koi.text.empty());
  EXPECT_EQ(koi.error, (Message{Msg::TextUnknownCharset, {"koi8-r"}}));
  EXPECT_EQ(page_refusal("<meta charset=koi8-r>"), koi.error);
  EXPECT_EQ(decode_page("%PDF-1.7\n...").error, (Message{Msg::TextBinary, {"PDF"}}));
  EXPECT_EQ(decode_page(std::string("<html>\0\0\0", 9)).error, (Message{Msg::TextNulBytes, {}}));
  const auto utf16 = decode_page("\xFF\xFE<\0h\0").error;
  ASSERT_TRUE(utf16);
  EXPECT_EQ(utf16->code, Msg::TextUnknownCharset);
  ASSERT_EQ(utf16->args.size(), 1u);
  EXPECT_NE(utf16->args[0].find("utf-16"), std::string::npos) << utf16->args[0];
  EXPECT_FALSE(page_refusal("<p>fine</p>"));
}

// Found by fuzzing: a label of raw non-ASCII bytes went into the message and made it invalid UTF-8.
TEST(HtmlCharset, TheRefusalShowsAnUnknownLabelInAscii) {
  const auto why = page_refusal("<meta charset=\"koi8\xD0\xA0\xFF\">");
  ASSERT_TRUE(why);
  EXPECT_EQ(*why, (Message{Msg::TextUnknownCharset, {"koi8???"}}));
  const auto cut = page_refusal("<meta charset=" + std::string(39, 'x') + "\xC3\xBC>");
  ASSERT_TRUE(cut);
  EXPECT_EQ(cut->code, Msg::TextUnknownCharset);
  ASSERT_EQ(cut->args.size(), 1u);
  EXPECT_TRUE(cut->args[0].ends_with(std::string(39, 'x') + "?")) << cut->args[0];
}

}  // namespace
}  // namespace wortblick::html
