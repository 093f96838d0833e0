// A small key-value storage interface (the browser's localStorage; in memory natively and in tests).
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>

namespace wortblick::app {

struct StorageRead {
  std::optional<std::string> value;  // nullopt: nothing stored under the key
  std::string error;                 // non-empty: the storage could not be read at all
};

class KeyValueStorage {
 public:
  virtual ~KeyValueStorage() = default;
  virtual StorageRead read(std::string_view key) = 0;
  // Returns an error message (quota exceeded, storage disabled), or "" on success.
  virtual std::string write(std::string_view key, std::string_view value) = 0;
};

// Storage that forgets everything when the page goes: for native builds and tests.
class MemoryStorage : public KeyValueStorage {
 public:
  StorageRead read(std::string_view key) override {
    const auto it = values_.find(key);
    if (it == values_.end()) return {};
    return {it->second, {}};
  }
  std::string write(std::string_view key, std::string_view value) override {
    values_[std::string(key)] = std::string(value);
    return {};
  }

 private:
  std::map<std::string, std::string, std::less<>> values_;
};

}  // namespace wortblick::app
