// Word counts of one article, the unit every chart combines per scope.
#pragma once

#include <cstdint>
#include <vector>

#include "core/corpus/corpus.h"
#include "core/stats/readability.h"
#include "core/stats/term_table.h"
#include "core/stats/vocabulary.h"
#include "core/text/text_pipeline.h"

namespace wortblick::stats {

// Counts do not depend on stop words, stemming or filters: those are applied when counts
// are combined, so a change of options never recounts an article.
// Eight bytes: one is kept per distinct spelling of every article (its term is a lookup in the
// TermTable; storing it here cost a third more memory on a large corpus).
struct SpellingCount {
  SurfaceId surface = 0;
  std::uint32_t count = 0;
};

// Marks the first token of a sentence in ArticleCounts::stream.
inline constexpr std::uint32_t kSentenceStart = 0x80000000u;

struct ArticleCounts {
  std::vector<SpellingCount> surfaces;  // ascending surface id, counts > 0
  std::uint32_t words = 0;    // Token::counts_as_word tokens (equals Article::words)
  std::uint32_t numbers = 0;  // number tokens
  // Every counted token in text order, as its SurfaceId, | kSentenceStart where a sentence
  // begins (each block starts one; text/sentences.h): what collocation windows, n-grams and
  // type/token figures read without tokenizing again. Index i is counted token i.
  std::vector<std::uint32_t> stream;
  TextFigures figures;  // words, sentences, letters and syllables, for readability
  VocabularyFigures vocabulary;  // types, hapax, STTR and coverage of its words
};

inline SurfaceId surface_of(std::uint32_t streamed) { return streamed & ~kSentenceStart; }

// The tokens the charts count, in text order: words (no compound parts) and numbers, from
// every block except boilerplate (title, body, comments). URLs never count. start/end are
// rebased to byte offsets into the article's text (Corpus::text(article)).
// `block_starts`, when given, receives the index of the first token of each block.
std::vector<text::Token> counted_tokens(const Corpus& corpus, const Article& article,
                                        text::TextPipeline& pipeline,
                                        std::vector<std::uint32_t>* block_starts = nullptr);

// `scratch` is reused between articles (its per-term arrays grow with the table).
ArticleCounts count_article(const Corpus& corpus, const Article& article, text::TextPipeline& pipeline,
                            TermTable& table, VocabularyCounter& scratch);

}  // namespace wortblick::stats
