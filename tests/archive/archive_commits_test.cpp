// Writing a series' history (archive_commits): deterministic edition commits
// (time from the year, message from the trees, the committer from git config
// or yoy), relinking later editions, keeping replaced heads, tags that follow,
// and publishing a chain by compare-and-swap. Repositories are written with
// libgit2 (support/scratch_repo); the reports are the seed's id and bytes.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "archive/archive_internal.h"
#include "support/scratch_dir.h"
#include "support/scratch_repo.h"

using namespace yoy::archive_detail;
using yoy::test::ScratchRepo;

namespace {

TreeEntries entries_of(ScratchRepo& repo, const std::map<std::string, std::string>& files) {
  TreeEntries out;
  for (const auto& [name, bytes] : files) out[id_of_entry(name)] = {name, repo.blob(bytes)};
  return out;
}

std::string message_of(ScratchRepo& repo, const git_oid& commit) {
  git_commit* c = nullptr;
  EXPECT_EQ(git_commit_lookup(&c, repo.get(), &commit), 0);
  std::string m = git_commit_message(c);
  git_commit_free(c);
  return m;
}

// Editions of tip, written as yoy writes them, with the branch and tags.
std::vector<EditionCommit> write_chain(ScratchRepo& repo, const std::vector<int>& years) {
  std::vector<EditionCommit> editions;
  for (int year : years) {
    const git_oid tree = write_tree_of(
        repo.get(), "t", entries_of(repo, {{"north-korea.txt", "Tier " + std::to_string(year)}}));
    const git_oid commit =
        write_edition_commit(repo.get(), "t", CommitIdentity{}, "tip", year, tree,
                             editions.empty() ? nullptr : &editions.back());
    editions.push_back({year, commit, tree});
    repo.set_ref(tag_ref("tip", year), commit);
  }
  repo.set_ref(branch_ref("tip"), editions.back().commit);
  return editions;
}

}  // namespace

TEST(ArchiveCommits, CommitTimeIsNewYearsDayOfTheYear) {
  EXPECT_EQ(commit_time_of(2025), 1735689600);  // 2025-01-01T00:00:00Z
  EXPECT_EQ(commit_time_of(2001), 978307200);
  EXPECT_EQ(commit_time_of(1971), 31536000);
  // Before 1971: seconds after the epoch, still one a year and in order.
  EXPECT_EQ(commit_time_of(1970), 70);
  EXPECT_EQ(commit_time_of(1969), 69);
  EXPECT_LT(commit_time_of(1970), commit_time_of(1971));
}

TEST(ArchiveCommits, EditionMessageCountsAgainstThePreviousEdition) {
  ScratchRepo repo;
  const TreeEntries first = entries_of(repo, {{"north-korea.txt", "a"}, {"burma.txt", "b"}});
  EXPECT_EQ(edition_message("tip", 2024, first, nullptr), "tip 2024: 2 reports (2 added)\n");
  const TreeEntries second =
      entries_of(repo, {{"north-korea.txt", "a"}, {"burma.txt", "b changed"}, {"china.txt", "c"}});
  EXPECT_EQ(edition_message("tip", 2025, second, &first),
            "tip 2025: 3 reports (1 added, 1 changed, 1 unchanged)\n");
  const TreeEntries third = entries_of(repo, {{"china.txt", "c"}});
  EXPECT_EQ(edition_message("tip", 2026, third, &second),
            "tip 2026: 1 report (2 removed, 1 unchanged)\n");
  EXPECT_EQ(edition_message("tip", 2027, {}, nullptr), "tip 2027: 0 reports\n");
}

TEST(ArchiveCommits, TreesRoundTripByReportId) {
  ScratchRepo repo;
  const TreeEntries entries =
      entries_of(repo, {{"north-korea.txt", "Tier 3"}, {"kn.json", "{}"}, {"burma.html", "<p>"}});
  const git_oid tree = write_tree_of(repo.get(), "t", entries);
  const TreeEntries back = tree_entries(repo.get(), tree, "t");
  ASSERT_EQ(back.size(), 3u);
  for (const auto& [id, entry] : entries) {
    ASSERT_EQ(back.count(id), 1u) << id;
    EXPECT_EQ(back.at(id).name, entry.name);
    EXPECT_TRUE(git_oid_equal(&back.at(id).blob, &entry.blob));
  }
  EXPECT_EQ(back.at("kn").name, "kn.json");
}

TEST(ArchiveCommits, EditionCommitsAreDeterministic) {
  ScratchRepo a, b;
  const auto in_a = write_chain(a, {2024, 2025});
  const auto in_b = write_chain(b, {2024, 2025});
  EXPECT_TRUE(git_oid_equal(&in_a[1].commit, &in_b[1].commit)) << "same trees, same commits";
  EXPECT_EQ(message_of(a, in_a[1].commit), "tip 2025: 1 report (1 changed)\n");
  git_commit* c = nullptr;
  ASSERT_EQ(git_commit_lookup(&c, a.get(), &in_a[1].commit), 0);
  EXPECT_EQ(git_commit_time(c), commit_time_of(2025));
  EXPECT_STREQ(git_commit_author(c)->name, "yoy");
  EXPECT_STREQ(git_commit_author(c)->email, "yoy@localhost");
  EXPECT_EQ(git_commit_parentcount(c), 1u);
  EXPECT_TRUE(git_oid_equal(git_commit_parent_id(c, 0), &in_a[0].commit));
  git_commit_free(c);
  // A note follows the summary after a blank line, ending in one newline.
  const git_oid noted =
      write_edition_commit(a.get(), "t", CommitIdentity{"Analyst", "a@ngo.org"}, "tip", 2026,
                           in_a[1].tree, &in_a[1], "Split by yoy from report.pdf");
  EXPECT_EQ(message_of(a, noted),
            "tip 2026: 1 report (1 unchanged)\n\nSplit by yoy from report.pdf\n");
  ASSERT_EQ(git_commit_lookup(&c, a.get(), &noted), 0);
  EXPECT_STREQ(git_commit_committer(c)->name, "Analyst");
  git_commit_free(c);
}

TEST(ArchiveCommits, RelinkingRebuildsLaterEditionsOnTheirNewParents) {
  ScratchRepo repo;
  std::vector<EditionCommit> editions = write_chain(repo, {2023, 2024, 2025});
  const std::vector<EditionCommit> before = editions;
  // A new 2023 tree: 2024 and 2025 keep their trees, get new commits.
  editions[0].tree = write_tree_of(repo.get(), "t", entries_of(repo, {{"north-korea.txt", "new"}}));
  editions[0].commit = write_edition_commit(repo.get(), "t", CommitIdentity{}, "tip", 2023,
                                            editions[0].tree, nullptr);
  relink_from(repo.get(), "t", CommitIdentity{}, "tip", editions, 1);
  for (std::size_t i = 0; i < 3; ++i) {
    EXPECT_FALSE(git_oid_equal(&editions[i].commit, &before[i].commit)) << i;
    if (i > 0) {
      EXPECT_TRUE(git_oid_equal(&editions[i].tree, &before[i].tree)) << i;
    }
  }
  git_commit* c = nullptr;
  ASSERT_EQ(git_commit_lookup(&c, repo.get(), &editions[2].commit), 0);
  EXPECT_TRUE(git_oid_equal(git_commit_parent_id(c, 0), &editions[1].commit));
  git_commit_free(c);
}

TEST(ArchiveCommits, ReplacedHeadsAreKeptOnceEach) {
  ScratchRepo repo;
  const auto editions = write_chain(repo, {2024, 2025});
  EXPECT_TRUE(keep_as_replaced(repo.get(), repo.path(), editions[1].commit));
  EXPECT_FALSE(keep_as_replaced(repo.get(), repo.path(), editions[1].commit)) << "already kept";
  // A stale lock of a previous run does not stop the next name.
  std::filesystem::create_directories(repo.path() + "/refs/yoy/replaced");
  std::ofstream(repo.path() + "/refs/yoy/replaced/2.lock") << "";
  EXPECT_TRUE(keep_as_replaced(repo.get(), repo.path(), editions[0].commit));
  const git_oid first = repo.ref("refs/yoy/replaced/1"), second = repo.ref("refs/yoy/replaced/2");
  EXPECT_TRUE(git_oid_equal(&first, &editions[1].commit));
  EXPECT_TRUE(git_oid_equal(&second, &editions[0].commit));
  EXPECT_FALSE(std::filesystem::exists(repo.path() + "/refs/yoy/replaced/2.lock"));
}

TEST(ArchiveCommits, TagsFollowTheEditions) {
  ScratchRepo repo;
  const auto old_editions = write_chain(repo, {2023, 2024, 2025});
  // 2024 removed, 2025 rebuilt on 2023.
  std::vector<EditionCommit> editions = {old_editions[0], old_editions[2]};
  relink_from(repo.get(), "t", CommitIdentity{}, "tip", editions, 1);
  follow_tags(repo.get(), repo.path(), "tip", old_editions, editions);
  EXPECT_FALSE(repo.has_ref("refs/tags/tip/2024"));
  const git_oid t2023 = repo.ref("refs/tags/tip/2023"), t2025 = repo.ref("refs/tags/tip/2025");
  EXPECT_TRUE(git_oid_equal(&t2023, &old_editions[0].commit));
  EXPECT_TRUE(git_oid_equal(&t2025, &editions[1].commit));
}

TEST(ArchiveCommits, PublishingIsACompareAndSwap) {
  ScratchRepo repo;
  const auto editions = write_chain(repo, {2024, 2025});
  const Chain old = read_chain(repo.get(), repo.path(), "tip");
  // Another writer moved the branch since `old` was read: nothing is written.
  repo.set_ref(branch_ref("tip"), editions[0].commit);
  std::vector<EditionCommit> rebuilt = {editions[0]};
  EXPECT_FALSE(publish_chain(repo.get(), repo.path(), "tip", old, rebuilt, "test"));
  EXPECT_FALSE(repo.has_ref("refs/yoy/replaced/1"));
  EXPECT_TRUE(repo.has_ref("refs/tags/tip/2025"));
  // At the head read: the branch moves back to 2024, the old head is kept, 2025's tag goes.
  repo.set_ref(branch_ref("tip"), editions[1].commit);
  EXPECT_TRUE(publish_chain(repo.get(), repo.path(), "tip", old, rebuilt, "test"));
  const git_oid head = repo.ref(branch_ref("tip")), kept = repo.ref("refs/yoy/replaced/1");
  EXPECT_TRUE(git_oid_equal(&head, &editions[0].commit));
  EXPECT_TRUE(git_oid_equal(&kept, &editions[1].commit));
  EXPECT_FALSE(repo.has_ref("refs/tags/tip/2025"));
}

TEST(ArchiveCommits, PublishingAheadKeepsNothingAndNoEditionsDeletesTheBranch) {
  ScratchRepo repo;
  auto editions = write_chain(repo, {2024});
  const Chain old = read_chain(repo.get(), repo.path(), "tip");
  // A new year on top: the old head is in the new history, nothing to keep.
  const git_oid tree = write_tree_of(repo.get(), "t", entries_of(repo, {{"north-korea.txt", "x"}}));
  editions.push_back(
      {2025,
       write_edition_commit(repo.get(), "t", CommitIdentity{}, "tip", 2025, tree, &editions[0]),
       tree});
  ASSERT_TRUE(publish_chain(repo.get(), repo.path(), "tip", old, editions, "test"));
  EXPECT_FALSE(repo.has_ref("refs/yoy/replaced/1"));
  EXPECT_TRUE(repo.has_ref("refs/tags/tip/2025"));
  // Every edition removed: the branch and its tags go, the head is kept.
  const Chain now = read_chain(repo.get(), repo.path(), "tip");
  ASSERT_TRUE(publish_chain(repo.get(), repo.path(), "tip", now, {}, "test"));
  EXPECT_FALSE(repo.has_ref(branch_ref("tip")));
  EXPECT_FALSE(repo.has_ref("refs/tags/tip/2024"));
  EXPECT_FALSE(repo.has_ref("refs/tags/tip/2025"));
  EXPECT_TRUE(repo.has_ref("refs/yoy/replaced/1"));
}

// user.name and user.email from the repository's config, both or neither.
// The machine's own git config is set aside (libgit2's search path) while it runs.
TEST(ArchiveCommits, TheCommitterIsGitsUserWhenBothAreSet) {
  yoy::test::ScratchDir nowhere;
  git_libgit2_init();  // held for the whole test: a shutdown would reset the search path
  const git_config_level_t levels[] = {GIT_CONFIG_LEVEL_SYSTEM, GIT_CONFIG_LEVEL_XDG,
                                       GIT_CONFIG_LEVEL_GLOBAL};
  std::vector<std::string> saved;
  for (git_config_level_t level : levels) {
    git_buf path = GIT_BUF_INIT;
    ASSERT_EQ(git_libgit2_opts(GIT_OPT_GET_SEARCH_PATH, level, &path), 0);
    saved.emplace_back(path.ptr ? path.ptr : "");
    git_buf_dispose(&path);
    ASSERT_EQ(git_libgit2_opts(GIT_OPT_SET_SEARCH_PATH, level, nowhere.path().c_str()), 0);
  }
  CommitIdentity name_only, both, empty_name, neither;
  {
    ScratchRepo repo;
    neither = commit_identity(repo.get());
    git_config* config = nullptr;
    ASSERT_EQ(git_repository_config(&config, repo.get()), 0);
    EXPECT_EQ(git_config_set_string(config, "user.name", "Analyst"), 0);
    name_only = commit_identity(repo.get());
    EXPECT_EQ(git_config_set_string(config, "user.email", "analyst@ngo.org"), 0);
    both = commit_identity(repo.get());
    EXPECT_EQ(git_config_set_string(config, "user.name", ""), 0);
    empty_name = commit_identity(repo.get());
    git_config_free(config);
  }
  for (std::size_t i = 0; i < saved.size(); ++i)
    git_libgit2_opts(GIT_OPT_SET_SEARCH_PATH, levels[i], saved[i].c_str());
  git_libgit2_shutdown();
  EXPECT_EQ(neither.name, "yoy");
  EXPECT_EQ(neither.email, "yoy@localhost");
  EXPECT_EQ(name_only.name, "yoy") << "a name without an email is not used";
  EXPECT_EQ(name_only.email, "yoy@localhost");
  EXPECT_EQ(both.name, "Analyst");
  EXPECT_EQ(both.email, "analyst@ngo.org");
  EXPECT_EQ(empty_name.name, "yoy") << "an empty name is none";
  EXPECT_EQ(empty_name.email, "yoy@localhost");
}
