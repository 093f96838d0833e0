// Recognising page chrome by cue phrases: general German (and common English) web vocabulary.
#pragma once

#include <string_view>

#include "core/corpus/page_blocks.h"

namespace wortblick {

// Reasons a block is boilerplate; string literals, so views of them never dangle.
namespace reason {
inline constexpr std::string_view navigation = "navigation";
inline constexpr std::string_view byline = "byline";
inline constexpr std::string_view source = "source";
inline constexpr std::string_view related = "related";
inline constexpr std::string_view comment_form = "comment-form";
inline constexpr std::string_view comment_header = "comment-header";
inline constexpr std::string_view cookie = "cookie";
inline constexpr std::string_view url = "url";
inline constexpr std::string_view link = "link";
inline constexpr std::string_view date = "date";
inline constexpr std::string_view author = "author";
inline constexpr std::string_view copyright = "copyright";
inline constexpr std::string_view teaser = "teaser";
inline constexpr std::string_view duplicate_title = "duplicate-title";
inline constexpr std::string_view breadcrumb = "breadcrumb";
inline constexpr std::string_view short_text = "short";      // jusText: short among boilerplate
inline constexpr std::string_view low_text = "low-text";     // jusText: too few stop words
inline constexpr std::string_view outside = "outside-text";  // text far from the article's own
}  // namespace reason

// The chrome a block is by its wording alone, or an empty view. Cues are matched on the
// block's folded phrase (page_blocks.h), so spelling variants ("Menü"/"Menue") agree, and only
// on short blocks or whole lines, so an article sentence that mentions cookies stays text.
std::string_view chrome_cue(const PageBlock& block, std::string_view line);

// Buttons that close a cookie banner ("Accept", "Alle akzeptieren"): chrome only next to one.
bool is_consent_button(const PageBlock& block);

// A heading that opens an author box ("Über den Autor"); the box's next block is chrome too.
bool is_author_box_heading(const PageBlock& block);

// Section names that precede headlines as a kicker ("Wirtschaft Unternehmen sollen …").
bool is_section_name(std::string_view key);

}  // namespace wortblick
