// libFuzzer: tag JSON import and loading saved tags from arbitrary bytes; errors change nothing.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/tags/json_guard.h"
#include "core/tags/tag_schema.h"
#include "core/tags/tag_store.h"
#include "fuzz_check.h"

using namespace wortblick::tags;

namespace {

const KnownArticles& known() {
  static const KnownArticles k({"a:1", "a:2", "a:3", "b:1", "000_7fb449a311e9661c:1"});
  return k;
}

// A store with history, so both merge and replace meet existing names, colors and categories.
TagStore starting_store() {
  TagStore s;
  const std::vector<std::string> ids{"a:1", "b:1"};
  (void)s.assign("Politik", ids);
  (void)s.create_tag("Sport", "#336699");
  const std::vector<std::string> words{"Wahl", "Partei"};
  (void)s.set_category("Politik", words, true);
  return s;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  (void)check_json_shape(text);

  for (const ImportMode mode : {ImportMode::Merge, ImportMode::Replace}) {
    TagStore store = starting_store();
    const std::string before = to_json(store);
    const auto revision = store.revision();
    const auto depth = store.undo_depth();
    const ImportResult r = import_json(store, text, mode, known());
    if (!r.ok) {
      // All or nothing: a refused import leaves no trace, and says why.
      FUZZ_CHECK(!r.error.empty());
      FUZZ_CHECK(fuzz::valid_utf8(r.error));
      FUZZ_CHECK(to_json(store) == before);
      FUZZ_CHECK(store.revision() == revision && store.undo_depth() == depth);
      continue;
    }
    // What was imported saves and loads back to the same store, and undo restores the old one.
    const std::string after = to_json(store);
    LoadResult again = load_persisted(after, known());
    FUZZ_CHECK(again.ok());
    FUZZ_CHECK(to_json(again.store) == after);
    const ImportResult exported = import_json(again.store, export_json(store), ImportMode::Replace, known());
    FUZZ_CHECK(exported.ok);
    FUZZ_CHECK(to_json(again.store) == after);
    if (store.revision() != revision) {
      FUZZ_CHECK(store.undo().ok());
      FUZZ_CHECK(to_json(store) == before);
    }
  }

  const LoadResult loaded = load_persisted(text, known());
  if (loaded.ok()) {
    const std::string saved = to_json(loaded.store);
    const LoadResult again = load_persisted(saved, known());
    FUZZ_CHECK(again.ok());
    FUZZ_CHECK(to_json(again.store) == saved);
  } else {
    FUZZ_CHECK(!loaded.error.empty());
    FUZZ_CHECK(loaded.store.tag_count() == 0 && loaded.store.category_count() == 0);
  }
  return 0;
}
