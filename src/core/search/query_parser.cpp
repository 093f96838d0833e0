// Query language: words, OR, -exclusion, "phrases", prefix*, word~, title:, tag:, cat:.
#include "core/search/query.h"

#include <algorithm>

#include "core/text/clean_text.h"
#include "core/text/fold.h"
#include "core/text/tokenizer.h"
#include "core/text/utf8.h"

namespace wortblick::search {
namespace {

// Typographic quotes open and close phrases like '"' does; they are read as one byte '"'.
std::string normalize(std::string_view raw, Query& q) {
  // Never cut inside a UTF-8 sequence: a cut "€" would count as an invalid character and earn
  // a wrong note (a query of 100,000 "€" did). At most 3 bytes back: longer runs of continuation
  // bytes are invalid anyway.
  std::size_t cut = std::min(raw.size(), max_query_bytes * 4);
  for (int k = 0; k < 3 && cut < raw.size() && (static_cast<unsigned char>(raw[cut]) & 0xC0) == 0x80; ++k) --cut;
  auto clean = text::clean_text(raw.substr(0, cut));
  std::string out;
  out.reserve(clean.text.size());
  std::size_t chars = 0;
  bool parens = false;
  // The byte cap alone can cut a query (1,000 emoji fill it), so it counts as too long too.
  bool too_long = cut < raw.size();
  for (std::size_t i = 0; i < clean.text.size();) {
    const auto d = text::decode_utf8(clean.text, i);
    const std::string_view bytes = std::string_view(clean.text).substr(i, d.length);
    i += d.length;
    if (++chars > max_query_bytes) {
      too_long = true;
      break;
    }
    const char32_t c = d.cp;
    if (c < 0x20 || c == 0x7F || (c >= 0x80 && c < 0xA0) || c == 0xFFFD) {
      out += ' ';
    } else if (c == U'„' || c == U'“' || c == U'”' || c == U'«' || c == U'»') {
      out += '"';
    } else if (c == '(' || c == ')' || c == '[' || c == ']' || c == '{' || c == '}') {
      parens = true;
      out += ' ';
    } else {
      out += bytes;
    }
  }
  if (too_long) q.notes.push_back({Msg::QueryTooLong, {std::to_string(max_query_bytes)}});
  if (clean.replaced) q.notes.push_back({Msg::QueryInvalidCharacters, {}});
  if (parens) q.notes.push_back({Msg::QueryParentheses, {}});
  return out;
}

struct Item {
  std::string text;
  bool phrase = false;
  bool exclude = false;
  bool title = false;
};

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

bool strip_prefix_ci(std::string& s, std::string_view p) {
  if (s.size() < p.size()) return false;
  for (std::size_t k = 0; k < p.size(); ++k) {
    char c = s[k];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
    if (c != p[k]) return false;
  }
  s.erase(0, p.size());
  return true;
}

// Splits into words and quoted phrases; "-" and "title:" directly before a quote apply to it.
std::vector<Item> lex(const std::string& s, Query& q) {
  std::vector<Item> items;
  std::size_t i = 0;
  while (i < s.size()) {
    if (is_space(s[i])) {
      ++i;
      continue;
    }
    Item it;
    std::size_t j = i;
    while (j < s.size() && !is_space(s[j]) && s[j] != '"') ++j;
    std::string word = s.substr(i, j - i);
    if (j < s.size() && s[j] == '"') {
      std::string mods = word;
      bool is_mod = true;
      while (!mods.empty() && is_mod) {
        if (mods[0] == '-') { it.exclude = true; mods.erase(0, 1); }
        else if (strip_prefix_ci(mods, "title:") || strip_prefix_ci(mods, "titel:")) it.title = true;
        else is_mod = false;
      }
      if (!mods.empty()) {  // a word glued to a quote: the word stands alone
        items.push_back({word, false, false, false});
        it = Item{};
      }
      const std::size_t close = s.find('"', j + 1);
      if (close == std::string::npos) {
        q.notes.push_back({Msg::QueryUnclosedQuote, {}});
        it.text = s.substr(j + 1);
        i = s.size();
      } else {
        it.text = s.substr(j + 1, close - j - 1);
        i = close + 1;
      }
      it.phrase = true;
      items.push_back(std::move(it));
      continue;
    }
    it.text = std::move(word);
    items.push_back(std::move(it));
    i = j;
  }
  return items;
}

// The tokens of a phrase or compound as keys with relative positions (compound parts, not
// the whole, so "Ende-zu-Ende" also finds "Ende zu Ende").
void phrase_keys(std::string_view text, QueryTerm& t) {
  std::vector<text::Span> spans;
  text::scan_spans(text, spans);
  std::uint32_t first = 0;
  bool any = false;
  for (std::size_t k = 0; k < spans.size(); ++k) {
    const auto& s = spans[k];
    if (s.span > 1) continue;  // the whole of a compound; its parts follow
    if (!any) first = s.position;
    any = true;
    t.keys.push_back(text::search_key(text.substr(s.start, s.end - s.start)));
    t.offsets.push_back(s.position - first);
  }
}

}  // namespace

Query parse_query(std::string_view raw, const text::Stopwords& stopwords) {
  Query q;
  const std::string s = normalize(raw, q);
  const auto items = lex(s, q);
  std::size_t terms = 0;
  bool capped = false;
  bool lone = false;
  bool or_pending = false;
  const auto add_positive = [&](QueryTerm t) {
    if (or_pending && !q.all.empty()) q.all.back().any.push_back(std::move(t));
    else q.all.push_back({{std::move(t)}});
    or_pending = false;
  };
  for (const auto& item : items) {
    if (terms >= max_query_terms) {
      capped = true;
      break;
    }
    QueryTerm t;
    t.title_only = item.title;
    bool exclude = item.exclude;
    if (item.phrase) {
      t.kind = TermKind::Phrase;
      t.text = item.text;
      phrase_keys(item.text, t);
      if (t.keys.empty()) continue;
      ++terms;
      if (exclude) q.none.push_back(std::move(t));
      else add_positive(std::move(t));
      continue;
    }
    std::string w = item.text;
    if (w == "OR" || w == "|" || w == "ODER") {
      or_pending = !q.all.empty();
      continue;
    }
    while (!w.empty() && w[0] == '-') {
      exclude = true;
      w.erase(0, 1);
    }
    while (true) {
      if (strip_prefix_ci(w, "title:") || strip_prefix_ci(w, "titel:")) t.title_only = true;
      else break;
    }
    const bool is_tag = strip_prefix_ci(w, "tag:");
    const bool is_cat = !is_tag && (strip_prefix_ci(w, "cat:") || strip_prefix_ci(w, "kat:"));
    if (is_tag || is_cat) {
      if (w.empty()) {
        lone = true;
        continue;
      }
      ++terms;
      if (is_tag) {
        (exclude ? q.not_tags : q.tags).push_back(w);
        continue;
      }
      t.kind = TermKind::Category;
      t.text = w;
      if (exclude) q.none.push_back(std::move(t));
      else add_positive(std::move(t));
      continue;
    }
    bool prefix = false;
    bool fuzzy = false;
    while (!w.empty() && (w.back() == '*' || w.back() == '~')) {
      (w.back() == '*' ? prefix : fuzzy) = true;
      w.pop_back();
    }
    t.text = w;
    phrase_keys(w, t);
    if (t.keys.empty()) {
      lone = lone || (w.empty() && (prefix || fuzzy || exclude));
      continue;
    }
    if (t.keys.size() > 1) {
      // A compound or a run like "U.S.": searched as the whole word when the tokenizer sees one
      // word, else as a phrase.
      std::vector<text::Span> spans;
      text::scan_spans(w, spans);
      if (!spans.empty() && spans[0].span == t.keys.size() && !prefix && !fuzzy) {
        t.keys = {text::search_key(w.substr(spans[0].start, spans[0].end - spans[0].start))};
        t.offsets = {0};
      } else {
        t.kind = TermKind::Phrase;
      }
    }
    if (t.kind != TermKind::Phrase) t.kind = prefix ? TermKind::Prefix : fuzzy ? TermKind::Fuzzy : TermKind::Word;
    if (t.kind == TermKind::Word && !exclude && stopwords.contains_key(t.keys[0])) {
      q.stopwords.push_back(w);
      continue;
    }
    ++terms;
    if (exclude) q.none.push_back(std::move(t));
    else add_positive(std::move(t));
  }
  if (capped) q.notes.push_back({Msg::QueryTooManyTerms, {std::to_string(max_query_terms)}});
  if (lone) q.notes.push_back({Msg::QueryLoneOperator, {}});
  if (q.empty() && !q.stopwords.empty()) {
    std::string list;
    for (const auto& w : q.stopwords) list += (list.empty() ? "" : ", ") + w;
    q.notes.push_back({Msg::QueryOnlyStopwords, {list}});
  }
  return q;
}

}  // namespace wortblick::search
