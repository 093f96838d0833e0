// The browser's localStorage behind the app's KeyValueStorage interface.
#pragma once

#include "app/key_value_storage.h"

namespace wortblick::platform {

// Every access is guarded: localStorage throws when disabled (privacy settings, file:// in some
// browsers) or full, and each failure comes back as a message instead.
class LocalStorage : public app::KeyValueStorage {
 public:
  app::StorageRead read(std::string_view key) override;
  std::string write(std::string_view key, std::string_view value) override;
};

}  // namespace wortblick::platform
