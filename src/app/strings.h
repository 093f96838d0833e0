// UI strings in German and English; the language comes from the model (browser language by default).
#pragma once

namespace wortblick::app {

enum class Lang { De, En };

struct Text {
  const char* de;
  const char* en;
  const char* operator()(Lang lang) const { return lang == Lang::En ? en : de; }
};

namespace str {
inline constexpr Text kArticles{"Artikel", "Articles"};
inline constexpr Text kWords{"Wörter", "Words"};
inline constexpr Text kSourceFiles{"Quelldateien", "source files"};
inline constexpr Text kNoArticle{"Kein Artikel ausgewählt.", "No article selected."};
inline constexpr Text kDisplay{"Anzeige", "Display"};
inline constexpr Text kTheme{"Farbschema", "Theme"};
inline constexpr Text kLight{"Hell", "Light"};
inline constexpr Text kDark{"Dunkel", "Dark"};
inline constexpr Text kProjector{"Beamer-Modus (P)", "Projector mode (P)"};
inline constexpr Text kUiScale{"Schriftgröße (Strg +/-)", "Text size (Ctrl +/-)"};
inline constexpr Text kLanguage{"Sprache", "Language"};
inline constexpr Text kShowBoilerplate{"Seitenreste zeigen", "Show page chrome"};
inline constexpr Text kComments{"Leserkommentare", "Reader comments"};
inline constexpr Text kBoilerplateHint{"Seitenrest (nicht gezählt)", "Page chrome (not counted)"};
inline constexpr Text kStorageUnavailable{
    "Der Browser-Speicher ist nicht verfügbar: Tags gelten nur für diese Sitzung. Exportieren sichert sie.",
    "Browser storage is unavailable: tags last for this session only. Export them to keep them."};
inline constexpr Text kTagsLoadWarning{"Gespeicherte Tags:", "Saved tags:"};
inline constexpr Text kTagsUnreadableBackedUp{
    "Gespeicherte Tags waren nicht lesbar. Es geht leer weiter; die alten Daten sind gesichert:",
    "Saved tags could not be read. Starting clean; the old data is kept as a backup:"};
inline constexpr Text kTagsUnreadableKept{
    "Gespeicherte Tags waren nicht lesbar und bleiben unverändert im Speicher; neue Tags gelten nur für diese Sitzung:",
    "Saved tags could not be read and are left untouched; new tags last for this session only:"};
inline constexpr Text kTagsNotSaved{"Tags konnten nicht gespeichert werden (sie bleiben in dieser Sitzung erhalten):",
                                    "Tags could not be saved (they stay in this session):"};
inline constexpr Text kTagsSavedAgain{"Tags werden wieder gespeichert.", "Tags are being saved again."};
inline constexpr Text kTagError{"Tags:", "Tags:"};
inline constexpr Text kImportDone{"Import abgeschlossen:", "Import done:"};
inline constexpr Text kImportFailed{"Import abgelehnt, nichts wurde geändert:", "Import rejected, nothing was changed:"};
inline constexpr Text kTags{"Tags", "Tags"};
inline constexpr Text kManageTags{"Tags verwalten …", "Manage tags …"};
inline constexpr Text kMatchAny{"eines", "any"};
inline constexpr Text kMatchAll{"alle", "all"};
inline constexpr Text kNewTag{"Neuer Tag", "New tag"};
inline constexpr Text kAddTag{"+ Tag", "+ Tag"};
inline constexpr Text kTagSelection{"Tags für %zu Artikel", "Tags for %zu articles"};
inline constexpr Text kRemoveTag{"Tag entfernen", "Remove tag"};
inline constexpr Text kRename{"Umbenennen", "Rename"};
inline constexpr Text kDelete{"Löschen", "Delete"};
inline constexpr Text kUndo{"Rückgängig", "Undo"};
inline constexpr Text kCategories{"Wortkategorien", "Word categories"};
inline constexpr Text kCategoryName{"Name", "Name"};
inline constexpr Text kCategoryWords{"Wörter (durch Komma getrennt)", "Words (comma-separated)"};
inline constexpr Text kCategoryStem{"Wortstämme", "Stems"};
inline constexpr Text kSave{"Speichern", "Save"};
inline constexpr Text kExport{"Exportieren (JSON)", "Export (JSON)"};
inline constexpr Text kImport{"Importieren …", "Import …"};
inline constexpr Text kImportTitle{"Tags importieren", "Import tags"};
inline constexpr Text kImportQuestion{"Wie sollen die Tags aus „%s“ übernommen werden?",
                                      "How should the tags from “%s” be taken over?"};
inline constexpr Text kMerge{"Zusammenführen", "Merge"};
inline constexpr Text kReplace{"Ersetzen", "Replace"};
inline constexpr Text kCancel{"Abbrechen", "Cancel"};
inline constexpr Text kNoTagsYet{"Noch keine Tags. Rechtsklick auf einen Artikel oder „+ Tag“ im Leser.",
                                 "No tags yet. Right-click an article or use “+ Tag” in the reader."};
inline constexpr Text kFileTooLarge{"Datei über 20 MB, nicht geladen:", "File over 20 MB, not loaded:"};
inline constexpr Text kSearchHint{"Suchen … ( / )", "Search … ( / )"};
inline constexpr Text kStemming{"Wortformen", "Word forms"};
inline constexpr Text kStemmingHelp{"Findet auch andere Formen eines Wortes (Nachricht, Nachrichten).",
                                    "Also finds other forms of a word (Nachricht, Nachrichten)."};
inline constexpr Text kHits{"Treffer", "hits"};
inline constexpr Text kResults{"%zu Artikel gefunden", "%zu articles found"};
inline constexpr Text kNoResults{"Nichts gefunden.", "Nothing found."};
inline constexpr Text kHitOf{"Treffer %zu von %zu", "Hit %zu of %zu"};
inline constexpr Text kReaderView{"Lesen", "Read"};
inline constexpr Text kConcordanceView{"Konkordanz", "Concordance"};
inline constexpr Text kLeftContext{"Linker Kontext", "Left context"};
inline constexpr Text kRightContext{"Rechter Kontext", "Right context"};
inline constexpr Text kMatch{"Treffer", "Match"};
inline constexpr Text kCopyText{"Als Text kopieren", "Copy as text"};
inline constexpr Text kExportCsv{"Als CSV exportieren", "Export as CSV"};
inline constexpr Text kSortBy{"Sortieren:", "Sort:"};
inline constexpr Text kSortCorpus{"Textfolge", "Text order"};
inline constexpr Text kConcordanceEmpty{"Suchbegriff eingeben: jede Fundstelle erscheint hier mit ihrem Kontext.",
                                        "Type a search: every occurrence appears here with its context."};
inline constexpr Text kHelpTitle{"Suchsprache", "Query language"};
inline constexpr Text kHelpText{
    "Wörter            alle müssen vorkommen (Groß/klein, ä/ae, ß/ss egal)\n"
    "a OR b            eines von beiden\n"
    "-wort             ohne dieses Wort\n"
    "\"genaue Phrase\"   Wörter direkt hintereinander\n"
    "präfix*           Wörter, die so beginnen\n"
    "wort~             auch mit Tippfehler\n"
    "title:wort        nur in der Überschrift\n"
    "tag:name          nur Artikel mit diesem Tag\n"
    "cat:name          ein Wort der Wortkategorie\n\n"
    "Enter / F3: nächster Treffer   Umschalt+Enter: voriger   Esc: leeren",
    "words             all must occur (case, ä/ae, ß/ss ignored)\n"
    "a OR b            either one\n"
    "-word             without this word\n"
    "\"exact phrase\"    words right after each other\n"
    "prefix*           words starting like this\n"
    "word~             also with a typo\n"
    "title:word        in the headline only\n"
    "tag:name          only articles with this tag\n"
    "cat:name          any word of the word category\n\n"
    "Enter / F3: next hit   Shift+Enter: previous   Esc: clear"};
inline constexpr Text kSuggestedTag{"Vorschlag: ein Wort, das diesen Artikel von den anderen abhebt. Klick = Tag.",
                                    "Suggestion: a word that sets this article apart. Click to tag."};
inline constexpr Text kFrequenciesView{"Häufigkeiten", "Frequencies"};
inline constexpr Text kTrendsView{"Verteilung", "Trends"};
inline constexpr Text kDispersionView{"Streuung", "Dispersion"};
inline constexpr Text kCompareView{"Vergleich", "Compare"};
inline constexpr Text kCloudView{"Wortwolke", "Word cloud"};
inline constexpr Text kCollocatesView{"Kollokationen", "Collocates"};
inline constexpr Text kNgramsView{"N-Gramme", "N-grams"};
inline constexpr Text kTextStatsView{"Textstatistik", "Text statistics"};
inline constexpr Text kNode{"Suchwort, Phrase oder cat:Kategorie", "Word, phrase or cat:category"};
inline constexpr Text kWindowLeft{"Links", "Left"};
inline constexpr Text kWindowRight{"Rechts", "Right"};
inline constexpr Text kInSentence{"Nur im selben Satz", "Within the sentence"};
inline constexpr Text kMeasure{"Maß", "Measure"};
inline constexpr Text kWindowAndMeasure{"Fenster und Maß", "Window and measure"};
inline constexpr Text kTableMode{"Tabelle", "Table"};
inline constexpr Text kNetworkMode{"Netz", "Network"};
inline constexpr Text kHowCalculated{"Wie wird das berechnet?", "How is this calculated?"};
inline constexpr Text kFormula{"Formel", "Formula"};
inline constexpr Text kWorked{"Mit diesen Zahlen", "With these numbers"};
inline constexpr Text kCollocate{"Kollokator", "Collocate"};
inline constexpr Text kTogether{"Gemeinsam", "Together"};
inline constexpr Text kFrequencyMeasure{"Häufigkeit", "Frequency"};
inline constexpr Text kNgramLength{"Länge n", "Length n"};
inline constexpr Text kMinFreq{"Mind. Häufigkeit", "Min. frequency"};
inline constexpr Text kMinRange{"Mind. Artikel", "Min. articles"};
inline constexpr Text kContains{"Enthält Wort", "Contains word"};
inline constexpr Text kPosition{"an Position", "at position"};
inline constexpr Text kAnywhere{"beliebig", "any"};
inline constexpr Text kNgram{"N-Gramm", "N-gram"};
inline constexpr Text kComputing{"Wird berechnet …", "Computing …"};
inline constexpr Text kOpenConcordance{"Konkordanz öffnen", "Open concordance"};
inline constexpr Text kSecondLevel{"Zweite Ebene", "Second level"};
inline constexpr Text kNoCollocates{"Keine Kollokatoren mit diesen Einstellungen (Mindesthäufigkeit oder Fenster ändern).",
                                    "No collocates with these settings (change the minimum frequency or the window)."};
inline constexpr Text kNoNgrams{"Keine N-Gramme mit diesen Einstellungen.", "No n-grams with these settings."};
inline constexpr Text kOnlyLinesWith{"Nur Zeilen mit", "Only lines with"};
inline constexpr Text kClearFilter{"Filter aufheben", "Clear filter"};
inline constexpr Text kSortKey{"Sortieren nach", "Sort by"};
inline constexpr Text kNoKey{"–", "–"};
inline constexpr Text kTitle{"Titel", "Title"};
inline constexpr Text kTypes{"Types", "Types"};
inline constexpr Text kTtr{"TTR", "TTR"};
inline constexpr Text kSttr{"STTR", "STTR"};
inline constexpr Text kHapax{"Hapax", "Hapax"};
inline constexpr Text kWordLength{"Ø Wortlänge", "Mean word length"};
inline constexpr Text kSentenceLength{"Ø Satzlänge", "Mean sentence length"};
inline constexpr Text kSentences{"Sätze", "Sentences"};
inline constexpr Text kFlesch{"Flesch (Amstad)", "Flesch (Amstad)"};
inline constexpr Text kWstf{"Wiener Sachtextformel", "Wiener Sachtextformel"};
inline constexpr Text kLix{"LIX", "LIX"};
inline constexpr Text kCoverage{"Abdeckung", "Coverage"};
inline constexpr Text kCoverageLine{"Häufigste Wörter für 50 / 80 / 90 / 95 %", "Most frequent words for 50 / 80 / 90 / 95 %"};
inline constexpr Text kTapFigure{"Eine Zahl antippen zeigt, wie sie berechnet wird.", "Tap a number to see how it is calculated."};
inline constexpr Text kEveryArticle{"Alle Artikel", "Every article"};
// The one-column layout's bar, the medium layout's list switch, the compact toolbar's menu.
inline constexpr Text kListPane{"Artikel", "Articles"};
inline constexpr Text kResultsPane{"Treffer", "Results"};
inline constexpr Text kReaderPane{"Text", "Text"};
inline constexpr Text kAnalysisPane{"Analyse", "Analysis"};
inline constexpr Text kHideList{"« Liste", "« List"};
inline constexpr Text kShowList{"Liste »", "List »"};
inline constexpr Text kMenu{"Menü", "Menu"};
inline constexpr Text kReveal{"Raten", "Guess"};
inline constexpr Text kChartOptions{"Optionen", "Options"};
inline constexpr Text kRevealOff{"aus", "off"};
inline constexpr Text kRevealValues{"Werte verbergen", "Hide values"};
inline constexpr Text kRevealWords{"Wörter verbergen", "Hide words"};
inline constexpr Text kRevealNext{"Aufdecken ›", "Reveal ›"};
inline constexpr Text kRevealBack{"‹ Zurück", "‹ Back"};
inline constexpr Text kRevealAll{"Alle aufdecken", "Reveal all"};
inline constexpr Text kRevealHelp{"Klick, Tippen oder Pfeiltasten decken Balken für Balken auf.",
                                  "Click, tap or the arrow keys reveal one bar at a time."};
inline constexpr Text kQueryHelp{"Suchhilfe", "Search help"};
inline constexpr Text kViewLabel{"Ansicht", "View"};
inline constexpr Text kScope{"Bereich", "Scope"};
inline constexpr Text kScopeCorpus{"Ganzes Korpus", "Whole corpus"};
inline constexpr Text kScopeArticle{"Ein Artikel", "One article"};
inline constexpr Text kScopeTag{"Ein Tag", "A tag"};
inline constexpr Text kScopeSearch{"Suchergebnis", "Search results"};
inline constexpr Text kScopeCategory{"Wortkategorie", "Word category"};
inline constexpr Text kScopeRest{"Alle übrigen Artikel", "All other articles"};
inline constexpr Text kTopN{"Anzahl", "Top N"};
inline constexpr Text kStopwordsOff{"Stoppwörter ausblenden", "Hide stop words"};
inline constexpr Text kEditStopwords{"Stoppwörter …", "Stop words …"};
inline constexpr Text kStemGroups{"Wortstämme zusammenfassen", "Group by stem"};
inline constexpr Text kMinLength{"Mindestlänge", "Min. length"};
inline constexpr Text kNumbers{"Zahlen", "Numbers"};
inline constexpr Text kRelative{"Pro 1.000 Wörter", "Per 1,000 words"};
inline constexpr Text kCount{"Anzahl", "Count"};
inline constexpr Text kPer1000{"pro 1.000", "per 1,000"};
inline constexpr Text kInArticles{"in Artikeln", "in articles"};
inline constexpr Text kCounting{"Wörter werden gezählt …", "Counting words …"};
inline constexpr Text kExportPng{"Als PNG speichern", "Save as PNG"};
inline constexpr Text kClickWord{"Klick: suchen und Konkordanz zeigen", "Click: search and show the concordance"};
inline constexpr Text kClickArticle{"Klick: Artikel öffnen", "Click: open the article"};
inline constexpr Text kWordsToCompare{"Wörter oder Kategorien (bis 6)", "Words or categories (up to 6)"};
inline constexpr Text kAdd{"Hinzufügen", "Add"};
inline constexpr Text kWord{"Wort", "Word"};
inline constexpr Text kMoreInA{"Balken rechts: häufiger in A", "Bars to the right: more frequent in A"};
inline constexpr Text kMoreInB{"Balken links: häufiger in B", "Bars to the left: more frequent in B"};
inline constexpr Text kNoOccurrences{"Kommt im Bereich nicht vor.", "Does not occur in the scope."};
inline constexpr Text kTagAllResults{"Alle Treffer taggen …", "Tag all results …"};
inline constexpr Text kTextAdded{"Text hinzugefügt (nur für diese Sitzung, bleibt im Browser):",
                                 "Text added (this session only, stays in the browser):"};
inline constexpr Text kTextWarning{"Beim Hinzufügen:", "While adding:"};
inline constexpr Text kTextRefused{"Text nicht hinzugefügt:", "Text not added:"};
inline constexpr Text kAddTextButton{"Text hinzufügen …", "Add text …"};
inline constexpr Text kAddTextTitle{"Eigenen Text hinzufügen", "Add your own text"};
inline constexpr Text kAddTextHelp{
    "Text einfügen oder .txt-Dateien auf die Seite ziehen. Alles bleibt im Browser, nichts wird hochgeladen.",
    "Paste text or drop .txt files on the page. Everything stays in the browser; nothing is uploaded."};
inline constexpr Text kTextName{"Name", "Name"};
inline constexpr Text kRemoveText{"Text entfernen", "Remove text"};
inline constexpr Text kCopyParagraph{"Absatz kopieren", "Copy paragraph"};
inline constexpr Text kCopyArticle{"Ganzen Artikel kopieren", "Copy whole article"};
inline constexpr Text kCopySnippet{"Ausschnitt kopieren", "Copy snippet"};
inline constexpr Text kCopyTable{"Tabelle kopieren", "Copy table"};
inline constexpr Text kDismiss{"Schließen", "Dismiss"};
inline constexpr Text kShareTitle{"Mit der Klasse teilen", "Share with the class"};
inline constexpr Text kCopyLink{"Link kopieren", "Copy link"};
inline constexpr Text kLinkCopied{"Link kopiert", "Link copied"};
inline constexpr Text kClose{"Schließen", "Close"};
inline constexpr Text kLinkTooLong{"Der Link ist zu lang für einen QR-Code. „Link kopieren“ gibt ihn trotzdem weiter.",
                                   "The link is too long for a QR code. “Copy link” passes it on all the same."};
inline constexpr Text kShareFromFile{
    "Diese Seite ist als Datei geöffnet: Der Link funktioniert für andere erst, wenn die Seite im Netz liegt, "
    "etwa auf dem Schulserver. Die Datei wortblick.html selbst lässt sich weitergeben, per USB-Stick oder E-Mail "
    "(ohne Tags und eigene Texte, die bleiben in diesem Browser).",
    "This page is opened as a file: the link works for others only once the page is hosted, for example on a "
    "school server. The file wortblick.html itself can be handed on, on a USB stick or by e-mail (without tags "
    "and added texts, which stay in this browser)."};
inline constexpr Text kSavePageCopy{"wortblick.html speichern", "Save wortblick.html"};
}  // namespace str

}  // namespace wortblick::app
