// Context-free then context-sensitive block classification (jusText), plus cue-driven chrome.
#include "core/corpus/block_classifier.h"


#include "core/corpus/chrome_cues.h"

namespace wortblick {
namespace {

enum class Pre { Good, NearGood, Short, Bad };

constexpr std::size_t length_low = 70;     // chars: below this a block is "short"
constexpr std::size_t length_high = 200;   // chars: above this a block may be "good"
constexpr double stopwords_low = 0.20;     // below: bad text (lists, names, keywords)
constexpr double stopwords_high = 0.25;    // at or above with length_high: good
constexpr double max_link_density = 0.2;

Pre classify_alone(const PageBlock& b, std::size_t bytes) {
  if (b.link_density(bytes) > max_link_density) return Pre::Bad;
  if (b.chars < length_low) return b.url_bytes > 0 ? Pre::Bad : Pre::Short;
  const double d = b.stopword_density();
  if (d >= stopwords_high) return b.chars > length_high ? Pre::Good : Pre::NearGood;
  if (d >= stopwords_low) return Pre::NearGood;
  return Pre::Bad;
}

// The class of the nearest block on each side that is decided enough to lean on: short blocks
// are skipped, and near-good ones too unless `count_neargood`. Page edges are bad. Computed for
// every block in two sweeps, so a page of 100,000 near-good paragraphs costs linear time, not a
// scan per block.
struct Neighbours {
  std::vector<Pre> prev, next;
};

Neighbours neighbours(std::span<const Pre> pre, bool count_neargood) {
  const auto leans = [&](Pre p) { return p == Pre::Good || p == Pre::Bad || (count_neargood && p == Pre::NearGood); };
  Neighbours n{std::vector<Pre>(pre.size(), Pre::Bad), std::vector<Pre>(pre.size(), Pre::Bad)};
  Pre seen = Pre::Bad;
  for (std::size_t i = 0; i < pre.size(); ++i) {
    n.prev[i] = seen;
    if (leans(pre[i])) seen = pre[i];
  }
  seen = Pre::Bad;
  for (std::size_t i = pre.size(); i-- > 0;) {
    n.next[i] = seen;
    if (leans(pre[i])) seen = pre[i];
  }
  return n;
}

}  // namespace

std::vector<Classified> classify_blocks(std::string_view text, std::span<const PageBlock> blocks) {
  std::vector<Classified> out(blocks.size());
  std::vector<Pre> pre(blocks.size());
  for (std::size_t i = 0; i < blocks.size(); ++i) {
    const auto line = block_text(text, blocks[i].range);
    if (const auto cue = chrome_cue(blocks[i], line); !cue.empty()) {
      out[i] = {BlockClass::Bad, cue, true};
      pre[i] = Pre::Bad;
      continue;
    }
    pre[i] = classify_alone(blocks[i], line.size());
    if (pre[i] == Pre::Bad) {
      out[i] = {BlockClass::Bad,
                blocks[i].link_density(line.size()) > max_link_density ? reason::link : reason::low_text, false};
    }
  }
  // Consent buttons are chrome when they sit beside a cookie notice.
  for (std::size_t i = 0; i < blocks.size(); ++i) {
    if (out[i].cue || !is_consent_button(blocks[i])) continue;
    const bool near_cookie = (i > 0 && out[i - 1].reason == reason::cookie) ||
                             (i + 1 < blocks.size() && out[i + 1].reason == reason::cookie);
    if (near_cookie) {
      out[i] = {BlockClass::Bad, reason::cookie, true};
      pre[i] = Pre::Bad;
    }
  }
  // Short blocks: both sides good → good; both bad → bad; mixed → good only when a near-good
  // block sits on the bad side (jusText's rule: the text may go on there), else bad.
  std::vector<Pre> resolved = pre;
  const Neighbours decided = neighbours(pre, false);
  const Neighbours with_neargood = neighbours(pre, true);
  for (std::size_t i = 0; i < blocks.size(); ++i) {
    if (pre[i] != Pre::Short) continue;
    const Pre prev = decided.prev[i];
    const Pre next = decided.next[i];
    if (prev == Pre::Good && next == Pre::Good) {
      resolved[i] = Pre::Good;
    } else if (prev == Pre::Bad && next == Pre::Bad) {
      resolved[i] = Pre::Bad;
    } else {
      const bool near_good_on_bad_side =
          (prev == Pre::Bad && with_neargood.prev[i] == Pre::NearGood) ||
          (next == Pre::Bad && with_neargood.next[i] == Pre::NearGood);
      resolved[i] = near_good_on_bad_side ? Pre::Good : Pre::Bad;
    }
  }
  // Near-good blocks: good when a decided neighbour on either side is good.
  for (std::size_t i = 0; i < blocks.size(); ++i) {
    if (pre[i] != Pre::NearGood) continue;
    const bool good = decided.prev[i] == Pre::Good || decided.next[i] == Pre::Good;
    resolved[i] = good ? Pre::Good : Pre::Bad;
  }
  for (std::size_t i = 0; i < blocks.size(); ++i) {
    if (out[i].cue || pre[i] == Pre::Bad) continue;
    if (resolved[i] == Pre::Good) {
      out[i] = {BlockClass::Good, {}, false};
    } else {
      out[i] = {BlockClass::Bad, pre[i] == Pre::Short ? reason::short_text : reason::low_text, false};
    }
  }
  return out;
}

}  // namespace wortblick
