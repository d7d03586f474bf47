// import-git: a small source repository is built with libgit2 (commits across
// years, matching and non-matching paths, a rename, an id collision) and
// planned / imported; the answers are known from how it was built.
#include <git2.h>
#include <gtest/gtest.h>
#include <stdlib.h>
#include <sys/wait.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <string>
#include <vector>

#include "yoy/archive/archive.h"
#include "yoy/archive/import_git.h"
#include "yoy/util/error.h"

namespace fs = std::filesystem;

namespace {

struct TempDir {
  fs::path path;
  TempDir() {
    std::string pattern = (fs::temp_directory_path() / "yoy-import-git-XXXXXX").string();
    path = ::mkdtemp(pattern.data());
  }
  ~TempDir() {
    std::error_code ignored;
    fs::remove_all(path, ignored);
  }
};

// Unix time of noon UTC on a day.
git_time_t noon(int year, int month, int day) {
  std::tm t{};
  t.tm_year = year - 1900;
  t.tm_mon = month - 1;
  t.tm_mday = day;
  t.tm_hour = 12;
  return static_cast<git_time_t>(timegm(&t));
}

// A source repository whose commits are written directly (no work tree use).
class SourceRepo {
 public:
  explicit SourceRepo(const fs::path& dir) {
    git_libgit2_init();
    EXPECT_EQ(git_repository_init(&repo_, dir.c_str(), 0), 0);
  }
  ~SourceRepo() {
    git_repository_free(repo_);
    git_libgit2_shutdown();
  }

  // Commits the whole tree `files` (path → content) at `when` (offset in minutes).
  std::string commit(const std::map<std::string, std::string>& files, git_time_t when,
                     int offset_minutes = 0) {
    git_oid tree_id = build_tree(files);
    git_tree* tree = nullptr;
    EXPECT_EQ(git_tree_lookup(&tree, repo_, &tree_id), 0);
    git_signature* who = nullptr;
    EXPECT_EQ(git_signature_new(&who, "Tester", "t@example.org", when, offset_minutes), 0);
    git_commit* parent = nullptr;
    git_oid head;
    const bool has_parent = git_reference_name_to_id(&head, repo_, "HEAD") == 0;
    if (has_parent) {
      EXPECT_EQ(git_commit_lookup(&parent, repo_, &head), 0);
    }
    const git_commit* parents[] = {parent};
    git_oid commit_id;
    EXPECT_EQ(git_commit_create(&commit_id, repo_, "HEAD", who, who, nullptr, "edit", tree,
                                has_parent ? 1 : 0, parents),
              0);
    git_commit_free(parent);
    git_signature_free(who);
    git_tree_free(tree);
    char hex[GIT_OID_HEXSZ + 1];
    git_oid_tostr(hex, sizeof hex, &commit_id);
    return hex;
  }

 private:
  git_oid build_tree(const std::map<std::string, std::string>& files) {
    std::map<std::string, std::map<std::string, std::string>> subdirs;
    git_treebuilder* builder = nullptr;
    EXPECT_EQ(git_treebuilder_new(&builder, repo_, nullptr), 0);
    for (const auto& [path, content] : files) {
      const std::size_t slash = path.find('/');
      if (slash != std::string::npos) {
        subdirs[path.substr(0, slash)][path.substr(slash + 1)] = content;
        continue;
      }
      git_oid blob;
      EXPECT_EQ(git_blob_create_from_buffer(&blob, repo_, content.data(), content.size()), 0);
      EXPECT_EQ(git_treebuilder_insert(nullptr, builder, path.c_str(), &blob, GIT_FILEMODE_BLOB),
                0);
    }
    for (const auto& [name, inner] : subdirs) {
      git_oid sub = build_tree(inner);
      EXPECT_EQ(git_treebuilder_insert(nullptr, builder, name.c_str(), &sub, GIT_FILEMODE_TREE), 0);
    }
    git_oid tree;
    EXPECT_EQ(git_treebuilder_write(&tree, builder), 0);
    git_treebuilder_free(builder);
    return tree;
  }

  git_repository* repo_ = nullptr;
};

std::string profile(const std::string& country, int population) {
  return "{\"People and Society\": {\"Population\": {\"text\": \"" + std::to_string(population) +
         "\"}}, \"Government\": {\"Country name\": {\"conventional short form\": {\"text\": \"" +
         country + "\"}}}}\n";
}

// History: two commits in 2019, two in 2020, one on 2020-12-31 UTC that is
// already 2021 in its committer's +05:00 zone, one in 2022 (fr deleted, ng new);
// README.md never matches.
struct History {
  TempDir dir;
  fs::path repo_path;
  std::string last_2019, last_2020, last_2021, last_2022;
  History() {
    repo_path = dir.path / "factbook.json";
    SourceRepo repo(repo_path);
    std::map<std::string, std::string> tree = {
        {"README.md", "# not a report\n"},
        {"east-n-southeast-asia/kn.json", profile("North Korea", 100)},
        {"europe/fr.json", profile("France", 60)},
    };
    repo.commit(tree, noon(2019, 3, 1));
    tree["east-n-southeast-asia/kn.json"] = profile("North Korea", 110);
    last_2019 = repo.commit(tree, noon(2019, 11, 1));
    tree["europe/fr.json"] = profile("France", 61);
    repo.commit(tree, noon(2020, 6, 1));
    tree["east-n-southeast-asia/kn.json"] = profile("North Korea", 120);
    last_2020 = repo.commit(tree, noon(2020, 12, 30));
    // 2020-12-31 22:00 UTC is 2021-01-01 03:00 at +05:00: a 2021 commit for its author.
    tree["europe/fr.json"] = profile("France", 62);
    last_2021 = repo.commit(tree, noon(2020, 12, 31) + 10 * 3600, 5 * 60);
    // fr is deleted and a new report appears in 2022.
    tree.erase("europe/fr.json");
    tree["africa/ng.json"] = profile("Niger", 20);
    last_2022 = repo.commit(tree, noon(2022, 2, 2));
  }
};

std::vector<std::string> ids(const yoy::PlannedYear& year) {
  std::vector<std::string> out;
  for (const auto& file : year.files) out.push_back(file.id);
  return out;
}

}  // namespace

TEST(GlobMatch, StarsStayInADirectoryDoubleStarsSpanThem) {
  using yoy::glob_match;
  EXPECT_TRUE(glob_match("*/kn.json", "east-n-southeast-asia/kn.json"));
  EXPECT_FALSE(glob_match("*/kn.json", "a/b/kn.json"));
  EXPECT_TRUE(glob_match("**/kn.json", "a/b/kn.json"));
  EXPECT_TRUE(glob_match("**/kn.json", "kn.json"));
  EXPECT_TRUE(glob_match("a/**", "a/b/c.json"));
  EXPECT_TRUE(glob_match("*.json", "deep/down/x.json"));  // no '/': any directory
  EXPECT_FALSE(glob_match("*.json", "deep/down/x.jsonl"));
  EXPECT_TRUE(glob_match("europe/[a-f]?.json", "europe/fr.json"));
  EXPECT_FALSE(glob_match("europe/[!a-f]?.json", "europe/fr.json"));
  EXPECT_TRUE(glob_match("/europe/*.json", "europe/fr.json"));
  EXPECT_FALSE(glob_match("europe/*.json", "europe/sub/fr.json"));
  EXPECT_TRUE(glob_match("x\\*.json", "x*.json"));
  EXPECT_FALSE(glob_match("x\\*.json", "xy.json"));
  // Many stars against a long name answer at once (no exponential backtracking).
  const std::string long_name(400, 'a');
  EXPECT_FALSE(glob_match("*a*a*a*a*a*a*a*a*a*a*a*a*b", long_name));
}

TEST(IdOfPath, FileNameWithoutExtension) {
  EXPECT_EQ(yoy::id_of_path("east-n-southeast-asia/kn.json"),
            (std::pair<std::string, std::string>{"kn", "json"}));
  EXPECT_EQ(yoy::id_of_path("a/report.v2.txt"),
            (std::pair<std::string, std::string>{"report.v2", "txt"}));
}

TEST(PlanImport, LastCommitOfEachYearInTheCommittersZone) {
  History history;
  yoy::ImportGitOptions options;
  options.repository = history.repo_path.string();
  options.path_glob = "*/*.json";
  std::size_t commits = 0;
  const auto plan = yoy::plan_import(options, &commits);
  EXPECT_EQ(commits, 6u);
  ASSERT_EQ(plan.size(), 4u);
  EXPECT_EQ(plan[0].year, 2019);
  EXPECT_EQ(plan[0].commit_id, history.last_2019);
  EXPECT_EQ(ids(plan[0]), (std::vector<std::string>{"fr", "kn"}));
  EXPECT_EQ(plan[0].files[1].path, "east-n-southeast-asia/kn.json");
  EXPECT_EQ(plan[1].year, 2020);
  EXPECT_EQ(plan[1].commit_id, history.last_2020);
  EXPECT_EQ(plan[2].year, 2021);
  EXPECT_EQ(plan[2].commit_id, history.last_2021);
  EXPECT_EQ(plan[3].year, 2022);
  EXPECT_EQ(ids(plan[3]), (std::vector<std::string>{"kn", "ng"}));  // fr deleted
  // README.md never matches; blobs are the committed ones.
  EXPECT_NE(plan[0].files[1].blob_id, plan[1].files[1].blob_id);
}

TEST(PlanImport, SinceUntilAndGlobSelectYearsAndFiles) {
  History history;
  yoy::ImportGitOptions options;
  options.repository = history.repo_path.string();
  options.path_glob = "kn.json";
  options.since = 2020;
  options.until = 2021;
  const auto plan = yoy::plan_import(options);
  ASSERT_EQ(plan.size(), 2u);
  EXPECT_EQ(plan[0].year, 2020);
  EXPECT_EQ(plan[1].year, 2021);
  EXPECT_EQ(ids(plan[1]), (std::vector<std::string>{"kn"}));
}

TEST(PlanImport, ErrorsSayWhatAndWhere) {
  History history;
  yoy::ImportGitOptions options;
  options.repository = history.repo_path.string();
  options.path_glob = "*.txt";
  try {
    yoy::plan_import(options);
    FAIL() << "nothing matches, yet no error";
  } catch (const yoy::InputError& e) {
    EXPECT_NE(std::string(e.what()).find("no file matches '*.txt'"), std::string::npos) << e.what();
  }
  options.path_glob = "*.json";
  options.since = 2030;
  EXPECT_THROW(yoy::plan_import(options), yoy::InputError);
  options.repository = (history.dir.path / "nowhere").string();
  try {
    yoy::plan_import(options);
    FAIL() << "missing repository, yet no error";
  } catch (const yoy::InputError& e) {
    EXPECT_NE(std::string(e.what()).find("not a git repository"), std::string::npos) << e.what();
  }
}

TEST(PlanImport, CollidingIdsNameBothPaths) {
  TempDir dir;
  SourceRepo repo(dir.path / "src");
  repo.commit({{"asia/kn.json", profile("North Korea", 1)}}, noon(2020, 1, 1));
  repo.commit({{"asia/kn.json", profile("North Korea", 1)}, {"old/kn.json", profile("Old", 1)}},
              noon(2021, 1, 1));
  yoy::ImportGitOptions options;
  options.repository = (dir.path / "src").string();
  options.path_glob = "**/*.json";
  try {
    yoy::plan_import(options);
    FAIL() << "two kn.json in 2021, yet no error";
  } catch (const yoy::InputError& e) {
    const std::string message = e.what();
    EXPECT_NE(message.find("asia/kn.json"), std::string::npos) << message;
    EXPECT_NE(message.find("old/kn.json"), std::string::npos) << message;
    EXPECT_NE(message.find("2021"), std::string::npos) << message;
  }
  // Narrowed, the same history imports.
  options.path_glob = "asia/*.json";
  EXPECT_EQ(yoy::plan_import(options).size(), 2u);
}

TEST(ImportGit, EditionsLandInTheArchiveWithTheCommittedBytes) {
  History history;
  TempDir archive_dir;
  yoy::Archive archive = yoy::Archive::open((archive_dir.path / "archive").string(), true);
  yoy::ImportGitOptions options;
  options.repository = history.repo_path.string();
  options.path_glob = "*/*.json";
  int progress_calls = 0;
  const auto result =
      yoy::import_git(archive, options, [&](const yoy::ImportGitProgress&) { ++progress_calls; });
  EXPECT_GT(progress_calls, 0);
  EXPECT_EQ(result.series, "factbook");  // from the directory "factbook.json"
  ASSERT_EQ(result.editions.size(), 4u);
  EXPECT_EQ(archive.years("factbook"), (std::vector<int>{2019, 2020, 2021, 2022}));
  const auto kn_2020 = archive.find("factbook", 2020, "kn");
  ASSERT_TRUE(kn_2020.has_value());
  EXPECT_EQ(archive.read_blob(kn_2020->blob_id), profile("North Korea", 120));
  EXPECT_EQ(kn_2020->path, "kn.json");
  EXPECT_FALSE(archive.find("factbook", 2022, "fr").has_value());
  EXPECT_TRUE(archive.find("factbook", 2022, "ng").has_value());
  // Importing the same history again changes nothing.
  const auto again = yoy::import_git(archive, options);
  for (const auto& edition : again.editions) EXPECT_FALSE(edition.committed) << edition.year;
}

TEST(ImportGit, BinaryFileRefusedBeforeAnythingIsWritten) {
  TempDir dir;
  {
    SourceRepo repo(dir.path / "src");
    repo.commit({{"a/kn.json", profile("North Korea", 1)}}, noon(2020, 1, 1));
    repo.commit({{"a/kn.json", std::string("{\"x\0", 4)}}, noon(2021, 1, 1));
  }
  const std::string archive_path = (dir.path / "archive").string();
  yoy::Archive archive = yoy::Archive::open(archive_path, true);
  yoy::ImportGitOptions options;
  options.repository = (dir.path / "src").string();
  options.path_glob = "*/*.json";
  options.series = "factbook";
  try {
    yoy::import_git(archive, options);
    FAIL() << "a NUL byte, yet no error";
  } catch (const yoy::InputError& e) {
    EXPECT_NE(std::string(e.what()).find("a/kn.json"), std::string::npos) << e.what();
  }
  EXPECT_TRUE(archive.series().empty());  // the good 2020 edition was not written either
}

TEST(ImportGitCli, ImportsAndRefusesWithoutPerYear) {
  History history;
  TempDir archive_dir;
  const std::string archive = (archive_dir.path / "a").string();
  const std::string base = std::string(YOY_EXE) + " --archive " + archive + " import-git " +
                           history.repo_path.string() + " --path '*/kn.json'";
  EXPECT_EQ(WEXITSTATUS(std::system((base + " 2>/dev/null >/dev/null").c_str())), 2);
  EXPECT_FALSE(fs::exists(archive));
  const std::string out = (archive_dir.path / "out.txt").string();
  ASSERT_EQ(WEXITSTATUS(std::system((base + " --per-year --series fb -q >" + out).c_str())), 0);
  std::ifstream in(out);
  std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  EXPECT_NE(text.find("fb 2019: 1 added"), std::string::npos) << text;
  EXPECT_NE(text.find("fb 2022:"), std::string::npos) << text;
}
