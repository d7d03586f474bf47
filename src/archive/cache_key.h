#pragma once
// The key that seals this archive's cache entries (archive_cache.cpp). Private to src/archive.
#include <optional>
#include <string>

#include "yoy/util/siphash.h"

namespace yoy::archive_detail {

// The key of the archive whose git directory is `git_dir`: 16 random bytes
// kept in <git_dir>/yoy-cache-key, mixed with that file's identity on this
// disk (device, inode, birth time). Git copies no such file (clone, mirror,
// fetch); a copied directory or an unpacked tarball holds a new file with the
// same bytes but another identity, hence another key: entries sealed
// elsewhere never check here. nullopt when there is no key file and `create`
// is false, or it cannot be made or read (the cache is then not used).
std::optional<SipKey> cache_key_of(const std::string& git_dir, bool create);

// The key file's name inside the git directory.
inline constexpr const char* kCacheKeyFile = "yoy-cache-key";

}  // namespace yoy::archive_detail
