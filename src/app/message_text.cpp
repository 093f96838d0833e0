// The German sentence of every core message (English comes from core, so it exists once).
#include "app/message_text.h"

#include "app/model.h"

#include <cctype>

namespace wortblick::app {
namespace {

const char* german_pattern(Msg code) {
  switch (code) {
    case Msg::QueryOnlyExclusions: return "Nur Ausschlüsse: mindestens ein Suchwort angeben";
    case Msg::QueryTooLong: return "Anfrage zu lang: nur die ersten {0} Zeichen verwendet";
    case Msg::QueryInvalidCharacters: return "Ungültige Zeichen in der Anfrage ignoriert";
    case Msg::QueryParentheses: return "Klammern werden nicht unterstützt und ignoriert";
    case Msg::QueryUnclosedQuote: return "Anführungszeichen nicht geschlossen: Phrase bis zum Ende gelesen";
    case Msg::QueryTooManyTerms: return "Zu viele Suchbegriffe: nur die ersten {0} verwendet";
    case Msg::QueryLoneOperator: return "Operator ohne Wort ignoriert";
    case Msg::QueryOnlyStopwords: return "Nur Stoppwörter: {0} (in Anführungszeichen werden sie gesucht)";
    case Msg::QueryDidYouMean: return "Keine Treffer für „{0}“. Meinten Sie „{1}“?";
    case Msg::QueryNoCategoryLookup: return "Kategorien sind hier nicht verfügbar: „cat:{0}“";
    case Msg::QueryUnknownCategory: return "Keine Kategorie „{0}“";
    case Msg::QueryTooManyExpansions: return "Zu viele passende Wörter: nur die {0} häufigsten gesucht";
    case Msg::QueryNoTagLookup: return "Tags sind hier nicht verfügbar: „tag:{0}“";
    case Msg::QueryUnknownTag: return "Kein Tag „{0}“";
    case Msg::TextTooLarge: return "Text {0} („{1}“) ist größer als 20 MB: nichts hinzugefügt";
    case Msg::TextRenamed: return "„{0}“ heißt jetzt „{1}“";
    case Msg::TextNoText: return "{0}: kein Text gefunden";
    case Msg::TextRepairedBytes: return "{0}: {1} ungültige UTF-8-Bytes durch U+FFFD ersetzt, das erste bei Byte {2}";
    case Msg::TextRenormalized: return "{0}: nach NFC normalisiert (Positionen beziehen sich auf den normalisierten Text)";
    case Msg::TextHtmlFlattened: return "{0}: {1} HTML-Elemente tiefer als {2} Ebenen: ihr Text bleibt, ihre Verschachtelung nicht";
    case Msg::TextCharsetNotUtf8: return "{0}: als UTF-8 ausgewiesen, ist es aber nicht: als windows-1252 gelesen";
    case Msg::TextCharsetIsUtf8: return "{0}: als {1} ausgewiesen, ist aber UTF-8: als UTF-8 gelesen";
    case Msg::TextUnknownCharset:
      return "Text {0} („{1}“): Zeichensatz „{2}“ wird nicht unterstützt (nur UTF-8, ISO-8859-1/-15 und windows-1252): nichts hinzugefügt";
    case Msg::TextBinary: return "Text {0} („{1}“): keine Webseite, sondern eine {2}-Datei: nichts hinzugefügt";
    case Msg::TextNulBytes: return "Text {0} („{1}“): Binärdaten (sie enthalten NUL-Bytes), keine Webseite: nichts hinzugefügt";
    case Msg::TextNotFound: return "Kein hinzugefügter Text „{0}“";
    case Msg::TextIsSeed: return "„{0}“ ist eingebettet und bleibt";
    case Msg::UndoCreateTag: return "Tag „{0}“ anlegen";
    case Msg::UndoRenameTag: return "Tag „{0}“ in „{1}“ umbenennen";
    case Msg::UndoRecolorTag: return "Farbe von Tag „{0}“ ändern";
    case Msg::UndoDeleteTag: return "Tag „{0}“ löschen";
    case Msg::UndoTagArticles: return "{0} Artikel mit „{1}“ taggen";
    case Msg::UndoUntagArticles: return "Tag „{1}“ von {0} Artikel(n) entfernen";
    case Msg::UndoUntagAll: return "Tag „{0}“ von allen Artikeln entfernen";
    case Msg::UndoSetCategory: return "Kategorie „{0}“ festlegen";
    case Msg::UndoRenameCategory: return "Kategorie „{0}“ in „{1}“ umbenennen";
    case Msg::UndoDeleteCategory: return "Kategorie „{0}“ löschen";
    case Msg::UndoReplaceAll: return "alle Tags ersetzen";
    case Msg::UndoMerge: return "Tags zusammenführen";
    case Msg::TagExists: return "Ein Tag „{0}“ gibt es schon";
    case Msg::CategoryExists: return "Eine Kategorie „{0}“ gibt es schon";
    case Msg::NoSuchTag: return "Kein Tag „{0}“";
    case Msg::NoSuchCategory: return "Keine Kategorie „{0}“";
    case Msg::TooManyTags: return "Mehr als {0} Tags";
    case Msg::TooManyCategories: return "Mehr als {0} Kategorien";
    case Msg::TagTooManyArticles: return "Tag „{0}“ hätte mehr als {1} Artikel";
    case Msg::NothingToUndo: return "Nichts rückgängig zu machen";
    case Msg::InvalidText: return "Ungültige Eingabe: {0}";
    case Msg::ScopeNeedsArticle: return "Kein Artikel gewählt";
    case Msg::ScopeUnknownArticle: return "Unbekannter Artikel „{0}“";
    case Msg::ScopeNeedsTag: return "Kein Tag gewählt (erst ein Tag anlegen)";
    case Msg::ScopeUnknownTag: return "Kein Tag „{0}“";
    case Msg::ScopeUnknownCategory: return "Keine Kategorie „{0}“";
    case Msg::ScopeUnknownSearchArticle: return "Unbekannter Artikel „{0}“ in der Suche";
    case Msg::ScopeUnknown: return "Unbekannter Bereich";
    case Msg::ScopeNeedsCategory: return "Keine Kategorie gewählt (erst eine Kategorie anlegen)";
    case Msg::ScopeRestAlone: return "„Rest“ gibt es nur als zweiten Bereich eines Vergleichs";
    case Msg::CategoryNotComparable: return "Kategorien lassen sich nicht vergleichen; verglichen werden Artikel, Tags, Suchen oder das Korpus";
    case Msg::CategoryNotScope: return "Eine Kategorie ist kein Bereich für die Verteilung; als Reihe eintragen";
    case Msg::SeriesCount: return "1 bis {0} Wörter oder Kategorien angeben";
    case Msg::WordHoldsNoWord: return "„{0}“ enthält kein Wort";
    case Msg::LimitNotPositive: return "Die Anzahl muss positiv sein";
    case Msg::NgramLength: return "n muss 2 bis 6 sein";
    case Msg::NgramPosition: return "Die Position muss 0 (beliebig) oder 1 bis n sein";
    case Msg::ValueCount: return "Vorkommen des Wortes";
    case Msg::ValueWords: return "Wörter im Bereich";
    case Msg::ValueCountA: return "Vorkommen in A";
    case Msg::ValueCountB: return "Vorkommen in B";
    case Msg::ValueWordsA: return "Wörter in A";
    case Msg::ValueWordsB: return "Wörter in B";
    case Msg::ValueExpectedA: return "erwartet in A, wenn A und B das Wort gleich oft verwendeten";
    case Msg::ValueExpectedB: return "erwartet in B, wenn A und B das Wort gleich oft verwendeten";
    case Msg::ValueTogether: return "der Kollokator in den Fenstern um das Suchwort";
    case Msg::ValueExpected: return "dort erwartet, wenn die Wörter zufällig verteilt wären";
    case Msg::ValueNodeCount: return "Vorkommen des Suchworts";
    case Msg::ValueCollocateCount: return "Vorkommen des Kollokators";
    case Msg::ValueTokens: return "Wörter im Bereich";
    case Msg::ValueSpan: return "Fenstergröße (Wörter links + rechts)";
    case Msg::ValueArticles: return "Artikel im Bereich";
    case Msg::ValueArticlesWith: return "Artikel mit dem Wort";
    case Msg::ValueTypes: return "verschiedene Wörter (Types)";
    case Msg::ValueSentences: return "Sätze";
    case Msg::ValueLetters: return "Buchstaben";
    case Msg::ValueSyllables: return "Silben";
    case Msg::ValueLongWords: return "Wörter mit mehr als sechs Buchstaben";
    case Msg::ValueHapax: return "Wörter, die nur einmal vorkommen";
    case Msg::ValueChunks: return "volle Abschnitte zu 1.000 Wörtern";
    case Msg::ValueTopWords: return "nötige häufigste Wörter";
    case Msg::ValueChunkTypes: return "verschiedene Wörter in Abschnitt i";
    case Msg::ValueContingency: return "die 2×2-Tafel: in den Fenstern des Knotens oder nicht × der Kollokator oder ein anderes Wort";
    case Msg::ValueShareThreeSyllables: return "% der Wörter mit drei oder mehr Silben";
    case Msg::ValueShareLongWords: return "% der Wörter mit mehr als sechs Buchstaben";
    case Msg::ValueShareOneSyllable: return "% der Wörter mit einer Silbe";
    case Msg::ValueSentenceLength: return "Wörter je Satz";
    case Msg::ValueSyllablesPerWord: return "Silben je Wort";
    case Msg::SaysFrequency: return "„{0}“ kommt {1}-mal in {2} Wörtern vor: {3}-mal je 1.000 Wörter.";
    case Msg::SaysKeynessMore: return "In A ist „{0}“ {1}-mal so häufig wie in B ({2} gegenüber {3} je 1.000 Wörter).";
    case Msg::SaysKeynessLess: return "In A ist „{0}“ {1}-mal seltener als in B ({2} gegenüber {3} je 1.000 Wörter).";
    case Msg::SaysKeynessOnlyA: return "„{0}“ kommt {1}-mal in A und nie in B vor.";
    case Msg::SaysKeynessOnlyB: return "„{0}“ kommt {1}-mal in B und nie in A vor.";
    case Msg::SaysKeynessSame: return "„{0}“ ist in A und B gleich häufig ({1} je 1.000 Wörter).";
    case Msg::SaysDispersion: return "„{0}“ kommt {1}-mal vor, in {2} von {3} Artikeln.";
    case Msg::SaysCollocation: return "„{1}“ steht {2}-mal höchstens {3} Wörter vor oder {4} Wörter nach „{0}“; zufällig wären etwa {5} Vorkommen zu erwarten, es kommt also {6}-mal so oft vor.";
    case Msg::SaysCollocationRare: return "„{1}“ steht {2}-mal höchstens {3} Wörter vor oder {4} Wörter nach „{0}“; zufällig wären etwa {5} Vorkommen zu erwarten, es kommt also seltener als zufällig vor.";
    case Msg::SaysTokens: return "{0} Wörter in {1} Artikeln (Zahlen nicht mitgezählt).";
    case Msg::SaysTypes: return "{0} verschiedene Wörter unter {1} Wörtern („Die“ und „die“ zählen als eines).";
    case Msg::SaysTtr: return "{0} verschiedene unter {1} Wörtern: ein Type-Token-Verhältnis von {2}. Längere Texte haben kleinere Werte, also nur Texte ähnlicher Länge vergleichen.";
    case Msg::SaysSttr: return "Das mittlere Type-Token-Verhältnis von {1} Abschnitten zu 1.000 Wörtern ist {0}: vergleichbar zwischen Texten jeder Länge.";
    case Msg::SaysSttrShort: return "Nur {0} Wörter, weniger als ein Abschnitt von 1.000: das ist das einfache Type-Token-Verhältnis.";
    case Msg::SaysHapax: return "{0} von {1} verschiedenen Wörtern kommen nur einmal vor ({2} %).";
    case Msg::SaysWordLength: return "Wörter haben im Mittel {0} Buchstaben.";
    case Msg::SaysSentenceLength: return "Sätze haben im Mittel {0} Wörter ({1} Sätze).";
    case Msg::SaysFleschVeryEasy: return "Flesch (Amstad) {0}: sehr leicht lesbar (90–100).";
    case Msg::SaysFleschEasy: return "Flesch (Amstad) {0}: leicht lesbar (80–90).";
    case Msg::SaysFleschFairlyEasy: return "Flesch (Amstad) {0}: eher leicht lesbar (70–80).";
    case Msg::SaysFleschMedium: return "Flesch (Amstad) {0}: mittelschwer (60–70).";
    case Msg::SaysFleschFairlyHard: return "Flesch (Amstad) {0}: eher schwer lesbar (50–60).";
    case Msg::SaysFleschHard: return "Flesch (Amstad) {0}: schwer lesbar (30–50).";
    case Msg::SaysFleschVeryHard: return "Flesch (Amstad) {0}: sehr schwer lesbar (unter 30).";
    case Msg::SaysWstf1: return "Wiener Sachtextformel {0}: etwa die Schulstufe, die ein Leser braucht (4 sehr leicht, 15 sehr schwer).";
    case Msg::SaysLix: return "LIX {0}: unter 40 leicht, 40–50 mittel (Zeitungen), 50–60 schwer (Sachtexte), über 60 sehr schwer.";
    case Msg::SaysCoverage: return "Die {0} häufigsten Wörter machen {1} % aller {2} Wörter aus.";
    case Msg::SaysNoText: return "Hier stehen keine Wörter, es gibt nichts zu berechnen.";
  }
  return "?";
}

}  // namespace

std::string message_text(const Message& m, Lang lang) {
  return lang == Lang::En ? english(m) : fill(german_pattern(m.code), m.args);
}

std::string localized_numbers(std::string text, Lang lang) {
  if (lang != Lang::De) return text;
  for (std::size_t i = 1; i + 1 < text.size(); ++i) {
    if (text[i] == '.' && std::isdigit(static_cast<unsigned char>(text[i - 1])) &&
        std::isdigit(static_cast<unsigned char>(text[i + 1])))
      text[i] = ',';
  }
  return text;
}

std::string message_text_with_numbers(Message m, Lang lang) {
  for (auto& arg : m.args) arg = localized_numbers(std::move(arg), lang);
  return message_text(m, lang);
}

std::string notice_detail(const Notice& n, Lang lang) {
  if (!n.message) return n.detail;
  const std::string text = message_text(*n.message, lang);
  return n.detail.empty() ? text : n.detail + ": " + text;
}

}  // namespace wortblick::app
