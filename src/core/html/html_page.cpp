// Walking gumbo's parse tree (without recursion) into visible lines and their markup context.
#include "core/html/html_page.h"

#include <algorithm>
#include <array>
#include <cstdlib>
#include <unordered_map>

#include <gumbo.h>

#include "core/html/nesting_guard.h"
#include "core/text/clean_text.h"

namespace wortblick::html {
namespace {

// Chrome cues are trusted only on elements holding less than this share of the page's text:
// sites wrap whole pages in elements named "page-with-sidebar" or in one ASP.NET <form>.
constexpr double max_chrome_share = 0.45;
// An article container must hold this share of the largest candidate's text to be preferred
// as the tighter one (<article> inside a <main> that also holds a sidebar).
constexpr double tighter_article_share = 0.7;
constexpr double min_article_share = 0.25;  // of the page's unlinked text, for a main <article>
// Chrome named by class words is a small box or a list of links (see child_context).
constexpr std::size_t max_named_box_chars = 300;
constexpr double min_named_link_share = 0.3;

// Every allocation gumbo makes is listed, so the whole tree is freed in one loop:
// gumbo_destroy_output recurses once per nesting level, and hostile pages nest 100,000 deep.
struct AllocationList {
  struct alignas(16) Header {
    std::size_t index;
  };
  std::vector<Header*> live;

  static void* allocate(void* self, std::size_t size) {
    auto* list = static_cast<AllocationList*>(self);
    auto* h = static_cast<Header*>(std::malloc(sizeof(Header) + size));
    if (!h) std::abort();  // gumbo cannot recover from a failed allocation either
    h->index = list->live.size();
    list->live.push_back(h);
    return h + 1;
  }
  static void deallocate(void* self, void* ptr) {
    if (!ptr) return;
    auto* list = static_cast<AllocationList*>(self);
    Header* h = static_cast<Header*>(ptr) - 1;
    Header* last = list->live.back();
    list->live[h->index] = last;
    last->index = h->index;
    list->live.pop_back();
    std::free(h);
  }
  ~AllocationList() {
    for (Header* h : live) std::free(h);
  }
};

std::string_view attr(const GumboElement& e, const char* name) {
  const GumboAttribute* a = gumbo_get_attribute(&e.attributes, name);
  return a ? std::string_view(a->value) : std::string_view();
}

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

char lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

std::string lowered(std::string_view s) {
  std::string out(s);
  std::transform(out.begin(), out.end(), out.begin(), lower);
  return out;
}

// The words of class and id ("site-footer js-sticky" → site, footer, js, sticky), lower-cased.
std::vector<std::string> name_words(const GumboElement& e) {
  std::vector<std::string> words;
  for (const char* a : {"class", "id"}) {
    const std::string v = lowered(attr(e, a));
    std::string w;
    for (const char c : v) {
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        w += c;
      } else if (!w.empty()) {
        words.push_back(std::move(w));
        w.clear();
      }
    }
    if (!w.empty()) words.push_back(std::move(w));
  }
  return words;
}

bool starts_with(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }

// Class/id words that name page chrome, matched at a word's start ("navbar", "cookiebanner").
// Generic web vocabulary, English and German; no site's own names.
std::string_view chrome_word(const std::vector<std::string>& words) {
  struct Cue {
    std::string_view prefix, why;
  };
  static constexpr std::array<Cue, 33> cues = {{
      {"nav", "navigation"},     {"menu", "navigation"},      {"breadcrumb", "breadcrumb"},
      {"footer", "footer"},      {"masthead", "header"},      {"cookie", "cookie"},
      {"consent", "cookie"},     {"gdpr", "cookie"},          {"privacy-banner", "cookie"},
      {"share", "share"},        {"sharing", "share"},        {"social", "share"},
      {"related", "related"},    {"recommend", "related"},    {"teaser", "related"},
      {"sidebar", "sidebar"},    {"widgetarea", "sidebar"},   {"banner", "advert"},
      {"advert", "advert"},      {"anzeige", "advert"},       {"werbung", "advert"},
      {"newsletter", "newsletter"}, {"subscribe", "newsletter"}, {"abo", "newsletter"},
      {"login", "login"},        {"signup", "login"},         {"pagination", "navigation"},
      {"pager", "navigation"},   {"skip", "navigation"},      {"toolbar", "navigation"},
      {"promo", "advert"},       {"paywall", "advert"},       {"tagcloud", "navigation"},
  }};
  for (const auto& w : words) {
    if (w == "ad" || w == "ads" || w == "adslot") return "advert";
    for (const auto& c : cues)
      if (starts_with(w, c.prefix)) return c.why;
  }
  return {};
}

bool comment_words(const std::vector<std::string>& words) {
  for (const auto& w : words)
    if (starts_with(w, "comment") || starts_with(w, "kommentar") || starts_with(w, "disqus") ||
        w == "discussion" || w == "replies" || w == "leserbriefe")
      return true;
  return false;
}

// Whole class names that hide an element in common CSS frameworks. Whole names only:
// Drupal's "field--label-hidden" hides a field's label, not the field.
bool hiding_class(const GumboElement& e) {
  static constexpr std::array<std::string_view, 12> names = {
      "hidden",        "is-hidden",         "u-hidden",    "d-none",    "sr-only",   "visually-hidden",
      "visuallyhidden", "screen-reader-text", "screenreader", "invisible", "hide-text", "element-invisible"};
  const std::string c = lowered(attr(e, "class"));
  std::size_t i = 0;
  while (i < c.size()) {
    while (i < c.size() && is_space(c[i])) ++i;
    std::size_t end = i;
    while (end < c.size() && !is_space(c[end])) ++end;
    const std::string_view name = std::string_view(c).substr(i, end - i);
    if (std::find(names.begin(), names.end(), name) != names.end()) return true;
    i = end;
  }
  return false;
}

bool hidden(const GumboElement& e) {
  if (gumbo_get_attribute(&e.attributes, "hidden")) return true;
  if (lowered(attr(e, "aria-hidden")) == "true") return true;
  std::string style = lowered(attr(e, "style"));
  style.erase(std::remove(style.begin(), style.end(), ' '), style.end());
  if (style.find("display:none") != std::string::npos || style.find("visibility:hidden") != std::string::npos)
    return true;
  return hiding_class(e);
}

// Elements whose content is never visible text.
bool skipped_tag(GumboTag t) {
  switch (t) {
    case GUMBO_TAG_HEAD: case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE: case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_TEMPLATE: case GUMBO_TAG_SVG: case GUMBO_TAG_MATH: case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_OBJECT: case GUMBO_TAG_EMBED: case GUMBO_TAG_CANVAS: case GUMBO_TAG_VIDEO:
    case GUMBO_TAG_AUDIO: case GUMBO_TAG_SELECT: case GUMBO_TAG_TEXTAREA: case GUMBO_TAG_INPUT:
    case GUMBO_TAG_BUTTON: case GUMBO_TAG_DIALOG: case GUMBO_TAG_MAP: case GUMBO_TAG_AREA:
      return true;
    default:
      return false;
  }
}

// Elements that end a line of visible text before and after themselves.
bool block_tag(GumboTag t) {
  switch (t) {
    case GUMBO_TAG_ADDRESS: case GUMBO_TAG_ARTICLE: case GUMBO_TAG_ASIDE: case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_BODY: case GUMBO_TAG_BR: case GUMBO_TAG_CAPTION: case GUMBO_TAG_CENTER: case GUMBO_TAG_DD:
    case GUMBO_TAG_DETAILS: case GUMBO_TAG_DIV: case GUMBO_TAG_DL: case GUMBO_TAG_DT: case GUMBO_TAG_FIELDSET:
    case GUMBO_TAG_FIGCAPTION: case GUMBO_TAG_FIGURE: case GUMBO_TAG_FOOTER: case GUMBO_TAG_FORM:
    case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3: case GUMBO_TAG_H4: case GUMBO_TAG_H5:
    case GUMBO_TAG_H6: case GUMBO_TAG_HEADER: case GUMBO_TAG_HR: case GUMBO_TAG_HTML: case GUMBO_TAG_LI:
    case GUMBO_TAG_MAIN: case GUMBO_TAG_MENU: case GUMBO_TAG_NAV: case GUMBO_TAG_OL: case GUMBO_TAG_P:
    case GUMBO_TAG_PRE: case GUMBO_TAG_SECTION: case GUMBO_TAG_SUMMARY: case GUMBO_TAG_TABLE:
    case GUMBO_TAG_TBODY: case GUMBO_TAG_TD: case GUMBO_TAG_TFOOT: case GUMBO_TAG_TH: case GUMBO_TAG_THEAD:
    case GUMBO_TAG_TR: case GUMBO_TAG_UL: case GUMBO_TAG_LEGEND: case GUMBO_TAG_OPTION:
      return true;
    default:
      return false;
  }
}

bool is_skipped(const GumboNode* n) {
  if (n->type == GUMBO_NODE_TEMPLATE) return true;  // inert markup for scripts, never shown
  return n->type == GUMBO_NODE_ELEMENT && (skipped_tag(n->v.element.tag) || hidden(n->v.element));
}

std::size_t code_points(std::string_view s) {
  std::size_t n = 0;
  for (const char c : s) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return n;
}

// U+00A0 NO-BREAK SPACE is white space in pages' layout, not a character of words.
bool nbsp_at(std::string_view s, std::size_t i) {
  return i + 1 < s.size() && s[i] == '\xC2' && s[i + 1] == '\xA0';
}

std::string collapsed(std::string_view s) {
  std::string out;
  bool space = false;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (nbsp_at(s, i) || is_space(s[i])) {
      space = true;
      if (nbsp_at(s, i)) ++i;
      continue;
    }
    if (space && !out.empty()) out += ' ';
    space = false;
    out += s[i];
  }
  return out;
}

const GumboVector& children(const GumboNode* n) {
  return n->type == GUMBO_NODE_DOCUMENT ? n->v.document.children : n->v.element.children;
}

bool has_children(const GumboNode* n) {
  return n->type == GUMBO_NODE_DOCUMENT || n->type == GUMBO_NODE_ELEMENT || n->type == GUMBO_NODE_TEMPLATE;
}

// Visible characters under every element (post-order, explicit stack), the first visible <h1>,
// and the page's metadata from <head>.
struct TextSize {
  std::size_t chars = 0;
  std::size_t link_chars = 0;  // of those, inside <a href>
};

struct Survey {
  std::unordered_map<const GumboNode*, TextSize> size;
  const GumboNode* first_h1 = nullptr;
  std::string title;
  std::string date;
};

void read_head_meta(const GumboNode* n, Survey& s) {
  const GumboElement& e = n->v.element;
  if (e.tag == GUMBO_TAG_TITLE && s.title.empty() && e.children.length > 0) {
    const auto* t = static_cast<const GumboNode*>(e.children.data[0]);
    if (t->type == GUMBO_NODE_TEXT) s.title = collapsed(t->v.text.text);
  }
  if (!s.date.empty()) return;
  if (e.tag == GUMBO_TAG_META) {
    const std::string prop = lowered(attr(e, "property").empty() ? attr(e, "name") : attr(e, "property"));
    if (prop == "article:published_time" || prop == "date" || prop == "dc.date.issued" || prop == "pubdate" ||
        lowered(attr(e, "itemprop")) == "datepublished")
      s.date = collapsed(attr(e, "content"));
  } else if (e.tag == GUMBO_TAG_TIME && !attr(e, "datetime").empty()) {
    s.date = collapsed(attr(e, "datetime"));
  }
}

Survey survey(const GumboNode* root) {
  Survey s;
  struct Frame {
    const GumboNode* node;
    bool link = false;
    unsigned next = 0;
    TextSize size;
  };
  std::vector<Frame> stack{{root}};
  // <head> is skipped for text but read for metadata, so it is walked separately.
  std::vector<const GumboNode*> meta{root};
  while (!meta.empty()) {
    const GumboNode* n = meta.back();
    meta.pop_back();
    if (n->type != GUMBO_NODE_ELEMENT && n->type != GUMBO_NODE_DOCUMENT) continue;
    if (n->type == GUMBO_NODE_ELEMENT) {
      const auto tag = n->v.element.tag;
      if (tag == GUMBO_TAG_SCRIPT || tag == GUMBO_TAG_STYLE || tag == GUMBO_TAG_SVG) continue;
      read_head_meta(n, s);
    }
    const auto& c = children(n);
    for (unsigned i = c.length; i-- > 0;) meta.push_back(static_cast<const GumboNode*>(c.data[i]));
  }
  while (!stack.empty()) {
    Frame& f = stack.back();
    if (!has_children(f.node) || f.next >= children(f.node).length) {
      if (f.node->type == GUMBO_NODE_TEXT || f.node->type == GUMBO_NODE_CDATA) {
        f.size.chars = code_points(f.node->v.text.text);
        if (f.link) f.size.link_chars = f.size.chars;
      }
      const TextSize size = f.size;
      if (f.node->type == GUMBO_NODE_ELEMENT) s.size[f.node] = size;
      stack.pop_back();
      if (!stack.empty()) {
        stack.back().size.chars += size.chars;
        stack.back().size.link_chars += size.link_chars;
      }
      continue;
    }
    const auto* child = static_cast<const GumboNode*>(children(f.node).data[f.next++]);
    if (is_skipped(child)) continue;
    bool link = f.link;
    if (child->type == GUMBO_NODE_ELEMENT) {
      if (child->v.element.tag == GUMBO_TAG_H1 && !s.first_h1) s.first_h1 = child;
      if (child->v.element.tag == GUMBO_TAG_A && gumbo_get_attribute(&child->v.element.attributes, "href")) link = true;
    }
    stack.push_back({child, link});
  }
  return s;
}

bool contains(const GumboNode* ancestor, const GumboNode* n) {
  for (; n; n = n->parent)
    if (n == ancestor) return true;
  return false;
}

bool article_candidate(const GumboElement& e) {
  if (e.tag == GUMBO_TAG_ARTICLE || e.tag == GUMBO_TAG_MAIN) return true;
  const std::string role = lowered(attr(e, "role"));
  if (role == "main" || role == "article") return true;
  return lowered(attr(e, "itemprop")) == "articlebody";
}

// The tightest element that still holds most of the largest article candidate's text. A
// candidate must hold a fair share of the page's unlinked text: blogs mark up the teasers of
// other posts as <article class="post_teaser">, and those are no page's main text.
const GumboNode* main_article(const Survey& s, const TextSize& page) {
  const auto own_text = [](const TextSize& t) { return t.chars - std::min(t.chars, t.link_chars); };
  std::size_t most = 0;
  for (const auto& [node, size] : s.size) {
    if (!article_candidate(node->v.element) || !chrome_word(name_words(node->v.element)).empty() ||
        double(own_text(size)) < min_article_share * double(own_text(page)))
      continue;
    most = std::max(most, size.chars);
  }
  if (most == 0) return nullptr;
  const GumboNode* best = nullptr;
  std::size_t best_chars = 0;
  for (const auto& [node, size] : s.size) {
    if (!article_candidate(node->v.element) || !chrome_word(name_words(node->v.element)).empty() ||
        double(size.chars) < tighter_article_share * double(most))
      continue;
    if (!best || size.chars < best_chars) best = node, best_chars = size.chars;
  }
  return best;
}

struct Context {
  Zone zone = Zone::Content;
  std::string_view why;
  std::uint8_t heading = 0;
  bool in_article = false;
  bool link = false;
};

class Writer {
 public:
  explicit Writer(HtmlPage& page) : page_(page) {}

  void text(std::string_view s, const Context& ctx) {
    for (std::size_t i = 0; i < s.size(); ++i) {
      if (nbsp_at(s, i) || is_space(s[i])) {
        space_ = true;
        if (nbsp_at(s, i)) ++i;
        continue;
      }
      if (line_.empty()) {
        ctx_ = ctx;
        link_chars_ = 0;
      } else if (space_) {
        line_ += ' ';
        if (ctx.link) ++link_chars_;
      }
      space_ = false;
      line_ += s[i];
      if (ctx.link && (static_cast<unsigned char>(s[i]) & 0xC0) != 0x80) ++link_chars_;
    }
  }

  void end_line() {
    space_ = false;
    if (line_.empty()) return;
    // Corpus text is NFC (clean_text.h); lines are cleaned one by one so block offsets hold.
    if (auto clean = text::clean_text(line_); !clean.same_as_input()) line_ = std::move(clean.text);
    if (!page_.text.empty()) page_.text += "\n\n";
    HtmlBlock b;
    b.begin = page_.text.size();
    page_.text += line_;
    b.end = page_.text.size();
    b.zone = ctx_.zone;
    b.why = ctx_.why;
    b.heading = ctx_.heading;
    b.in_article = ctx_.in_article;
    b.chars = code_points(line_);
    b.link_chars = std::min(link_chars_, b.chars);
    page_.blocks.push_back(b);
    line_.clear();
  }

 private:
  HtmlPage& page_;
  std::string line_;
  Context ctx_;
  std::size_t link_chars_ = 0;
  bool space_ = false;
};

Context child_context(const GumboNode* n, Context ctx, const Survey& s, const GumboNode* article,
                      std::size_t page_chars) {
  const GumboElement& e = n->v.element;
  if (n == article) ctx.in_article = true;
  const auto it = s.size.find(n);
  const TextSize size = it == s.size.end() ? TextSize{} : it->second;
  const std::size_t chars = size.chars;
  // Cues name chrome only on elements holding a minor part of the text and not the headline
  // (an article's own <header> holds its h1) or the main article.
  const bool minor = double(chars) < max_chrome_share * double(page_chars) &&
                     !(s.first_h1 && contains(n, s.first_h1)) && !(article && contains(n, article));
  // Comment sections hold their own chrome (the comment form, pagination).
  if (ctx.zone != Zone::Chrome && minor) {
    const auto words = name_words(e);
    const std::string role = lowered(attr(e, "role"));
    std::string_view why;
    switch (e.tag) {
      case GUMBO_TAG_NAV: case GUMBO_TAG_MENU: why = "navigation"; break;
      case GUMBO_TAG_ASIDE: why = "sidebar"; break;
      case GUMBO_TAG_FORM: why = "form"; break;
      case GUMBO_TAG_FOOTER: why = "footer"; break;
      case GUMBO_TAG_HEADER: why = ctx.in_article ? std::string_view() : "header"; break;
      default: break;
    }
    if (why.empty()) {
      if (role == "navigation" || role == "menu" || role == "menubar" || role == "search") why = "navigation";
      else if (role == "banner") why = "header";
      else if (role == "contentinfo") why = "footer";
      else if (role == "complementary") why = "sidebar";
      else if (role == "dialog" || role == "alertdialog") why = "cookie";
    }
    // Class words are only names: "tab-menu--product" holds a product's description. They
    // count on link lists and small boxes, not on elements full of unlinked text.
    const bool box_like = chars < max_named_box_chars || double(size.link_chars) >= min_named_link_share * double(chars);
    if (ctx.zone == Zone::Content && comment_words(words)) {
      ctx.zone = Zone::Comments;
    } else {
      const bool heading = e.tag >= GUMBO_TAG_H1 && e.tag <= GUMBO_TAG_H6;
      if (why.empty() && !heading) {  // ids like "nav_vom_ingenieur" are anchors of a table of contents
        why = chrome_word(words);
        // A cookie notice is never the page's text, however long and unlinked.
        if (!box_like && why != "cookie") why = {};
      }
      if (!why.empty()) {
        ctx.zone = Zone::Chrome;
        ctx.why = why;
      }
    }
  }
  switch (e.tag) {
    case GUMBO_TAG_H1: ctx.heading = 1; break;
    case GUMBO_TAG_H2: ctx.heading = 2; break;
    case GUMBO_TAG_H3: ctx.heading = 3; break;
    case GUMBO_TAG_H4: ctx.heading = 4; break;
    case GUMBO_TAG_H5: ctx.heading = 5; break;
    case GUMBO_TAG_H6: ctx.heading = 6; break;
    case GUMBO_TAG_A: ctx.link = ctx.link || gumbo_get_attribute(&e.attributes, "href"); break;
    default: break;
  }
  return ctx;
}

}  // namespace

HtmlPage read_page(std::string_view utf8_html) {
  HtmlPage page;
  AllocationList allocations;
  GumboOptions options = kGumboDefaultOptions;
  options.allocator = &AllocationList::allocate;
  options.deallocator = &AllocationList::deallocate;
  options.userdata = &allocations;
  options.max_errors = 0;  // parse errors are normal on the web; recording them costs memory
  const Flattened flat = flatten_deep_nesting(utf8_html);
  page.flattened = flat.removed;
  const std::string_view input = flat.removed ? std::string_view(flat.html) : utf8_html;
  const GumboOutput* out = gumbo_parse_with_options(&options, input.data(), input.size());
  const Survey s = survey(out->document);
  page.title = s.title;
  page.date = s.date;
  const GumboNode* root = out->root;
  const auto root_size = s.size.find(root);
  const TextSize page_size = root_size == s.size.end() ? TextSize{} : root_size->second;
  const std::size_t page_chars = page_size.chars;
  const GumboNode* article = main_article(s, page_size);

  Writer w(page);
  struct Frame {
    const GumboNode* node;
    Context ctx;
    unsigned next = 0;
  };
  std::vector<Frame> stack{{root, child_context(root, {}, s, article, page_chars)}};
  while (!stack.empty()) {
    Frame& f = stack.back();
    if (f.next >= children(f.node).length) {
      if (block_tag(f.node->v.element.tag)) w.end_line();
      stack.pop_back();
      continue;
    }
    const auto* child = static_cast<const GumboNode*>(children(f.node).data[f.next++]);
    if (child->type == GUMBO_NODE_TEXT || child->type == GUMBO_NODE_CDATA || child->type == GUMBO_NODE_WHITESPACE) {
      w.text(child->v.text.text, f.ctx);
      continue;
    }
    if ((child->type != GUMBO_NODE_ELEMENT && child->type != GUMBO_NODE_TEMPLATE) || is_skipped(child)) continue;
    const Context ctx = child_context(child, f.ctx, s, article, page_chars);
    if (block_tag(child->v.element.tag)) w.end_line();
    if (child == s.first_h1) page.headline = static_cast<int>(page.blocks.size());
    stack.push_back({child, ctx});
  }
  w.end_line();
  // The headline index was taken before its line was written; it only counts if the h1 made one
  // and sits in the content.
  if (page.headline >= static_cast<int>(page.blocks.size()) ||
      (page.headline >= 0 && page.blocks[static_cast<std::size_t>(page.headline)].heading != 1))
    page.headline = -1;
  return page;
}

std::string title_without_site(std::string_view title) {
  std::string t = collapsed(title);
  // The longest part around a separator is the headline; the site name is the short one.
  for (std::string_view sep : {" | ", " – ", " — ", " - ", " :: ", " · ", " » ", " › ", " ‹ ", " // ", " ~ "}) {
    const auto at = t.rfind(sep);
    if (at == std::string::npos) continue;
    const std::string left = t.substr(0, at), right = t.substr(at + sep.size());
    return code_points(left) >= code_points(right) ? left : right;
  }
  return t;
}

}  // namespace wortblick::html
