// Rule-based German syllable counting: vowel nuclei, diphthongs, and the loan-word endings that split them.
#include "core/text/syllables.h"

#include <string>

#include "core/text/utf8.h"

// The count follows written syllable division (Duden-style: Mu-se-um, Me-di-en, I-ta-li-en),
// with unstressed -ie as two (Fa-mi-li-e, Li-ni-e). It is a rule, not a dictionary; every
// refinement below was kept only if it made the test list (syllables_test.cpp) more right, and
// these are its known misses:
//  - ai/ei/ie read as one nucleus where a loan word or a prefix splits them: Ukraine, Ukrainer
//    (U-kra-i-ne), Koffein, Protein, Atheist, Mosaik, naiv, beinhalten, geimpft, Hygiene,
//    Karriere, Premiere, Italiener, prinzipiell.
//  - unstressed -ie after other letters than -ilie/-inie reads as one: Serie, Studie, Aktie,
//    Materie, Prämie, Komödie (stressed -ie, as in Energie or Demokratie, is far more
//    frequent); their plurals in -ien are right (Serien, Studien, Aktien).
//  - one too many: ie + u in Milieu (Mi-lieu), ee in Teen and Halloween (the -een rule).
//  - -ien inside a word after d before s/t reads as Dienst: Medienstaatsvertrag.
//  - o + u of a compound reads as the loan-word ou: Autounfall (Au-to-un-fall).
//  - English spellings: silent e (Update, Online, Software, Facebook), ea (Team).
//  - abbreviations spelled out letter by letter (CDU) and letters of other scripts.

namespace wortblick::text {
namespace {

// The rule's alphabet: ASCII letters lower-cased, 'A' 'O' 'U' for ä ö ü, 'V' for any other
// vowel with a diacritic and 'C' for any other letter (ß, ç, ñ, other scripts). A marked vowel
// never joins a diphthong: the diaeresis of naïv or Noël says exactly that, and é in Café or
// Coupé ends a French word's vowel run.
struct Range {
  char32_t first;
  char32_t last;
};

constexpr Range kMarkedVowels[] = {
    {0xC0, 0xC3}, {0xC5, 0xC6}, {0xC8, 0xCF}, {0xD2, 0xD5}, {0xD8, 0xDB}, {0xDD, 0xDD},
    {0xE0, 0xE3}, {0xE5, 0xE6}, {0xE8, 0xEF}, {0xF2, 0xF5}, {0xF8, 0xFB}, {0xFD, 0xFD},
    {0xFF, 0xFF}, {0x100, 0x105}, {0x112, 0x11B}, {0x128, 0x131}, {0x14C, 0x153},
    {0x168, 0x173}, {0x176, 0x178},
};

char rule_letter(char32_t cp) {
  if (cp >= 'a' && cp <= 'z') return static_cast<char>(cp);
  if (cp >= 'A' && cp <= 'Z') return static_cast<char>(cp - 'A' + 'a');
  if (!is_word_letter(cp)) return 0;
  if (cp == 0xC4 || cp == 0xE4) return 'A';
  if (cp == 0xD6 || cp == 0xF6) return 'O';
  if (cp == 0xDC || cp == 0xFC) return 'U';
  for (const auto& r : kMarkedVowels) {
    if (cp >= r.first && cp <= r.last) return 'V';
  }
  return 'C';
}

bool vowel_letter(char c) {
  switch (c) {
    case 'a': case 'e': case 'i': case 'o': case 'u': case 'y':
    case 'A': case 'O': case 'U': case 'V':
      return true;
    default:
      return false;
  }
}

// `s` is one run of rule letters (a word, or a part of a hyphenated one).
bool vowel_at(std::string_view s, std::size_t i) {
  const char c = s[i];
  if (!vowel_letter(c)) return false;
  if (c == 'u' && i > 0 && s[i - 1] == 'q') return false;  // Quelle, Qualität
  // A leading y before a vowel is a glide: Yacht, Yoga, YouTube; elsewhere y is i (System, Handy).
  if (c == 'y' && i == 0 && s.size() > 1 && vowel_letter(s[1])) return false;
  return true;
}

bool consonant_at(std::string_view s, std::size_t i) { return i < s.size() && !vowel_at(s, i); }

bool vowel_before(std::string_view s, std::size_t end) {
  for (std::size_t j = 0; j < end; ++j) {
    if (vowel_at(s, j)) return true;
  }
  return false;
}

// Vowel pairs German writes for one nucleus: diphthongs and doubled long vowels, plus ou and oy,
// which German meets only in loan words where they are one sound (Journalist, Tour, Boykott).
bool one_nucleus(char a, char b) {
  switch (a) {
    case 'a': return b == 'i' || b == 'u' || b == 'y' || b == 'a';
    case 'e': return b == 'i' || b == 'u' || b == 'y' || b == 'e';
    case 'i': return b == 'e';
    case 'o': return b == 'o' || b == 'u' || b == 'y';
    case 'A': return b == 'u';
    default: return false;
  }
}

// True when the pair at s[i], s[i+1] (one_nucleus) is read as two syllables in this word.
// Each rule is a written pattern of loan words or prefixes; native words keep the pair.
bool read_apart(std::string_view s, std::size_t i) {
  const char a = s[i];
  const char b = s[i + 1];
  const std::string_view rest = s.substr(i + 2);

  if (a == 'i' && b == 'e') {
    // Latin and Greek -ie after a consonant. "sch" before -ien is the verb form (erschien).
    if (i == 0 || !consonant_at(s, i - 1) || s[i - 1] == 'h') return false;
    const char before = s[i - 1];
    // Unstressed final -ie only after -il/-in (Familie, Linie, Lilie, Petersilie): most final
    // -ie is stressed and one syllable (Energie, Demokratie, Chemie, Harmonie, Poesie).
    if (rest.empty()) return i >= 2 && s[i - 2] == 'i' && (before == 'l' || before == 'n');
    // -ziell, -riell, -tiell are loan: offiziell, finanziell, materiell, partiell. Other letters
    // before -iell are mostly compounds of native -iel (vielleicht, Spielleiter); prinzipiell misses.
    if (rest.size() >= 2 && rest[0] == 'l' && rest[1] == 'l') return before == 'z' || before == 'r' || before == 't';
    if (rest[0] != 'n') return false;
    if (rest.size() == 1) return vowel_before(s, i);  // Italien, Medien, Energien; not Wien, Knien
    const char after = rest[1];
    if (!consonant_at(rest, 1)) return false;         // Bienen, dienen, Schienen
    if (after == 'z') return true;                    // Effizienz, Audienz
    if (after == 't') return before != 'd';           // Patient, Klient, Orient; not dient, verdient
    if (after == 's' && before == 'd' && rest.size() > 2 && rest[2] == 't') return false;  // Dienst
    // Plural -ien before a genitive s or inside a compound: Italiens, Medienberichte,
    // Familienministerin, Ferienwohnung.
    return vowel_before(s, i);
  }
  // Latin and Greek -eum/-äum, also as a compound's first part: Museum, Museumsinsel,
  // Jubiläum; native words with eum (Leumund, Heumarkt) go on otherwise.
  if ((a == 'e' || a == 'A') && b == 'u') {
    if (!rest.empty() && rest[0] == 'm' && (rest.size() == 1 || rest[1] == 's')) return true;
    // The prefixes be-/ge- before ur-/un-: beurteilen, beunruhigt, geurteilt (not Beute, Beule).
    return i == 1 && (s[0] == 'b' || s[0] == 'g') && rest.size() >= 2 && (rest[0] == 'r' || rest[0] == 'n') &&
           consonant_at(rest, 1);
  }
  if (a == 'e' && b == 'e') {
    // Plural -een of -ee and -e words: Ideen, Armeen, Seen, Museen.
    if (rest == "n") return true;
    // be-/ge- before a stem in e: beenden, beerdigen, geehrt; not Beet, Beere(n).
    if (i == 1 && (s[0] == 'b' || s[0] == 'g') && !rest.empty() && consonant_at(rest, 0)) {
      if (rest[0] == 't') return false;
      if (rest[0] == 'r' && rest.size() > 1 && vowel_at(rest, 1)) return false;
      return true;
    }
    return false;
  }
  // ko- before o: Kooperation, koordinieren (Koog, Koop are the short exceptions).
  if (a == 'o' && b == 'o') return i == 1 && s[0] == 'k' && rest.size() >= 3 && consonant_at(rest, 0);
  return false;
}

std::uint32_t run_syllables(std::string_view s) {
  std::uint32_t nuclei = 0;
  for (std::size_t i = 0; i < s.size();) {
    if (!vowel_at(s, i)) {
      ++i;
      continue;
    }
    ++nuclei;
    const bool pair = i + 1 < s.size() && vowel_at(s, i + 1) && one_nucleus(s[i], s[i + 1]) && !read_apart(s, i);
    i += pair ? 2 : 1;
  }
  return nuclei;
}

}  // namespace

bool is_word_letter(char32_t cp) {
  if ((cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z')) return true;
  if (cp < 0xC0 || cp == 0xD7 || cp == 0xF7) return false;
  return cp < 0x2000 || cp > 0x206F;
}

std::uint32_t german_syllables(std::string_view word) {
  std::uint32_t syllables = 0;
  bool letters = false;
  std::string run;  // rule letters of the current run, lower-cased
  for (std::size_t i = 0; i <= word.size();) {
    char c = 0;
    std::size_t length = 1;
    if (i < word.size()) {
      const Decoded d = decode_utf8(word, i);
      length = d.length;
      if (d.valid) c = rule_letter(d.cp);
    }
    if (c != 0) {
      run.push_back(c);
      letters = true;
    } else if (!run.empty()) {
      syllables += run_syllables(run);
      run.clear();
    }
    i += length;
  }
  return syllables == 0 && letters ? 1 : syllables;
}

}  // namespace wortblick::text
