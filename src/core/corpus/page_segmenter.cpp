// Page structure on top of block classification: article heads, titles, comments, teasers.
#include "core/corpus/page_segmenter.h"

#include <algorithm>
#include <optional>
#include <unordered_set>

#include "core/corpus/block_classifier.h"
#include "core/corpus/chrome_cues.h"
#include "core/corpus/page_blocks.h"

namespace wortblick {
namespace {

constexpr std::size_t max_title_lookback = 3;  // blocks between a headline and its byline
constexpr std::size_t title_chars = 90;        // derived titles are cut near this length
constexpr std::size_t teaser_lookback = 3;     // blocks a teaser may span before its date
constexpr std::size_t full_paragraph_chars = 200;  // a page's text starts at a paragraph this long
constexpr std::size_t title_lookback = 12;     // blocks between a headline and its first paragraph
constexpr std::size_t title_evidence_chars = 3000;  // text below a headline candidate read for shared words
constexpr std::size_t min_article_chars = 300;  // good text that makes an article
constexpr std::size_t max_author_bio_chars = 600;  // an author box's text under the name
constexpr std::size_t max_teaser_chars = 350;      // a teaser's one paragraph
constexpr std::size_t min_text_before_teaser = 400;  // body text before an inline teaser (else it is the lead)
constexpr double prose_stopwords = 0.2;            // jusText's lower stop-word density for text
constexpr std::size_t max_chrome_gap = 5;          // chrome blocks inside one run of text
constexpr double min_run_share = 0.3;              // of the largest run, for another run to stay text
constexpr std::size_t min_lead_chars = 30;          // a lead sentence, not a label

bool ends_with(std::string_view s, std::string_view end) {
  return s.size() >= end.size() && s.substr(s.size() - end.size()) == end;
}

// Whether the date block `i` belongs to a list of dated teasers: another date line stands
// within a teaser's reach before or after it.
bool in_date_list(const std::vector<Classified>& cls, std::size_t i, std::size_t first, std::size_t last) {
  for (std::size_t d = 1; d <= teaser_lookback + 1; ++d) {
    if (i + d < last && cls[i + d].reason == reason::date) return true;
    if (i >= first + d && cls[i - d].reason == reason::date) return true;
  }
  return false;
}

// A paragraph of running text by its own measure: long, sentence-like, with stop words. Its
// class may still be bad when only chrome surrounds it (a lead under a long menu).
bool prose(const PageBlock& b, const Classified& c) {
  return !c.cue && b.terminal_punct && b.stopword_density() >= prose_stopwords;
}

bool full_paragraph(const PageBlock& b, const Classified& c) {
  return b.chars >= full_paragraph_chars && (c.cls == BlockClass::Good || prose(b, c));
}

// Text far from the article's main run, past a long stretch of chrome or after the comments, is
// page furniture: a sidebar's "about me", a footer's licence note. The runs of body text (blocks
// joined across at most `max_chrome_gap` others) are measured; runs much smaller than the
// largest become chrome.
void keep_main_text(PageArticle& a, const std::vector<PageBlock>& blocks, std::size_t first) {
  struct Run {
    std::size_t begin, end, chars;
  };
  std::vector<Run> runs;
  std::size_t gap = max_chrome_gap + 1;
  for (std::size_t k = 0; k < a.blocks.size(); ++k) {
    const BlockKind kind = a.blocks[k].kind;
    if (kind == BlockKind::Body || kind == BlockKind::Title) {
      if (gap > max_chrome_gap) runs.push_back({k, k, 0});
      runs.back().end = k + 1;
      runs.back().chars += blocks[first + k].chars;
      gap = 0;
    } else {
      gap = kind == BlockKind::Comment ? max_chrome_gap + 1 : gap + 1;
    }
  }
  std::size_t most = 0;
  for (const auto& r : runs) most = std::max(most, r.chars);
  for (const auto& r : runs) {
    if (double(r.chars) >= min_run_share * double(most)) continue;
    for (std::size_t k = r.begin; k < r.end; ++k)
      if (a.blocks[k].kind == BlockKind::Body) a.blocks[k] = {a.blocks[k].range, BlockKind::Boilerplate, reason::outside};
  }
}

// Whether `b`'s text starts with `line` followed by a space.
bool starts_with_line(std::string_view text, const PageBlock& b, std::string_view line) {
  const auto t = block_text(text, b.range);
  return t.size() > line.size() && t.substr(0, line.size()) == line && t[line.size()] == ' ';
}

// Image captions end in a credit ("… Quelle: dpa", "Foto: Reuters"); they stand where headlines do.
bool has_credit(std::string_view line) {
  for (std::string_view credit : {"Quelle:", "Foto:", "Fotos:", "Bild:", "Grafik:", "Illustration:", "©", "(c)"})
    if (line.find(credit) != std::string_view::npos) return true;
  return false;
}

bool headline_like(const PageBlock& b, const Classified& c, std::string_view line) {
  if (c.cue || b.words < 2 || b.words > 20 || b.chars > 160 || has_credit(line)) return false;
  return !ends_with(line, ".") && !ends_with(line, ":") && !ends_with(line, ",");
}

// "Wirtschaft Unternehmen sollen ab sofort zahlen" → "Unternehmen sollen ab sofort zahlen".
std::string_view strip_kicker(std::string_view title, text::TextPipeline& pipeline) {
  for (int round = 0; round < 2; ++round) {
    const auto tokens = pipeline.tokenize(title);
    std::size_t whole = 0;
    for (const auto& t : tokens) whole += !t.part;
    if (tokens.empty() || whole < 4 || tokens[0].span != 1 || !is_section_name(tokens[0].key)) break;
    auto rest = title.substr(tokens[0].end);
    rest.remove_prefix(std::min(rest.find_first_not_of(" \t"), rest.size()));
    title = rest;
  }
  return title;
}

// A title for a page without a headline: its lead's first sentence, cut at a clause boundary.
std::string derive_title(std::string_view lead) {
  std::size_t end = lead.size();
  for (std::size_t i = 0; i + 1 < lead.size(); ++i) {
    if ((lead[i] == '.' || lead[i] == '!' || lead[i] == '?') && lead[i + 1] == ' ' && i > 10) {
      end = lead[i] == '.' ? i : i + 1;
      break;
    }
  }
  auto s = lead.substr(0, end);
  if (s.size() <= title_chars) return std::string(s);
  for (std::string_view cut : {", ", " – ", ": ", "; "}) {
    const auto at = s.rfind(cut, title_chars);
    if (at != std::string_view::npos && at > 20) return std::string(s.substr(0, at));
  }
  auto at = s.rfind(' ', title_chars);
  if (at == std::string_view::npos) {
    // No space to cut at: cut by bytes, but never inside a UTF-8 sequence (titles must stay
    // valid UTF-8; found by fuzzing: a lead of one long run of "ü" gave a broken title).
    at = title_chars;
    while (at > 0 && (static_cast<unsigned char>(s[at]) & 0xC0) == 0x80) --at;
  }
  return std::string(s.substr(0, at)) + " …";
}

struct Head {
  std::size_t start;                  // first block of the article
  std::optional<std::size_t> title;  // the headline block
};

// Characters of good text in blocks [first, last).
std::size_t good_chars(const std::vector<PageBlock>& blocks, const std::vector<Classified>& cls, std::size_t first,
                       std::size_t last) {
  std::size_t n = 0;
  for (std::size_t i = first; i < last; ++i)
    if (cls[i].cls == BlockClass::Good) n += blocks[i].chars;
  return n;
}

// The distinct content words (stop words and short words left out) of a space-joined key phrase.
std::unordered_set<std::string_view> content_keys(std::string_view phrase, const text::TextPipeline& pipeline) {
  std::unordered_set<std::string_view> keys;
  while (!phrase.empty()) {
    const auto sp = phrase.find(' ');
    const auto key = phrase.substr(0, sp);
    if (key.size() >= 4 && !pipeline.is_stopword_key(key)) keys.insert(key);
    if (sp == std::string_view::npos) break;
    phrase.remove_prefix(sp + 1);
  }
  return keys;
}

// The headline of a page that is one article, among blocks [first, last). Candidates are the
// headline-like blocks above its first full paragraph; the one sharing the most content words
// with the text below wins (menus, section names and "Partner im …" lines share none), the
// nearer one on a tie. Without any shared word: the nearest of three words or more.
std::optional<std::size_t> page_title(std::string_view text, const std::vector<PageBlock>& blocks,
                                      const std::vector<Classified>& cls, std::size_t first, std::size_t last,
                                      const text::TextPipeline& pipeline) {
  std::size_t lead = last;
  for (std::size_t i = first; i < last; ++i) {
    if (full_paragraph(blocks[i], cls[i])) {
      lead = i;
      break;
    }
  }
  std::unordered_set<std::string_view> body;
  std::size_t read = 0;
  for (std::size_t i = lead; i < last && read < title_evidence_chars; ++i) {
    if (cls[i].cls != BlockClass::Good) continue;
    read += blocks[i].chars;
    body.merge(content_keys(blocks[i].phrase, pipeline));
  }
  const auto like = [&](std::size_t i) { return headline_like(blocks[i], cls[i], block_text(text, blocks[i].range)); };
  std::optional<std::size_t> best, nearest, first_like;
  std::size_t best_shared = 0, best_keys = 0;
  for (std::size_t i = lead; i-- > first;) {
    if (!like(i)) continue;
    first_like = i;
    if (lead - i > title_lookback) continue;
    if (!nearest && blocks[i].words >= 3) nearest = i;
    std::size_t shared = 0;
    const auto keys = content_keys(blocks[i].phrase, pipeline);
    for (const auto& k : keys) shared += body.count(k);
    // Equal evidence: the line with fewer other words (a breadcrumb repeats the headline
    // after its section names).
    if (shared > best_shared || (shared > 0 && shared == best_shared && keys.size() < best_keys))
      best = i, best_shared = shared, best_keys = keys.size();
  }
  return best ? best : nearest ? nearest : first_like;
}

std::vector<Head> find_heads(std::string_view text, const std::vector<PageBlock>& blocks,
                             const std::vector<Classified>& cls, const text::TextPipeline& pipeline) {
  std::vector<Head> heads;
  for (std::size_t i = 0; i < blocks.size(); ++i) {
    if (cls[i].reason != reason::byline || (i > 0 && cls[i - 1].reason == reason::byline)) continue;
    for (std::size_t back = 1; back <= max_title_lookback && back <= i; ++back) {
      const std::size_t h = i - back;
      if (!heads.empty() && h <= *heads.back().title) break;
      if (headline_like(blocks[h], cls[h], block_text(text, blocks[h].range))) {
        std::size_t start = h;
        // A kicker ("Marketing") directly above the headline belongs to this article.
        if (h > 0 && !cls[h - 1].cue && blocks[h - 1].words <= 3 && (heads.empty() || h - 1 > *heads.back().title))
          start = h - 1;
        heads.push_back({start, h});
        break;
      }
      if (cls[h].cue && cls[h].reason != reason::byline) break;
    }
  }
  // A byline makes an article only when text follows it: "Fotos" or "Aktualisiert" under a
  // menu entry is no article head.
  std::vector<Head> kept;
  for (std::size_t k = 0; k < heads.size(); ++k) {
    const std::size_t end = k + 1 < heads.size() ? heads[k + 1].start : blocks.size();
    if (good_chars(blocks, cls, *heads[k].title + 1, end) >= min_article_chars) kept.push_back(heads[k]);
  }
  // Text before the first head is an article of its own, not chrome of the next one.
  if (kept.empty() || good_chars(blocks, cls, 0, kept.front().start) >= min_article_chars) {
    const std::size_t end = kept.empty() ? blocks.size() : kept.front().start;
    kept.insert(kept.begin(), Head{0, page_title(text, blocks, cls, 0, end, pipeline)});
  }
  kept.front().start = 0;
  return kept;
}

void mark(Block& b, std::string_view why) {
  b.kind = BlockKind::Boilerplate;
  b.reason = why;
}

}  // namespace

PageArticle build_page_article(std::string_view text, const std::vector<PageBlock>& blocks,
                               const std::vector<Classified>& cls, std::size_t first, std::size_t last,
                               std::optional<std::size_t> title, text::TextPipeline& pipeline) {
  PageArticle a;
  for (std::size_t i = first; i < last; ++i) {
    Block b{blocks[i].range, BlockKind::Body, {}};
    if (cls[i].cls == BlockClass::Bad) mark(b, cls[i].reason);
    if (title && i < *title) mark(b, cls[i].reason.empty() ? reason::navigation : cls[i].reason);
    if (title && i == *title) b = {blocks[i].range, BlockKind::Title, {}};
    a.blocks.push_back(b);
  }
  auto at = [&](std::size_t i) -> Block& { return a.blocks[i - first]; };
  const std::string_view title_phrase = title ? std::string_view(blocks[*title].phrase) : std::string_view();
  std::size_t body_seen = 0;
  std::size_t body_chars = 0;
  bool in_comments = false;
  bool after_related = false;
  for (std::size_t i = title ? *title + 1 : first; i < last; ++i) {
    Block& b = at(i);
    const PageBlock& pb = blocks[i];
    if (title && !title_phrase.empty()) {
      if (pb.phrase == title_phrase) {
        mark(b, reason::duplicate_title);
        continue;
      }
      if (body_seen == 0 && pb.phrase.size() > title_phrase.size() && ends_with(pb.phrase, title_phrase)) {
        mark(b, reason::breadcrumb);
        continue;
      }
    }
    // A name line whose next block starts with that name is an author box ("Markus Balser" /
    // "Markus Balser kam 2001 zur …").
    if (body_seen > 0 && pb.words >= 2 && pb.words <= 4 && !pb.terminal_punct && i + 1 < last &&
        blocks[i + 1].chars < max_author_bio_chars && starts_with_line(text, blocks[i + 1], block_text(text, pb.range))) {
      mark(b, reason::author);
      mark(at(i + 1), reason::author);
      ++i;
      continue;
    }
    // Kicker, headline, one short paragraph in the middle of a text: a teaser of another
    // article ("Nach Zugunfällen" / "Dieser Mann setzt die Bahn unter Druck" / "Daniel …").
    if (body_chars >= min_text_before_teaser && pb.words <= 4 && !pb.terminal_punct && !cls[i].cue && i + 2 < last &&
        headline_like(blocks[i + 1], cls[i + 1], block_text(text, blocks[i + 1].range)) &&
        blocks[i + 2].chars < max_teaser_chars && !cls[i + 2].cue && blocks[i + 2].terminal_punct) {
      for (std::size_t k = i; k <= i + 2; ++k) mark(at(k), reason::teaser);
      i += 2;
      continue;
    }
    if (is_author_box_heading(pb)) {
      mark(b, reason::author);
      if (i + 1 < last && !cls[i + 1].cue) mark(at(i + 1), reason::author), ++i;
      continue;
    }
    if (cls[i].reason == reason::comment_header && body_seen > 0) in_comments = true;
    if (cls[i].reason == reason::comment_form) in_comments = false;
    if (cls[i].reason == reason::related) after_related = true;
    // A full paragraph after a "related" box: the article goes on (boxes stand inside texts).
    if (after_related && b.kind == BlockKind::Body && pb.chars >= full_paragraph_chars) after_related = false;
    if (in_comments && !cls[i].cue) {
      b = {pb.range, BlockKind::Comment, {}};
      continue;
    }
    if (after_related && b.kind == BlockKind::Body && pb.chars < 160) {
      mark(b, reason::related);
      continue;
    }
    if (cls[i].reason == reason::date && body_seen >= 2 && in_date_list(cls, i, first, last)) {
      // Short texts each followed by a bare date are teasers of other articles. One date alone
      // ("Stand: 12.03.2021" under an article) is not a list and takes no paragraph with it.
      for (std::size_t back = 1; back <= teaser_lookback && i - back > first; ++back) {
        Block& t = at(i - back);
        if (cls[i - back].cue || t.kind == BlockKind::Title || t.kind == BlockKind::Comment ||
            blocks[i - back].chars >= max_teaser_chars)
          break;
        mark(t, reason::teaser);
      }
    }
    if (b.kind == BlockKind::Body) ++body_seen, body_chars += pb.chars;
  }
  // An article is there for its text: when the statistics left it no body at all (a short text
  // a user pasted, a terse page), the blocks rejected only for being short or thin are its body.
  if (body_seen == 0) {
    for (std::size_t i = title ? *title + 1 : first; i < last; ++i) {
      Block& b = at(i);
      if (b.kind == BlockKind::Boilerplate && !cls[i].cue &&
          (b.reason == reason::low_text || b.reason == reason::short_text)) {
        b = {blocks[i].range, BlockKind::Body, {}};
      }
    }
  }
  // The lead under the headline is text even when chrome above it made jusText's context bad.
  if (body_seen > 0 && title) {
    for (std::size_t i = *title + 1; i < last && at(i).kind != BlockKind::Body; ++i) {
      if (at(i).kind == BlockKind::Boilerplate && !cls[i].cue && blocks[i].chars >= min_lead_chars && prose(blocks[i], cls[i]))
        at(i) = {blocks[i].range, BlockKind::Body, {}};
    }
  }
  // A sentence standing between two paragraphs of the text is text, however few stop words
  // it has ("LA statt Lell, Lakers statt FC Bayern.").
  for (std::size_t i = first + 1; i + 1 < last; ++i) {
    const Block& b = at(i);
    if (b.kind == BlockKind::Boilerplate && !cls[i].cue && blocks[i].terminal_punct && blocks[i].url_bytes == 0 &&
        (b.reason == reason::low_text || b.reason == reason::short_text) && at(i - 1).kind == BlockKind::Body &&
        at(i + 1).kind == BlockKind::Body)
      at(i) = {blocks[i].range, BlockKind::Body, {}};
  }
  keep_main_text(a, blocks, first);
  if (title) {
    a.title = std::string(strip_kicker(block_text(text, blocks[*title].range), pipeline));
  } else {
    for (const auto& b : a.blocks) {
      if (b.kind == BlockKind::Body) {
        a.title = derive_title(block_text(text, b.range));
        break;
      }
    }
  }
  // Each block's words were counted when the page was split (same range, same rule).
  for (std::size_t i = first; i < last; ++i)
    if (at(i).kind != BlockKind::Boilerplate) a.words += blocks[i].words;
  return a;
}

std::vector<PageArticle> segment_page(std::string_view text, text::TextPipeline& pipeline) {
  const auto blocks = split_page(text, pipeline);
  if (blocks.empty()) return {};
  const auto cls = classify_blocks(text, blocks);
  const auto heads = find_heads(text, blocks, cls, pipeline);
  std::vector<PageArticle> out;
  for (std::size_t k = 0; k < heads.size(); ++k) {
    const std::size_t last = k + 1 < heads.size() ? heads[k + 1].start : blocks.size();
    auto a = build_page_article(text, blocks, cls, heads[k].start, last, heads[k].title, pipeline);
    a.range.begin = k == 0 ? 0 : blocks[heads[k].start].range.begin;
    a.range.end = k + 1 < heads.size() ? blocks[heads[k + 1].start].range.begin : text.size();
    out.push_back(std::move(a));
  }
  return out;
}

}  // namespace wortblick
