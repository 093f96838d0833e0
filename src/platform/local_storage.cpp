// localStorage access through EM_JS, with every exception turned into an error message.
#include "local_storage.h"

#include <emscripten/emscripten.h>

#include <cstdlib>
#include <string>

namespace wortblick::platform {
namespace {

// Returns a malloc'ed string: "v" + value, "n" (no such key) or "e" + error message.
EM_JS(char*, js_storage_read, (const char* key_ptr, int key_len), {
  let out;
  try {
    const value = window.localStorage.getItem(UTF8ToString(key_ptr, key_len));
    out = value === null ? 'n' : 'v' + value;
  } catch (e) {
    out = 'e' + (e && e.name ? e.name + ': ' + e.message : String(e));
  }
  const size = lengthBytesUTF8(out) + 1;
  const ptr = _malloc(size);
  stringToUTF8(out, ptr, size);
  return ptr;
});

// Returns a malloc'ed error message, or 0 on success.
EM_JS(char*, js_storage_write, (const char* key_ptr, int key_len, const char* value_ptr, int value_len), {
  try {
    window.localStorage.setItem(UTF8ToString(key_ptr, key_len), UTF8ToString(value_ptr, value_len));
    return 0;
  } catch (e) {
    const out = e && e.name ? e.name + ': ' + e.message : String(e);
    const size = lengthBytesUTF8(out) + 1;
    const ptr = _malloc(size);
    stringToUTF8(out, ptr, size);
    return ptr;
  }
});

std::string take(char* ptr) {
  std::string s = ptr ? ptr : "";
  std::free(ptr);
  return s;
}

}  // namespace

app::StorageRead LocalStorage::read(std::string_view key) {
  const std::string out = take(js_storage_read(key.data(), static_cast<int>(key.size())));
  if (out.empty() || out[0] == 'n') return {};
  if (out[0] == 'e') return {std::nullopt, out.substr(1)};
  return {out.substr(1), {}};
}

std::string LocalStorage::write(std::string_view key, std::string_view value) {
  return take(js_storage_write(key.data(), static_cast<int>(key.size()), value.data(),
                               static_cast<int>(value.size())));
}

}  // namespace wortblick::platform
