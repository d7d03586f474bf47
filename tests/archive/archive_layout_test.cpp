// A repository is a yoy archive by its layout (archive_detail::layout_problem):
// every branch a chain of yearly editions, each year tagged <series>/<year>;
// otherwise one line says what is wrong. Repositories are written with libgit2.
#include <gtest/gtest.h>

#include <string>

#include "archive/archive_internal.h"
#include "support/scratch_repo.h"

using yoy::archive_detail::layout_problem;
using yoy::test::ScratchRepo;

namespace {

// A series with editions of `years`, branch and tags as yoy writes them.
std::vector<git_oid> series(ScratchRepo& repo, const std::string& name,
                            const std::vector<int>& years) {
  std::vector<git_oid> commits;
  for (int year : years) {
    commits.push_back(repo.commit(name + " " + std::to_string(year) + ": 1 report\n",
                                  commits.empty() ? nullptr : &commits.back(),
                                  {{"r.txt", name + std::to_string(year)}}));
    repo.set_ref("refs/tags/" + name + "/" + std::to_string(year), commits.back());
  }
  repo.set_ref("refs/heads/" + name, commits.back());
  return commits;
}

}  // namespace

TEST(ArchiveLayout, AnArchiveAsYoyWritesIt) {
  ScratchRepo repo;
  series(repo, "tip", {2024, 2025});
  series(repo, "factbook", {2023});
  EXPECT_EQ(layout_problem(repo.get(), repo.path()), "");
}

TEST(ArchiveLayout, ARepositoryWithoutBranches) {
  ScratchRepo repo;
  EXPECT_EQ(layout_problem(repo.get(), repo.path()), "it has no branches");
}

TEST(ArchiveLayout, ABranchThatIsNoChainOfEditions) {
  ScratchRepo repo;
  series(repo, "tip", {2024});
  repo.set_ref("refs/heads/main", repo.commit("Initial commit\n"));
  EXPECT_EQ(layout_problem(repo.get(), repo.path()),
            "branch 'main' is not one commit per edition year (\"main YEAR: ...\")");
}

TEST(ArchiveLayout, ATagMissingOrElsewhere) {
  ScratchRepo repo;
  const auto commits = series(repo, "tip", {2024, 2025});
  git_reference* tag = nullptr;
  ASSERT_EQ(git_reference_lookup(&tag, repo.get(), "refs/tags/tip/2024"), 0);
  ASSERT_EQ(git_reference_delete(tag), 0);
  git_reference_free(tag);
  EXPECT_EQ(layout_problem(repo.get(), repo.path()), "tag tip/2024 is missing or elsewhere");
  repo.set_ref("refs/tags/tip/2024", commits[1]);  // the 2025 commit
  EXPECT_EQ(layout_problem(repo.get(), repo.path()), "tag tip/2024 is missing or elsewhere");
  repo.set_ref("refs/tags/tip/2024", commits[0]);
  EXPECT_EQ(layout_problem(repo.get(), repo.path()), "");
}
