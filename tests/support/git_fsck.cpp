#include "support/git_fsck.h"

#include <gtest/gtest.h>

#include "support/subprocess.h"

namespace yoy::test {

void expect_fsck_clean(const std::string& git_dir, const std::string& when) {
  if (!have_program("git")) return;
  CommandResult fsck =
      run_command({"git", "--git-dir", git_dir, "fsck", "--strict", "--no-dangling"});
  EXPECT_EQ(fsck.exit_code, 0) << when << ": " << fsck.out << fsck.err;
  EXPECT_EQ(fsck.out, "") << when;
  EXPECT_EQ(fsck.err.find("error"), std::string::npos) << when << ": " << fsck.err;
  EXPECT_EQ(fsck.err.find("warning"), std::string::npos) << when << ": " << fsck.err;
}

}  // namespace yoy::test
