// Hand-built workspaces for the statistics tests: exact blocks, no segmentation heuristics.
#pragma once

#include <string>
#include <vector>

#include "core/workspace.h"

namespace wortblick::stats::testing {

// One article per entry; each line is a block: the first the Title, lines starting with "#"
// Boilerplate (the "#" kept in the text), every other line Body.
inline void add_article(Workspace& w, const std::string& lines) {
  const std::size_t n = w.corpus.sources.size();
  Source src;
  src.name = "t" + std::to_string(n) + ".txt";
  src.text = lines;

  Article a;
  a.id = "t" + std::to_string(n) + ":1";
  a.source = n;
  a.range = {0, lines.size()};
  std::size_t begin = 0;
  while (begin < lines.size()) {
    std::size_t end = lines.find('\n', begin);
    if (end == std::string::npos) end = lines.size();
    BlockKind kind = a.blocks.empty() ? BlockKind::Title : BlockKind::Body;
    if (lines[begin] == '#') kind = BlockKind::Boilerplate;
    a.blocks.push_back({{begin, end}, kind, {}});
    begin = end + 1;
  }
  a.title = lines.substr(0, lines.find('\n'));
  w.corpus.sources.push_back(std::move(src));
  w.corpus.articles.push_back(std::move(a));
}

inline Workspace fixture(const std::vector<std::string>& articles) {
  Workspace w;
  for (const auto& text : articles) add_article(w, text);
  return w;
}

}  // namespace wortblick::stats::testing
