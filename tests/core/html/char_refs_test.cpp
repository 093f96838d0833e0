// Character references in HTML (gumbo's hook, src/core/html/gumbo_char_refs.cpp), against HTML5's rules.
#include <gtest/gtest.h>
#include <gumbo.h>

#include <string>

#include "core/html/html_page.h"

namespace {

using wortblick::html::read_page;

// Expectations from the HTML5 standard's "character reference state" and its named character
// references table (html.spec.whatwg.org/multipage/named-characters.html).
TEST(CharRefs, NamedReferencesInText) {
  EXPECT_EQ(read_page("<p>&amp; &lt; &gt; &quot; &AElig; &auml;&Ouml;&szlig;</p>").text, "& < > \" Æ äÖß");
  EXPECT_EQ(read_page("<p>&bdquo;Zitat&ldquo; &ndash; &hellip; &euro;</p>").text, "„Zitat“ – … €");
  // Two code points: ≂̸ (U+2242 U+0338) and "fj".
  EXPECT_EQ(read_page("<p>a &NotEqualTilde; b &fjlig; c</p>").text, "a \u2242\u0338 b fj c");
  // Case matters: &AMP; is listed, &Amp; is not.
  EXPECT_EQ(read_page("<p>&AMP; &Amp;</p>").text, "& &Amp;");
}

TEST(CharRefs, LegacyNamesWithoutSemicolonAndTheLongestMatch) {
  // "copy" and "not" are among the names allowed without ';'; "hellip" is not.
  EXPECT_EQ(read_page("<p>&copy 2024 &not here &hellip here</p>").text, "© 2024 ¬ here &hellip here");
  // The longest name wins: "&notin;" is ∉, "&notit;" is "not" followed by "it;".
  EXPECT_EQ(read_page("<p>&notin; &notit;</p>").text, "∉ ¬it;");
  EXPECT_EQ(read_page("<p>&unknown; &; & x &</p>").text, "&unknown; &; & x &");
}

TEST(CharRefs, NumericReferences) {
  EXPECT_EQ(read_page("<p>&#65;&#x42;&#X43;&#68 &#x00e4;</p>").text, "ABCD ä");
  // C1 bytes mean Windows-1252: 0x80 is €, 0x9F is Ÿ, 0x96 is –.
  EXPECT_EQ(read_page("<p>&#128; &#x9F; &#150;</p>").text, "€ Ÿ –");
  // Leading zeros and long digit runs.
  EXPECT_EQ(read_page("<p>&#0000065; &#x0000000041;</p>").text, "A A");
  EXPECT_EQ(read_page("<p>&#x; &#; &#z</p>").text, "&#x; &#; &#z");
}

std::string href_of(const char* html) {
  GumboOutput* out = gumbo_parse(html);
  std::string value = "(none)";
  // html > body > a
  const GumboNode* body = static_cast<const GumboNode*>(out->root->v.element.children.data[1]);
  const GumboNode* a = static_cast<const GumboNode*>(body->v.element.children.data[0]);
  if (const GumboAttribute* attr = gumbo_get_attribute(&a->v.element.attributes, "href")) value = attr->value;
  gumbo_destroy_output(&kGumboDefaultOptions, out);
  return value;
}

TEST(CharRefs, InAttributesALegacyNameBeforeEqualsOrALetterStaysText) {
  EXPECT_EQ(href_of("<a href=\"?a=1&copy=2&amp;b=3&copy;\">x</a>"), "?a=1&copy=2&b=3©");
  EXPECT_EQ(href_of("<a href=\"?x&notit=1&not;&copy\">x</a>"), "?x&notit=1¬©");
  EXPECT_EQ(href_of("<a href='&#x41;&lt;'>x</a>"), "A<");
}

}  // namespace
