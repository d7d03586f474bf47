#pragma once
// Damaging and crafting objects of a bare repository, for tests of archives
// that were broken on disk or built by someone hostile.
#include <string>

namespace yoy::test {

// objects/xx/yyyy... of object `hex` in the repository at `git_dir`.
std::string loose_object_path(const std::string& git_dir, const std::string& hex);
// The object id `rev` names ("tip/2025:north-korea.txt"), through plain git; "" when none.
std::string rev_parse(const std::string& git_dir, const std::string& rev);
// Replaces the loose file of `hex` with `raw` ("blob 12\0body...") deflated as git does
// (level 0: stored, so the file size is raw.size() + 11 whatever the bytes).
void write_loose_file(const std::string& git_dir, const std::string& hex, const std::string& raw,
                      int level = -1);
// Cuts the loose file of `hex` to `bytes` bytes.
void truncate_loose_file(const std::string& git_dir, const std::string& hex, long bytes);

}  // namespace yoy::test
