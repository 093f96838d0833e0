// Re-scanning a field's tokens to turn match positions into byte ranges.
#include "core/search/locate.h"

#include <algorithm>

#include "core/search/field_spans.h"
#include "core/text/fold.h"

namespace wortblick::search {

std::vector<Located> locate(const SearchIndex& index, const Corpus& corpus, std::span<const Match> matches) {
  std::vector<Located> out;
  if (matches.empty()) return out;
  const auto& v = index.vocabulary();
  const Article& a = corpus.articles[index.doc(matches[0].doc).article];
  std::vector<text::Span> buf;
  std::string key;
  std::size_t next = 0;  // first match not yet started
  struct Open {
    std::uint32_t last;  // position of the phrase's last word
    Located at;
  };
  std::vector<Open> open;
  // Past the end of every match (a phrase may end after a later word match starts).
  std::uint32_t last_position = 0;
  for (const Match& m : matches) last_position = std::max(last_position, m.position + m.length);
  const FieldStart from =
      matches[0].field == Field::Body ? index.body_start(matches[0].doc, matches[0].position) : FieldStart{};
  for_each_field_token(corpus, a, matches[0].field, buf, [&](const FieldToken& t) {
    const std::uint32_t p = t.span.position;
    // Close phrases that end on this token (compound wholes do not end phrases: their parts do).
    if (t.span.span == 1) {
      for (auto it = open.begin(); it != open.end();) {
        if (it->last == p) {
          it->at.end = t.end;
          it->at.block_end = t.block_end;
          out.push_back(it->at);
          it = open.erase(it);
        } else {
          ++it;
        }
      }
    }
    while (next < matches.size() && matches[next].position < p) ++next;  // not found: skip
    for (std::size_t k = next; k < matches.size() && matches[k].position == p; ++k) {
      const Match& m = matches[k];
      if (m.term == no_term) {
        if (t.span.span != 1) continue;  // start phrases on the part, not the whole
        Located l{t.begin, t.end, t.block_begin, t.block_end};
        if (m.length == 1) out.push_back(l);
        else open.push_back({p + m.length - 1, l});
        continue;
      }
      key.clear();
      text::append_search_key(t.text, key);
      if (key == v[m.term].key) out.push_back({t.begin, t.end, t.block_begin, t.block_end});
    }
    return p <= last_position || !open.empty();
  }, from, last_position);
  return out;
}

}  // namespace wortblick::search
