#pragma once
// The git blob id of some bytes (SHA-1 of "blob <size>\0" + bytes), as git
// and the archive name them, computed without libgit2 so that the layers
// below the archive need no git.
#include <string>
#include <string_view>

namespace yoy {

// 40 lower-case hex digits.
std::string git_blob_id(std::string_view bytes);

}  // namespace yoy
