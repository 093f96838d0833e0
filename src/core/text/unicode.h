// Unicode character properties core needs: general category, lower-casing, full case folding.
#pragma once

#include <cstddef>
#include <cstdint>

namespace wortblick::text {

// The general categories, numbered as utf8proc numbers them (Cn is 0: unassigned).
enum class Category : std::uint8_t {
  Cn, Lu, Ll, Lt, Lm, Lo, Mn, Mc, Me, Nd, Nl, No, Pc, Pd, Ps, Pe, Pi, Pf, Po, Sm, Sc, Sk, So, Zs, Zl, Zp, Cc, Cf, Cs, Co,
};

// Values above U+10FFFF are unassigned (Cn) and map to themselves.
Category category(char32_t cp);
std::uint8_t combining_class(char32_t cp);

// Simple lower-case mapping (one code point): ẞ lowers to ß, not to "ss".
char32_t to_lower(char32_t cp);

// Full case folding (Unicode CaseFolding.txt, C+F): writes one to three code points into `out`
// and returns how many. "ß" folds to "ss", "ﬁ" to "fi".
std::size_t case_fold(char32_t cp, char32_t (&out)[3]);

}  // namespace wortblick::text
