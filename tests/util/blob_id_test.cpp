// git_blob_id must name bytes exactly as git does, at every padding boundary of SHA-1.
#include "yoy/util/blob_id.h"

#include <git2.h>
#include <gtest/gtest.h>

#include <string>

namespace {

std::string libgit2_blob_id(const std::string& bytes) {
  static const int initialized = git_libgit2_init();  // once: init reads the system certificates
  (void)initialized;
  git_oid oid;
  EXPECT_EQ(git_odb_hash(&oid, bytes.data(), bytes.size(), GIT_OBJECT_BLOB), 0);
  char hex[GIT_OID_HEXSZ + 1] = {};
  git_oid_tostr(hex, sizeof hex, &oid);
  return hex;
}

TEST(BlobId, EmptyBlobIsGitsWellKnownId) {
  EXPECT_EQ(yoy::git_blob_id(""), "e69de29bb2d1d6434b8b29ae775ad8c2e48c5391");
}

TEST(BlobId, AgreesWithLibgit2AcrossBlockBoundaries) {
  std::string bytes;
  for (int size = 0; size <= 300; ++size) {
    EXPECT_EQ(yoy::git_blob_id(bytes), libgit2_blob_id(bytes)) << "size " << size;
    bytes += static_cast<char>('a' + size % 26 + (size % 7 == 0 ? 128 : 0));
  }
}

}  // namespace
