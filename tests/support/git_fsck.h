#pragma once
// `git fsck --strict` over an archive, as a test expectation.
#include <string>

namespace yoy::test {

// Expects git fsck to find nothing wrong with the repository at `git_dir`
// (dangling objects are allowed: a lost race or a killed writer leaves them,
// the price of "objects first"). Does nothing when git is not installed.
void expect_fsck_clean(const std::string& git_dir, const std::string& when);

}  // namespace yoy::test
