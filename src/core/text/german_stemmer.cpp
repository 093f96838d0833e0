// Calls into the Snowball-generated German stemmer (build/deps/snowball-german).
#include "core/text/german_stemmer.h"

#include <cassert>

#include <api.h>
#include <stem_UTF_8_german.h>

namespace wortblick::text {

void GermanStemmer::Close::operator()(SN_env* z) const { german_UTF_8_close_env(z); }

GermanStemmer::GermanStemmer() : env_(german_UTF_8_create_env()) {}

std::string GermanStemmer::stem(std::string_view key) {
  buffer_.clear();
  for (std::size_t i = 0; i < key.size(); ++i) {
    const char c = key[i];
    const char next = i + 1 < key.size() ? key[i + 1] : '\0';
    const bool after_q = i > 0 && key[i - 1] == 'q';
    if (next == 'e' && (c == 'a' || c == 'o' || (c == 'u' && !after_q))) {
      buffer_ += c == 'a' ? "ä" : c == 'o' ? "ö" : "ü";
      ++i;
    } else {
      buffer_ += c;
    }
  }
  if (!env_ || SN_set_current(env_.get(), static_cast<int>(buffer_.size()),
                              reinterpret_cast<const symbol*>(buffer_.data())) < 0) {
    return std::string(key);  // out of memory: the key is the best stem we have
  }
  german_UTF_8_stem(env_.get());
  return std::string(reinterpret_cast<const char*>(env_->p), static_cast<std::size_t>(env_->l));
}

}  // namespace wortblick::text
