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

  // `key` is a search key (see fold.h). Its ae/oe/ue are read as ä/ö/ü first (as Snowball's
  // "german2" variant does, except after q), so "marktfuehrer" and the key of "Marktführer"
  // share a stem, and umlaut plurals ("Verträge") still meet their singular.
  std::string stem(std::string_view key);

 private:
  struct Close {
    void operator()(SN_env* z) const;
  };
  std::unique_ptr<SN_env, Close> env_;
  std::string buffer_;
};

}  // namespace wortblick::text
