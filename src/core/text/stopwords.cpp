// Stop list parsing, lookup by search key, and user edits.
#include "core/text/stopwords.h"

#include <algorithm>

#include "core/text/fold.h"
#include "core/text/stopword_files.h"

namespace wortblick::text {
namespace {

std::string_view trim(std::string_view s) {
  const auto first = s.find_first_not_of(" \t\r");
  if (first == std::string_view::npos) return {};
  const auto last = s.find_last_not_of(" \t\r");
  return s.substr(first, last - first + 1);
}

}  // namespace

Stopwords Stopwords::german() {
  for (const auto& f : generated::stopword_files()) {
    if (f.name == "german.txt") return parse(f.bytes);
  }
  return {};
}

Stopwords Stopwords::parse(std::string_view list) {
  Stopwords s;
  std::size_t pos = 0;
  while (pos < list.size()) {
    auto nl = list.find('\n', pos);
    if (nl == std::string_view::npos) nl = list.size();
    auto line = list.substr(pos, nl - pos);
    if (const auto bar = line.find('|'); bar != std::string_view::npos) line = line.substr(0, bar);
    line = trim(line);
    if (!line.empty()) s.add(line);
    pos = nl + 1;
  }
  return s;
}

bool Stopwords::contains(std::string_view word) const { return contains_key(search_key(word)); }

bool Stopwords::contains_key(std::string_view key) const { return keys_.find(key) != keys_.end(); }

std::vector<std::string> Stopwords::keys() const {
  std::vector<std::string> out(keys_.begin(), keys_.end());
  std::sort(out.begin(), out.end());
  return out;
}

void Stopwords::add(std::string_view word) {
  auto key = search_key(trim(word));
  if (!key.empty()) keys_.insert(std::move(key));
}

void Stopwords::remove(std::string_view word) {
  const auto it = keys_.find(search_key(trim(word)));
  if (it != keys_.end()) keys_.erase(it);
}

}  // namespace wortblick::text
