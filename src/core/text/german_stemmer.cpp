// Calls into the Snowball-generated German stemmer (build/deps/snowball-german).
#include "core/text/german_stemmer.h"

#include <api.h>
#include <stem_UTF_8_german.h>

namespace wortblick::text {
namespace {

bool is_vowel(char c) {
  return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y';
}

// Whether s[i], s[i + 1] is a digraph umlaut_reading turns into an umlaut. ASCII only: the
// bytes of ä ö ü are never 'e', and a UTF-8 lead byte before the pair is no vowel letter, which
// errs towards reading it (harmless: the reading is a guess anyway).
bool umlaut_pair_at(std::string_view s, std::size_t i) {
  if (i + 1 >= s.size() || s[i + 1] != 'e') return false;
  const char c = s[i];
  if (c != 'a' && c != 'o' && c != 'u') return false;
  if (i == 0) return true;
  const char before = s[i - 1];
  return !is_vowel(before) && !(c == 'u' && before == 'q');
}

}  // namespace

void GermanStemmer::Close::operator()(SN_env* z) const { german_UTF_8_close_env(z); }

GermanStemmer::GermanStemmer() : env_(german_UTF_8_create_env()) {}

std::string GermanStemmer::stem(std::string_view lowered) {
  if (!env_ || SN_set_current(env_.get(), static_cast<int>(lowered.size()),
                              reinterpret_cast<const symbol*>(lowered.data())) < 0) {
    return std::string(lowered);  // out of memory: the word is the best stem we have
  }
  german_UTF_8_stem(env_.get());
  return std::string(reinterpret_cast<const char*>(env_->p), static_cast<std::size_t>(env_->l));
}

std::string umlaut_reading(std::string_view lowered) {
  std::string out;
  out.reserve(lowered.size() + 2);
  for (std::size_t i = 0; i < lowered.size(); ++i) {
    if (umlaut_pair_at(lowered, i)) {
      out += lowered[i] == 'a' ? "ä" : lowered[i] == 'o' ? "ö" : "ü";
      ++i;
    } else {
      out += lowered[i];
    }
  }
  return out;
}

bool has_umlaut_reading(std::string_view lowered) {
  for (std::size_t i = 0; i + 1 < lowered.size(); ++i) {
    if (umlaut_pair_at(lowered, i)) return true;
  }
  return false;
}

}  // namespace wortblick::text
