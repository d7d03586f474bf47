// The key that seals an archive's cache entries: made once, read back the
// same, bound to the file that holds it (a copy of its bytes is another key),
// and a file that is no key (short, long, a link, a FIFO) is never read as one.
#include "archive/cache_key.h"

#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <set>
#include <thread>
#include <utility>
#include <vector>

#include "support/scratch_dir.h"

namespace yoy::archive_detail {
namespace {

namespace fs = std::filesystem;
using test::ScratchDir;
using test::write_text;

std::string bytes_of(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

std::pair<std::uint64_t, std::uint64_t> pair_of(const SipKey& key) { return {key.k0, key.k1}; }

TEST(CacheKey, NoFileAndNoCreateIsNoKeyAndWritesNothing) {
  ScratchDir dir;
  EXPECT_FALSE(cache_key_of(dir.path().string(), false));
  EXPECT_TRUE(fs::is_empty(dir.path()));
}

TEST(CacheKey, MadeOnceOfSixteenBytesAndReadBackTheSame) {
  ScratchDir dir;
  const std::string git_dir = dir.path().string();
  const std::optional<SipKey> made = cache_key_of(git_dir, true);
  ASSERT_TRUE(made);
  const std::string file = dir / kCacheKeyFile;
  EXPECT_EQ(bytes_of(file).size(), 16u);
  // Only the key file is left (the temporary it was written to is gone).
  EXPECT_EQ(std::distance(fs::directory_iterator(dir.path()), fs::directory_iterator()), 1);
  const std::string secret = bytes_of(file);
  const std::optional<SipKey> read = cache_key_of(git_dir, false);
  ASSERT_TRUE(read);
  EXPECT_EQ(pair_of(*read), pair_of(*made));
  const std::optional<SipKey> again = cache_key_of(git_dir + "/", true);  // a trailing slash
  ASSERT_TRUE(again);
  EXPECT_EQ(pair_of(*again), pair_of(*made));
  EXPECT_EQ(bytes_of(file), secret) << "an existing key is never replaced";
  // The key is not the secret itself.
  EXPECT_NE(pair_of(*made), pair_of(sip_key_from_bytes(secret)));
}

TEST(CacheKey, TwoArchivesHaveTwoKeys) {
  ScratchDir one, other;
  const auto a = cache_key_of(one.path().string(), true);
  const auto b = cache_key_of(other.path().string(), true);
  ASSERT_TRUE(a && b);
  EXPECT_NE(pair_of(*a), pair_of(*b));
  EXPECT_NE(bytes_of(one / kCacheKeyFile), bytes_of(other / kCacheKeyFile));
}

// cp -r, tar, rsync: the same sixteen bytes in another file are another key.
TEST(CacheKey, ACopyOfTheSecretIsAnotherKey) {
  ScratchDir original, copy;
  const auto key = cache_key_of(original.path().string(), true);
  ASSERT_TRUE(key);
  fs::copy_file(original / kCacheKeyFile, copy / kCacheKeyFile);
  ASSERT_EQ(bytes_of(copy / kCacheKeyFile), bytes_of(original / kCacheKeyFile));
  const auto copied = cache_key_of(copy.path().string(), false);
  ASSERT_TRUE(copied);
  EXPECT_NE(pair_of(*copied), pair_of(*key));
  // The copy moved over the original (its name, another inode): another key.
  ASSERT_EQ(::rename((copy / kCacheKeyFile).c_str(), (original / kCacheKeyFile).c_str()), 0);
  const auto moved = cache_key_of(original.path().string(), false);
  ASSERT_TRUE(moved);
  EXPECT_NE(pair_of(*moved), pair_of(*key));
}

// Fifteen and seventeen bytes are no key: not read, and replaced on create
// (whatever was sealed with them then misses).
TEST(CacheKey, SixteenBytesExactly) {
  for (std::size_t size : {std::size_t{0}, std::size_t{15}, std::size_t{17}}) {
    ScratchDir dir;
    const std::string file = dir / kCacheKeyFile;
    const std::string damaged(size, 'k');
    write_text(file, damaged);
    EXPECT_FALSE(cache_key_of(dir.path().string(), false)) << size << " bytes";
    EXPECT_EQ(bytes_of(file), damaged) << "not replaced without create";
    const auto key = cache_key_of(dir.path().string(), true);
    ASSERT_TRUE(key) << size << " bytes";
    EXPECT_EQ(bytes_of(file).size(), 16u);
    const auto read = cache_key_of(dir.path().string(), false);
    ASSERT_TRUE(read);
    EXPECT_EQ(pair_of(*read), pair_of(*key));
  }
  // Sixteen bytes written by hand are a key (the secret need not come from yoy).
  ScratchDir dir;
  write_text(dir / kCacheKeyFile, "0123456789abcdef");
  EXPECT_TRUE(cache_key_of(dir.path().string(), false));
}

// A symlink to a good key is not followed (someone else's key, or a file
// anywhere); create puts a regular file in its place and leaves the target.
TEST(CacheKey, ALinkIsNoKeyAndIsReplaced) {
  ScratchDir dir, elsewhere;
  ASSERT_TRUE(cache_key_of(elsewhere.path().string(), true));
  const std::string target = elsewhere / kCacheKeyFile;
  const std::string target_bytes = bytes_of(target);
  const std::string file = dir / kCacheKeyFile;
  fs::create_symlink(target, file);
  EXPECT_FALSE(cache_key_of(dir.path().string(), false));
  ASSERT_TRUE(cache_key_of(dir.path().string(), true));
  EXPECT_FALSE(fs::is_symlink(file));
  EXPECT_TRUE(fs::is_regular_file(file));
  EXPECT_EQ(bytes_of(target), target_bytes);
}

// A FIFO where the key should be: refused at once (no hang waiting for a
// writer), then replaced.
TEST(CacheKey, AFifoIsNoKeyAndDoesNotHang) {
  ScratchDir dir;
  const std::string file = dir / kCacheKeyFile;
  ASSERT_EQ(::mkfifo(file.c_str(), 0644), 0);
  EXPECT_FALSE(cache_key_of(dir.path().string(), false));
  EXPECT_TRUE(cache_key_of(dir.path().string(), true));
  EXPECT_TRUE(fs::is_regular_file(file));
}

// A directory that cannot hold the file: no key, no throw.
TEST(CacheKey, NoPlaceForTheFileIsNoKey) {
  ScratchDir dir;
  EXPECT_FALSE(cache_key_of(dir / "missing/sub", true));
}

// Writers racing to make the first key all end up with the one that won.
TEST(CacheKey, RacingWritersAgreeOnOneKey) {
  ScratchDir dir;
  constexpr int kThreads = 8;
  std::vector<std::optional<SipKey>> keys(kThreads);
  std::vector<std::thread> threads;
  for (int t = 0; t < kThreads; ++t)
    threads.emplace_back([&, t] { keys[t] = cache_key_of(dir.path().string(), true); });
  for (auto& thread : threads) thread.join();
  std::set<std::pair<std::uint64_t, std::uint64_t>> distinct;
  for (const auto& key : keys) {
    ASSERT_TRUE(key);
    distinct.insert(pair_of(*key));
  }
  EXPECT_EQ(distinct.size(), 1u);
  const auto read = cache_key_of(dir.path().string(), false);
  ASSERT_TRUE(read);
  EXPECT_EQ(pair_of(*read), *distinct.begin());
  EXPECT_EQ(std::distance(fs::directory_iterator(dir.path()), fs::directory_iterator()), 1)
      << "no temporary left behind";
}

}  // namespace
}  // namespace yoy::archive_detail
