// German syllable counting: the rules on the words they target, and accuracy on real news words.
#include "core/text/syllables.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <iostream>
#include <span>
#include <string>
#include <string_view>

namespace wortblick::text {
namespace {

struct Word {
  std::string_view word;
  std::uint32_t syllables;  // from the word's syllable division, written down before running the rule
};

// Words of German news texts, counted from their Duden-style syllable division (shown after
// each count), with unstressed -ie/-ien as two syllables (Fa-mi-li-e, Me-di-en). Established
// loan words (Museum, Theater, Video, Journalist, Karriere) are German words here and count
// in the accuracy; English spellings are in kEnglishLoans below and do not.
constexpr Word kNewsWords[] = {
    // Everyday words.
    {"und", 1}, {"die", 1}, {"sie", 1}, {"wie", 1}, {"sein", 1}, {"haben", 2},  // ha-ben
    {"werden", 2}, {"können", 2}, {"zwischen", 2}, {"Jahr", 1}, {"Haus", 1},
    {"Menschen", 2},    // Men-schen
    {"Kinder", 2},      // Kin-der
    {"über", 2},        // ü-ber
    {"Bürger", 2},      // Bür-ger
    {"Straße", 2},      // Stra-ße
    {"Zeitung", 2},     // Zei-tung
    {"Feuer", 2},       // Feu-er
    {"teuer", 2},       // teu-er
    {"Abenteuer", 4},   // A-ben-teu-er
    {"Äußerung", 3},    // Äu-ße-rung
    {"Häuser", 2},      // Häu-ser
    {"Gebäude", 3},     // Ge-bäu-de
    {"neue", 2},        // neu-e
    {"freie", 2},       // frei-e
    {"bauen", 2},       // bau-en
    {"Bayern", 2},      // Bay-ern
    {"Neuigkeit", 3},   // Neu-ig-keit
    {"Freundinnen", 3}, // Freun-din-nen
    {"Qualität", 3},    // Qua-li-tät
    {"Quelle", 2},      // Quel-le
    {"Konsequenz", 3},  // Kon-se-quenz
    {"Aquarium", 4},    // A-qua-ri-um
    {"Bier", 1}, {"Knie", 1}, {"Wien", 1}, {"Staat", 1}, {"Boot", 1}, {"Schnee", 1},
    {"Kaffee", 2},      // Kaf-fee
    {"Idee", 2},        // I-dee
    {"Ideen", 3},       // I-de-en
    {"Seen", 2},        // Se-en
    {"Beere", 2},       // Bee-re
    {"Polizei", 3},     // Po-li-zei
    {"Polizeieinsatz", 5},  // Po-li-zei-ein-satz
    {"Plattform", 2},   // Platt-form
    {"Verantwortung", 4},   // Ver-ant-wor-tung
    {"Öffentlichkeit", 4},  // Öf-fent-lich-keit
    {"Arbeitsplätze", 4},   // Ar-beits-plät-ze
    {"Dienstag", 2},    // Diens-tag
    {"verdient", 2},    // ver-dient
    {"Anbieter", 3},    // An-bie-ter
    {"Betreiber", 3},   // Be-trei-ber
    {"Teilnehmer", 3},  // Teil-neh-mer
    {"Mitarbeiter", 4}, // Mit-ar-bei-ter
    {"Schülerinnen", 4},    // Schü-le-rin-nen
    {"Wissenschaftlerinnen", 6},  // Wis-sen-schaft-le-rin-nen
    {"beeindruckend", 4},   // be-ein-dru-ckend
    {"Europa", 3},      // Eu-ro-pa
    {"Europäische", 5}, // Eu-ro-pä-i-sche
    {"Israel", 3},      // Is-ra-el
    {"Chaos", 2},       // Cha-os
    {"Oase", 3},        // O-a-se
    {"Pinguin", 3},     // Pin-gu-in
    // Politics, privacy and messengers.
    {"Regierung", 3},        // Re-gie-rung
    {"Bundesregierung", 5},  // Bun-des-re-gie-rung
    {"Bundesamt", 3},        // Bun-des-amt
    {"Bundestag", 3},        // Bun-des-tag
    {"Bundesverfassungsgericht", 7},  // Bun-des-ver-fas-sungs-ge-richt
    {"Abgeordnete", 5},      // Ab-ge-ord-ne-te
    {"Ministerium", 5},      // Mi-nis-te-ri-um
    {"Gesundheitsministerium", 8},  // Ge-sund-heits-mi-nis-te-ri-um
    {"Koalition", 5},        // Ko-a-li-ti-on
    {"Kooperation", 6},      // Ko-o-pe-ra-ti-on
    {"Situation", 5},        // Si-tu-a-ti-on
    {"Reaktion", 4},         // Re-ak-ti-on
    {"Millionen", 4},        // Mil-li-o-nen
    {"Milliarden", 4},       // Mil-li-ar-den
    {"Kriminalität", 5},     // Kri-mi-na-li-tät
    {"Universität", 5},      // U-ni-ver-si-tät
    {"Unternehmen", 4},      // Un-ter-neh-men
    {"Datenschutz", 3},      // Da-ten-schutz
    {"Datenschutzbeauftragte", 7},      // Da-ten-schutz-be-auf-trag-te
    {"Datenschutzgrundverordnung", 7},  // Da-ten-schutz-grund-ver-ord-nung
    {"Verschlüsselung", 4},  // Ver-schlüs-se-lung
    {"Ende-zu-Ende-Verschlüsselung", 9},  // En-de-zu-En-de-Ver-schlüs-se-lung
    {"Nachrichten", 3},      // Nach-rich-ten
    {"Sprachnachrichten", 4},  // Sprach-nach-rich-ten
    {"Alternative", 5},      // Al-ter-na-ti-ve
    {"Sicherheitslücke", 5}, // Si-cher-heits-lü-cke
    {"Informationen", 6},    // In-for-ma-ti-o-nen
    {"Informationstechnik", 7},  // In-for-ma-ti-ons-tech-nik
    {"Zwei-Faktor-Authentifizierung", 9},  // Zwei-Fak-tor-Au-then-ti-fi-zie-rung
    {"Überwachung", 4},      // Ü-ber-wa-chung
    {"Chatkontrolle", 4},    // Chat-kon-trol-le
    {"Kommunikation", 6},    // Kom-mu-ni-ka-ti-on
    {"Verbraucherschützer", 5},  // Ver-brau-cher-schüt-zer
    {"Geheimdienst", 3},     // Ge-heim-dienst
    {"Messengerdienst", 4},  // Mes-sen-ger-dienst
    {"Algorithmus", 4},      // Al-go-rith-mus
    {"Orientierung", 5},     // O-ri-en-tie-rung
    {"beenden", 3},          // be-en-den
    {"Beerdigung", 4},       // Be-er-di-gung
    {"beurteilen", 4},       // be-ur-tei-len
    {"geimpft", 2},          // ge-impft
    {"beinhaltet", 4},       // be-in-hal-tet
    {"Ukraine", 4},          // U-kra-i-ne
    // Established loan words.
    {"Video", 3},            // Vi-de-o
    {"Radio", 3},            // Ra-di-o
    {"Museum", 3},           // Mu-se-um
    {"Museen", 3},           // Mu-se-en
    {"Jubiläum", 4},         // Ju-bi-lä-um
    {"Theater", 3},          // The-a-ter
    {"Poesie", 3},           // Po-e-sie
    {"Familie", 4},          // Fa-mi-li-e
    {"Familien", 4},         // Fa-mi-li-en
    {"Linie", 3},            // Li-ni-e
    {"Serie", 3},            // Se-ri-e
    {"Italien", 4},          // I-ta-li-en
    {"Medien", 3},           // Me-di-en
    {"Medienberichten", 6},  // Me-di-en-be-rich-ten
    {"Energie", 3},          // E-ner-gie
    {"Energien", 4},         // E-ner-gi-en
    {"Demokratie", 4},       // De-mo-kra-tie
    {"Strategie", 3},        // Stra-te-gie
    {"Technologie", 4},      // Tech-no-lo-gie
    {"Psychologie", 4},      // Psy-cho-lo-gie
    {"Industrie", 3},        // In-dus-trie
    {"Patienten", 4},        // Pa-ti-en-ten
    {"offiziell", 4},        // of-fi-zi-ell
    {"Effizienz", 4},        // Ef-fi-zi-enz
    {"Hygiene", 4},          // Hy-gi-e-ne
    {"Karriere", 4},         // Kar-ri-e-re
    {"Journalisten", 4},     // Jour-na-lis-ten
    {"Tourismus", 3},        // Tou-ris-mus
    {"Souveränität", 5},     // Sou-ve-rä-ni-tät
    {"Boykott", 2},          // Boy-kott
    {"System", 2},           // Sys-tem
    {"Handy", 2},            // Han-dy
    {"Yoga", 2},             // Yo-ga
    {"Café", 2},             // Ca-fé
    // Written down after the rules were set, as a check on them; only the -iell rule was
    // narrowed afterwards (it had split vielleicht).
    {"Ermittlungen", 4},  // Er-mitt-lun-gen
    {"Staatsanwaltschaft", 4},  // Staats-an-walt-schaft
    {"Gericht", 2},  // Ge-richt
    {"Urteil", 2},  // Ur-teil
    {"Klage", 2},  // Kla-ge
    {"Opposition", 5},  // Op-po-si-ti-on
    {"Parteien", 3},  // Par-tei-en
    {"Wahlkampf", 2},  // Wahl-kampf
    {"Kanzler", 2},  // Kanz-ler
    {"Ministerin", 4},  // Mi-nis-te-rin
    {"Präsidentin", 4},  // Prä-si-den-tin
    {"Aktivisten", 4},  // Ak-ti-vis-ten
    {"Demonstration", 5},  // De-mon-stra-ti-on
    {"Klimawandel", 4},  // Kli-ma-wan-del
    {"Erneuerbare", 5},  // Er-neu-er-ba-re
    {"Heizung", 2},  // Hei-zung
    {"Wärmepumpe", 4},  // Wär-me-pum-pe
    {"Inflation", 4},  // In-fla-ti-on
    {"Preise", 2},  // Prei-se
    {"Lebensmittel", 4},  // Le-bens-mit-tel
    {"Mieten", 2},  // Mie-ten
    {"Wohnungen", 3},  // Woh-nun-gen
    {"Gesellschaft", 3},  // Ge-sell-schaft
    {"Bevölkerung", 4},  // Be-völ-ke-rung
    {"Studie", 3},  // Stu-di-e
    {"Umfrage", 3},  // Um-fra-ge
    {"Ergebnis", 3},  // Er-geb-nis
    {"Experten", 3},  // Ex-per-ten
    {"Wissenschaftler", 4},  // Wis-sen-schaft-ler
    {"Forscherinnen", 4},  // For-sche-rin-nen
    {"Krankenhaus", 3},  // Kran-ken-haus
    {"Pflegekräfte", 4},  // Pfle-ge-kräf-te
    {"Impfung", 2},  // Imp-fung
    {"Pandemie", 3},  // Pan-de-mie
    {"Virus", 2},  // Vi-rus
    {"Viren", 2},  // Vi-ren
    {"Infektionen", 5},  // In-fek-ti-o-nen
    {"Sicherheit", 3},  // Si-cher-heit
    {"Angriff", 2},  // An-griff
    {"Cyberangriff", 4},  // Cy-ber-an-griff
    {"Hackerangriff", 4},  // Ha-cker-an-griff
    {"Passwort", 2},  // Pass-wort
    {"Passwörter", 3},  // Pass-wör-ter
    {"Daten", 2},  // Da-ten
    {"Nutzer", 2},  // Nut-zer
    {"Nutzerinnen", 4},  // Nut-ze-rin-nen
    {"Verbraucherzentrale", 6},  // Ver-brau-cher-zen-tra-le
    {"Gesetz", 2},  // Ge-setz
    {"Richtlinie", 4},  // Richt-li-ni-e
    {"Verordnung", 3},  // Ver-ord-nung
    {"Behörde", 3},  // Be-hör-de
    {"Behörden", 3},  // Be-hör-den
    {"Bußgeld", 2},  // Buß-geld
    {"Strafe", 2},  // Stra-fe
    {"Millionenstrafe", 6},  // Mil-li-o-nen-stra-fe
    {"Konzern", 2},  // Kon-zern
    {"Konzerne", 3},  // Kon-zer-ne
    {"Aktie", 3},  // Ak-ti-e
    {"Aktien", 3},  // Ak-ti-en
    {"Börse", 2},  // Bör-se
    {"Anleger", 3},  // An-le-ger
    {"Investoren", 4},  // In-ves-to-ren
    {"Milliardär", 4},  // Mil-li-ar-där
    {"Chef", 1},
    {"Vorstand", 2},  // Vor-stand
    {"Aufsichtsrat", 3},  // Auf-sichts-rat
    {"Geschäftsführer", 4},  // Ge-schäfts-füh-rer
    {"Mitglieder", 3},  // Mit-glie-der
    {"Verein", 2},  // Ver-ein
    {"Feuerwehr", 3},  // Feu-er-wehr
    {"Einsatz", 2},  // Ein-satz
    {"Unfall", 2},  // Un-fall
    {"Verletzte", 3},  // Ver-letz-te
    {"Zeugen", 2},  // Zeu-gen
    {"Polizisten", 4},  // Po-li-zis-ten
    {"Täter", 2},  // Tä-ter
    {"Opfer", 2},  // Op-fer
    {"Prozess", 2},  // Pro-zess
    {"Haft", 1},
    {"Russland", 2},  // Russ-land
    {"Deutschland", 2},  // Deutsch-land
    {"Frankreich", 2},  // Frank-reich
    {"Österreich", 3},  // Ös-ter-reich
    {"Schweiz", 1},
    {"China", 2},  // Chi-na
    {"Asien", 3},  // A-si-en
    {"Australien", 4},  // Aus-tra-li-en
    {"Brasilien", 4},  // Bra-si-li-en
    {"Indien", 3},  // In-di-en
    {"Belgien", 3},  // Bel-gi-en
    {"Spanien", 3},  // Spa-ni-en
    {"Kroatien", 4},  // Kro-a-ti-en
    {"Bosnien", 3},  // Bos-ni-en
    {"Libyen", 3},  // Li-by-en
    {"Syrien", 3},  // Sy-ri-en
    {"Iran", 2},  // I-ran
    {"Europäer", 4},  // Eu-ro-pä-er
    {"Amerikaner", 5},  // A-me-ri-ka-ner
    {"Ukrainer", 4},  // U-kra-i-ner
    {"Selenskyj", 3},  // Se-lens-kyj
    {"Putin", 2},  // Pu-tin
    {"Scholz", 1},
    {"Habeck", 2},  // Ha-beck
    {"Lindner", 2},  // Lind-ner
    {"Söder", 2},  // Sö-der
    {"vielleicht", 2},  // viel-leicht
    {"bereits", 2},  // be-reits
    {"jedoch", 2},  // je-doch
    {"außerdem", 3},  // au-ßer-dem
    {"allerdings", 3},  // al-ler-dings
    {"sowie", 2},  // so-wie
    {"deshalb", 2},  // des-halb
    {"wieder", 2},  // wie-der
    {"seien", 2},  // sei-en
    {"schreien", 2},  // schrei-en
    {"Reihe", 2},  // Rei-he
    {"geschieht", 2},  // ge-schieht
    {"siebzehn", 2},  // sieb-zehn
    {"Viertel", 2},  // Vier-tel
    {"ziemlich", 2},  // ziem-lich
    {"Spielerinnen", 4},  // Spie-le-rin-nen
    {"Zuschauer", 3},  // Zu-schau-er
    {"Mannschaft", 2},  // Mann-schaft
    {"Trainer", 2},  // Trai-ner
    {"Weltmeisterschaft", 4},  // Welt-meis-ter-schaft
    {"Olympia", 4},  // O-lym-pi-a
    {"Stadion", 3},  // Sta-di-on
    {"Saison", 2},  // Sai-son
    {"Tennis", 2},  // Ten-nis
    {"Spielleiter", 3},  // Spiel-lei-ter
};

// English spellings the rule cannot read (silent e, ea): counted from their German
// pronunciation and reported apart, not in the accuracy above.
constexpr Word kEnglishLoans[] = {
    {"Whatsapp", 2},    // Whats-app
    {"Facebook", 2},    // Face-book: the rule reads Fa-ce-book, 3
    {"Google", 2},      // Goo-gle
    {"Signal", 2},      // Sig-nal
    {"Telegram", 3},    // Te-le-gram
    {"Threema", 2},     // Three-ma
    {"Instagram", 3},   // In-sta-gram
    {"Messenger", 3},   // Mes-sen-ger
    {"Chat", 1}, {"App", 1}, {"Spam", 1},
    {"Apple", 2},       // Ap-ple
    {"Computer", 3},    // Com-pu-ter
    {"Internet", 3},    // In-ter-net
    {"Cloud", 1},
    {"Account", 2},     // Ac-count
    {"Browser", 2},     // Brow-ser
    {"Newsletter", 3},  // News-let-ter
    {"Podcast", 2},     // Pod-cast
    {"Lockdown", 2},    // Lock-down
    {"Cookie", 2},      // Coo-kie
    {"Hacker", 2},      // Ha-cker
    {"Server", 2},      // Ser-ver
    {"Microsoft", 3},   // Mi-cro-soft
    {"Tiktok", 2},      // Tik-tok
    {"Phishing", 2},    // Phi-shing
    {"Update", 2},      // Up-date
    {"Online", 2},      // On-line
    {"Smartphone", 2},  // Smart-phone
    {"Software", 2},    // Soft-ware
    {"YouTube", 2},     // You-tube
    {"iPhone", 2},      // i-Phone
    {"Homeoffice", 3},  // Home-of-fice
    {"Team", 1},
    {"Service", 2},     // Ser-vice
};

// Share of words counted right; prints the misses so a change of the rule shows what it moved.
double accuracy(std::span<const Word> words, std::string_view name) {
  std::size_t right = 0;
  for (const auto& w : words) {
    const auto got = german_syllables(w.word);
    if (got == w.syllables) {
      ++right;
    } else {
      std::cout << "[ " << name << " ] miss: " << w.word << " is " << w.syllables << ", rule says " << got << "\n";
    }
  }
  const double share = static_cast<double>(right) / static_cast<double>(words.size());
  std::cout << "[ " << name << " ] " << right << " of " << words.size() << " right (" << 100.0 * share << " %)\n";
  return share;
}

TEST(GermanSyllables, VowelGroupsAndDigraphs) {
  EXPECT_EQ(german_syllables("Haus"), 1u);
  EXPECT_EQ(german_syllables("Zeitung"), 2u);    // ei
  EXPECT_EQ(german_syllables("Mai"), 1u);        // ai
  EXPECT_EQ(german_syllables("Feuer"), 2u);      // eu before e
  EXPECT_EQ(german_syllables("Gebäude"), 3u);    // äu
  EXPECT_EQ(german_syllables("Spiegel"), 2u);    // ie
  EXPECT_EQ(german_syllables("Meyer"), 2u);      // ey
  EXPECT_EQ(german_syllables("Bayern"), 2u);     // ay
  EXPECT_EQ(german_syllables("Staat"), 1u);      // aa
  EXPECT_EQ(german_syllables("Kaffee"), 2u);     // ee
  EXPECT_EQ(german_syllables("Boot"), 1u);       // oo
  EXPECT_EQ(german_syllables("Theater"), 3u);    // ea is no digraph
  EXPECT_EQ(german_syllables("Video"), 3u);      // nor eo
  EXPECT_EQ(german_syllables("Poesie"), 3u);     // nor oe
  EXPECT_EQ(german_syllables("Europäische"), 5u);  // nor äi
  EXPECT_EQ(german_syllables("Abenteuer"), 4u);
  EXPECT_EQ(german_syllables("beeindruckend"), 4u);
  EXPECT_EQ(german_syllables("Polizeieinsatz"), 5u);
}

TEST(GermanSyllables, QuUmlautsAndCase) {
  EXPECT_EQ(german_syllables("Quelle"), 2u);
  EXPECT_EQ(german_syllables("Qualität"), 3u);
  EXPECT_EQ(german_syllables("QUALITÄT"), 3u);
  EXPECT_EQ(german_syllables("über"), 2u);
  EXPECT_EQ(german_syllables("ÜBER"), 2u);
  EXPECT_EQ(german_syllables("Äußerung"), 3u);
  EXPECT_EQ(german_syllables("ÄUSSERUNG"), 3u);
  EXPECT_EQ(german_syllables("Öffentlichkeit"), 4u);
  EXPECT_EQ(german_syllables("Straße"), 2u);
  EXPECT_EQ(german_syllables("STRAẞE"), 2u);  // capital sharp s is a consonant letter
  EXPECT_EQ(german_syllables("Café"), 2u);
  EXPECT_EQ(german_syllables("CAFÉ"), 2u);
  EXPECT_EQ(german_syllables("naïv"), 2u);    // the diaeresis keeps a and i apart
  EXPECT_EQ(german_syllables("Noël"), 2u);
  EXPECT_EQ(german_syllables("Yoga"), 2u);    // leading y before a vowel is a consonant
  EXPECT_EQ(german_syllables("System"), 2u);  // y elsewhere is a vowel
}

TEST(GermanSyllables, LoanWordEndingsSplitDigraphs) {
  EXPECT_EQ(german_syllables("Familie"), 4u);
  EXPECT_EQ(german_syllables("Linie"), 3u);
  EXPECT_EQ(german_syllables("Italien"), 4u);
  EXPECT_EQ(german_syllables("Italiens"), 4u);
  EXPECT_EQ(german_syllables("Medienberichten"), 6u);
  EXPECT_EQ(german_syllables("Energien"), 4u);
  EXPECT_EQ(german_syllables("Patienten"), 4u);
  EXPECT_EQ(german_syllables("Klient"), 2u);
  EXPECT_EQ(german_syllables("Effizienz"), 4u);
  EXPECT_EQ(german_syllables("offiziell"), 4u);
  EXPECT_EQ(german_syllables("materiell"), 4u);  // ma-te-ri-ell
  EXPECT_EQ(german_syllables("Museum"), 3u);
  EXPECT_EQ(german_syllables("Museumsinsel"), 5u);  // Mu-se-ums-in-sel
  EXPECT_EQ(german_syllables("Jubiläum"), 4u);
  EXPECT_EQ(german_syllables("Ideen"), 3u);
  EXPECT_EQ(german_syllables("Museen"), 3u);
  // Native words with the same letters keep the digraph.
  EXPECT_EQ(german_syllables("Bier"), 1u);
  EXPECT_EQ(german_syllables("Knie"), 1u);
  EXPECT_EQ(german_syllables("Wien"), 1u);
  EXPECT_EQ(german_syllables("Energie"), 3u);
  EXPECT_EQ(german_syllables("Demokratie"), 4u);
  EXPECT_EQ(german_syllables("Dienst"), 1u);
  EXPECT_EQ(german_syllables("Geheimdienst"), 3u);
  EXPECT_EQ(german_syllables("verdient"), 2u);
  EXPECT_EQ(german_syllables("erschien"), 2u);
  EXPECT_EQ(german_syllables("Bienen"), 2u);
  EXPECT_EQ(german_syllables("Leumund"), 2u);
  EXPECT_EQ(german_syllables("vielleicht"), 2u);
  EXPECT_EQ(german_syllables("Schnee"), 1u);
}

TEST(GermanSyllables, PrefixesAndLoanDigraphs) {
  EXPECT_EQ(german_syllables("beenden"), 3u);
  EXPECT_EQ(german_syllables("geehrte"), 3u);
  EXPECT_EQ(german_syllables("Beerdigung"), 4u);
  EXPECT_EQ(german_syllables("Beere"), 2u);
  EXPECT_EQ(german_syllables("Beet"), 1u);
  EXPECT_EQ(german_syllables("beurteilen"), 4u);
  EXPECT_EQ(german_syllables("Beute"), 2u);
  EXPECT_EQ(german_syllables("Kooperation"), 6u);
  EXPECT_EQ(german_syllables("koordiniert"), 4u);
  EXPECT_EQ(german_syllables("Journalist"), 3u);
  EXPECT_EQ(german_syllables("Tour"), 1u);
  EXPECT_EQ(german_syllables("Boykott"), 2u);
  EXPECT_EQ(german_syllables("Loyalität"), 4u);  // Loy-a-li-tät
}

TEST(GermanSyllables, NonLettersCountNothing) {
  EXPECT_EQ(german_syllables(""), 0u);
  EXPECT_EQ(german_syllables("2024"), 0u);
  EXPECT_EQ(german_syllables("-"), 0u);
  EXPECT_EQ(german_syllables("\xff\xfe"), 0u);  // invalid bytes are no letters
  EXPECT_EQ(german_syllables("SPD"), 1u);       // letters without a vowel
  EXPECT_EQ(german_syllables("Pst"), 1u);
  EXPECT_EQ(german_syllables("G7-Gipfel"), 2u);  // "G" adds nothing once the word has a vowel
  EXPECT_EQ(german_syllables("Whatsapp-Alternative"), 7u);
  EXPECT_EQ(german_syllables("E-Mail"), 2u);
  // A vowel run stops at a hyphen: See-E-le-fant, not a pair "ee" across it.
  EXPECT_EQ(german_syllables("See-Elefant"), 4u);
  EXPECT_EQ(german_syllables("Auto-Unfall"), 4u);
  EXPECT_EQ(german_syllables("Ende\xe2\x80\x91zu\xe2\x80\x91" "Ende"), 5u);  // non-breaking hyphens U+2011
  EXPECT_EQ(german_syllables("Web3"), 1u);
  EXPECT_EQ(german_syllables("Familien-Urlaub"), 6u);  // -ien ends its part
}

TEST(GermanSyllables, WordLetters) {
  EXPECT_TRUE(is_word_letter(U'a'));
  EXPECT_TRUE(is_word_letter(U'Z'));
  EXPECT_TRUE(is_word_letter(U'ß'));
  EXPECT_TRUE(is_word_letter(U'ẞ'));
  EXPECT_TRUE(is_word_letter(U'é'));
  EXPECT_TRUE(is_word_letter(U'À'));
  EXPECT_FALSE(is_word_letter(U'7'));
  EXPECT_FALSE(is_word_letter(U'-'));
  EXPECT_FALSE(is_word_letter(U'\u00AD'));  // soft hyphen
  EXPECT_FALSE(is_word_letter(U'×'));
  EXPECT_FALSE(is_word_letter(U'÷'));
  EXPECT_FALSE(is_word_letter(U'\u2010'));  // hyphen
  EXPECT_FALSE(is_word_letter(U'\u2013'));  // en dash
  EXPECT_FALSE(is_word_letter(U'\u201E'));  // „
}

TEST(GermanSyllables, AccuracyOnNewsWords) {
  static_assert(std::size(kNewsWords) >= 80);
  // The known misses are in syllables.cpp; a rule change that loses more than 5 % fails here.
  EXPECT_GE(accuracy(kNewsWords, "news words"), 0.95);
}

TEST(GermanSyllables, EnglishLoanWordsReportedApart) {
  // Silent e and ea are beyond a German rule (Facebook, Update, Smartphone, Team); the
  // floor only guards the ones it reads right, such as Whatsapp, Signal and Telegram.
  EXPECT_GE(accuracy(kEnglishLoans, "English loans"), 0.6);
  EXPECT_EQ(german_syllables("Whatsapp"), 2u);
  EXPECT_EQ(german_syllables("WhatsApp"), 2u);
  EXPECT_EQ(german_syllables("Signal"), 2u);
  EXPECT_EQ(german_syllables("Telegram"), 3u);
  EXPECT_EQ(german_syllables("Threema"), 2u);
}

}  // namespace
}  // namespace wortblick::text
