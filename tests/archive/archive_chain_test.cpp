// A series branch read as its chain of editions (archive_detail::read_chain):
// one commit per year, "<series> <year>:" messages, years rising from the
// root; anything else is refused with the commit named. Repositories are
// written here with libgit2 (support/scratch_repo), as yoy would and would not.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "archive/archive_internal.h"
#include "support/scratch_repo.h"

using yoy::ArchiveError;
using yoy::archive_detail::Chain;
using yoy::archive_detail::read_chain;
using yoy::archive_detail::year_in_message;
using yoy::test::ScratchRepo;

namespace {

std::string error_of(const ScratchRepo& repo, const std::string& series) {
  try {
    read_chain(repo.get(), repo.path(), series);
  } catch (const ArchiveError& e) {
    return e.what();
  }
  return "";
}

// tip editions of `years` (ascending), each on the one before; the branch at the last.
std::vector<git_oid> tip_chain(ScratchRepo& repo, const std::vector<int>& years) {
  std::vector<git_oid> commits;
  for (int year : years) {
    const std::string message = "tip " + std::to_string(year) + ": 1 report\n";
    commits.push_back(repo.commit(message, commits.empty() ? nullptr : &commits.back(),
                                  {{"north-korea.txt", "Tier " + std::to_string(year % 3 + 1)}}));
  }
  repo.set_ref("refs/heads/tip", commits.back());
  return commits;
}

}  // namespace

TEST(ArchiveChain, RefNames) {
  EXPECT_EQ(yoy::archive_detail::branch_ref("tip"), "refs/heads/tip");
  EXPECT_EQ(yoy::archive_detail::tag_ref("factbook", 2024), "refs/tags/factbook/2024");
  EXPECT_EQ(yoy::archive_detail::id_of_entry("north-korea.txt"), "north-korea");
  EXPECT_EQ(yoy::archive_detail::id_of_entry("kn.json"), "kn");
}

TEST(ArchiveChain, TheYearOfAnEditionMessage) {
  EXPECT_EQ(year_in_message("tip 2025: 2 reports (1 added, 1 unchanged)\n", "tip"), 2025);
  EXPECT_EQ(year_in_message("factbook 1999:", "factbook"), 1999);
  EXPECT_EQ(year_in_message("tip 2025 2 reports", "tip"), 0) << "no colon";
  EXPECT_EQ(year_in_message("tip 2025", "tip"), 0);
  EXPECT_EQ(year_in_message("tip 202: x", "tip"), 0) << "three digits";
  EXPECT_EQ(year_in_message("tip 20250: x", "tip"), 0) << "five digits";
  EXPECT_EQ(year_in_message("tip  2025: x", "tip"), 0) << "two spaces";
  EXPECT_EQ(year_in_message("tips 2025: x", "tip"), 0) << "another series";
  EXPECT_EQ(year_in_message("tip 2025: x", "tips"), 0);
  EXPECT_EQ(year_in_message("ti", "tip"), 0);
  EXPECT_EQ(year_in_message("", "tip"), 0);
  EXPECT_EQ(year_in_message("Merge branch 'tip'", "tip"), 0);
}

TEST(ArchiveChain, EditionsOldestFirstWithTheirTrees) {
  ScratchRepo repo;
  const auto commits = tip_chain(repo, {2019, 2021, 2025});
  const Chain chain = read_chain(repo.get(), repo.path(), "tip");
  EXPECT_TRUE(chain.exists);
  EXPECT_TRUE(git_oid_equal(&chain.head, &commits.back()));
  ASSERT_EQ(chain.editions.size(), 3u);
  EXPECT_EQ(chain.editions[0].year, 2019);
  EXPECT_EQ(chain.editions[1].year, 2021);
  EXPECT_EQ(chain.editions[2].year, 2025);
  for (std::size_t i = 0; i < 3; ++i) {
    EXPECT_TRUE(git_oid_equal(&chain.editions[i].commit, &commits[i])) << i;
    git_commit* c = nullptr;
    ASSERT_EQ(git_commit_lookup(&c, repo.get(), &commits[i]), 0);
    EXPECT_TRUE(git_oid_equal(&chain.editions[i].tree, git_commit_tree_id(c))) << i;
    git_commit_free(c);
  }
}

TEST(ArchiveChain, NoBranchIsNoChain) {
  ScratchRepo repo;
  const Chain chain = read_chain(repo.get(), repo.path(), "tip");
  EXPECT_FALSE(chain.exists);
  EXPECT_TRUE(chain.editions.empty());
}

TEST(ArchiveChain, ACommitThatIsNoEditionIsNamed) {
  ScratchRepo repo;
  const auto commits = tip_chain(repo, {2024});
  const git_oid foreign = repo.commit("Update README\n", &commits[0]);
  repo.set_ref("refs/heads/tip", foreign);
  char hex[GIT_OID_HEXSZ + 1];
  git_oid_tostr(hex, sizeof hex, &foreign);
  EXPECT_EQ(error_of(repo, "tip"), repo.path() + ": refs/heads/tip: commit " + hex +
                                       " is not a yoy edition (message should start 'tip YEAR:')");
}

TEST(ArchiveChain, YearsMustRiseFromTheRoot) {
  ScratchRepo repo;
  const auto commits = tip_chain(repo, {2024});
  // 2023 on top of 2024, then the same year twice.
  repo.set_ref("refs/heads/tip", repo.commit("tip 2023: x\n", &commits[0]));
  EXPECT_NE(error_of(repo, "tip").find(": editions out of year order at commit "),
            std::string::npos);
  repo.set_ref("refs/heads/tip", repo.commit("tip 2024: again\n", &commits[0]));
  EXPECT_NE(error_of(repo, "tip").find("out of year order"), std::string::npos);
  repo.set_ref("refs/heads/tip", repo.commit("tip 2025: fine\n", &commits[0]));
  EXPECT_EQ(error_of(repo, "tip"), "");
}

// A branch file that holds no object id is named, never taken for "no branch"
// (libgit2 reports it as corrupt, or as absent while the file is there).
TEST(ArchiveChain, ABrokenBranchFileIsNamed) {
  for (const char* content : {"not an object id\n", "", "0123\n"}) {
    ScratchRepo repo;
    std::filesystem::create_directories(repo.path() + "/refs/heads");
    std::ofstream(repo.path() + "/refs/heads/tip") << content;
    const std::string error = error_of(repo, "tip");
    EXPECT_EQ(error.rfind(repo.path() + ": ", 0), 0u) << error;
    EXPECT_NE(error.find("refs/heads/tip"), std::string::npos) << error;
    EXPECT_EQ(error.find('\n'), std::string::npos) << error;
  }
  EXPECT_EQ(yoy::archive_detail::broken_branch("A", "refs/heads/tip"),
            "A: refs/heads/tip is broken (its file does not hold an object id; `git for-each-ref` "
            "warns about it too): restore it from a tag or a refs/yoy/replaced/ ref");
}

// A series holds at most 1001 editions (years 1000..9999 leave room for more):
// one more and the history is refused rather than walked.
TEST(ArchiveChain, HistoryLengthIsBounded) {
  ScratchRepo repo;
  std::vector<int> years;
  for (int year = 1000; year < 2002; ++year) years.push_back(year);  // 1002 editions
  const auto commits = tip_chain(repo, years);
  EXPECT_EQ(error_of(repo, "tip"),
            repo.path() + ": refs/heads/tip: history too long for a yoy series");
  repo.set_ref("refs/heads/tip", commits[1000]);  // 1001 editions
  EXPECT_EQ(read_chain(repo.get(), repo.path(), "tip").editions.size(), 1001u);
}
