// The Snowball German stemmer behind a C++ value that owns its stemming state.
#pragma once

#include <memory>
#include <string>
#include <string_view>

struct SN_env;

namespace wortblick::text {

class GermanStemmer {
 public:
  GermanStemmer();

  // `lowered` is a word as written, lower-cased (lower_spelling in fold.h), umlauts and ß
  // included: Snowball's classic German algorithm reads them itself, so the stems group word
  // forms exactly as Snowball does. A folded key ("marktfuehrer") stems as the ASCII word it
  // is; umlaut_reading gives the word it may stand for.
  std::string stem(std::string_view lowered);

 private:
  struct Close {
    void operator()(SN_env* z) const;
  };
  std::unique_ptr<SN_env, Close> env_;
};

// The word a lower-case spelling without umlauts may stand for: ae, oe, ue read as ä, ö, ü,
// except after a vowel ("abenteuer", "frauen", "neue": German has no vowel before an umlaut)
// and ue after q ("quelle"). A guess ("poet" becomes "pöt"), so callers only use it to look
// for words that exist, never as a token's stem.
std::string umlaut_reading(std::string_view lowered);

// Whether `s` has ae, oe or ue that umlaut_reading would read as an umlaut.
bool has_umlaut_reading(std::string_view lowered);

}  // namespace wortblick::text
