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
      // "-> target" is committed as a symbolic link to target.
      const bool link = content.rfind("-> ", 0) == 0;
      const std::string bytes = link ? content.substr(3) : content;
      git_oid blob;
      EXPECT_EQ(git_blob_create_from_buffer(&blob, repo_, bytes.data(), bytes.size()), 0);
      EXPECT_EQ(git_treebuilder_insert(nullptr, builder, path.c_str(), &blob,
                                       link ? GIT_FILEMODE_LINK : GIT_FILEMODE_BLOB),
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

TEST(PlanImport, SymbolicLinksAreNotReports) {
  TempDir dir;
  const fs::path path = dir.path / "linked.json";
  SourceRepo repo(path);
  repo.commit({{"asia/kn.json", profile("North Korea", 100)}, {"asia/kp.json", "-> kn.json"}},
              noon(2020, 3, 1));
  yoy::ImportGitOptions options;
  options.repository = path.string();
  options.path_glob = "*/*.json";
  const auto plan = yoy::plan_import(options, nullptr);
  ASSERT_EQ(plan.size(), 1u);
  EXPECT_EQ(ids(plan[0]), (std::vector<std::string>{"kn"}));
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

// ---- every year checked before anything is written (#17 item 3) -----------

namespace {

// A history whose 2020 edition is good and whose 2021 edition holds `name`
// (committed at `when_2021`): importing must refuse it, naming the rule, and
// write nothing at all, not even the good 2020.
// (plain git writes the commits: libgit2 1.5 cuts commit times to 32 bits).
std::string refusal_for(const std::string& name, const std::string& date_2021 = "@1614600000") {
  TempDir dir;
  const std::string src = (dir.path / "src").string();
  fs::create_directories(src);
  auto commit = [&](const std::string& date) {
    const std::string env = "GIT_AUTHOR_DATE='" + date + " +0000' GIT_COMMITTER_DATE='" + date +
                            " +0000' git -C " + src + " -c user.name=t -c user.email=t@t ";
    return std::system((env + "add -A && " + env + "commit -q -m x").c_str());
  };
  EXPECT_EQ(std::system(("git init -q " + src).c_str()), 0);
  std::ofstream(src + "/kn.txt") << "North Korea 2020\n";
  EXPECT_EQ(commit("@1577880000"), 0);  // 2020-01-01
  std::ofstream(src + "/kn.txt") << "North Korea 2021\n";
  std::ofstream(src + "/" + name) << "another report\n";
  EXPECT_EQ(commit(date_2021), 0);
  const std::string archive_path = (dir.path / "archive").string();
  yoy::ImportGitOptions options;
  options.repository = (dir.path / "src").string();
  options.path_glob = "*.txt";
  options.series = "tip";
  std::string message;
  try {
    yoy::import_git(archive_path, options, {}, nullptr);
    ADD_FAILURE() << name << ": imported";
  } catch (const yoy::InputError& e) {
    message = e.what();
  }
  EXPECT_FALSE(fs::exists(archive_path)) << name << ": the archive was created";
  return message;
}

}  // namespace

TEST(ImportGit, NamesTheArchiveRefusesAreFoundBeforeAnyYearIsWritten) {
  EXPECT_NE(refusal_for("report[1].txt").find("'[' is not allowed"), std::string::npos);
  EXPECT_NE(refusal_for("x.lock.txt").find("ends with '.lock'"), std::string::npos);
  EXPECT_NE(refusal_for("a:b.txt").find("':' is not allowed"), std::string::npos);
  EXPECT_NE(refusal_for("index.txt").find("reserved"), std::string::npos);
  EXPECT_NE(refusal_for("x)<img src=x onerror=alert(1)>.txt").find("')' is not allowed"),
            std::string::npos);
  const std::string long_id(230, 'a');
  const std::string message = refusal_for(long_id + ".txt");
  EXPECT_NE(message.find("230 bytes"), std::string::npos) << message;
  EXPECT_NE(message.find("at most 100 bytes"), std::string::npos) << message;
  EXPECT_NE(message.find("src:" + long_id + ".txt@"), std::string::npos) << "names the file";
}

TEST(ImportGit, YearsAndTimesOutOfRangeAreFoundBeforeAnyYearIsWritten) {
  std::string message = refusal_for("cuba.txt", "@10413792000");  // 2300-01-01
  EXPECT_NE(message.find("year 2300 is outside 1900-2200"), std::string::npos) << message;
  EXPECT_NE(message.find("--until"), std::string::npos) << message;
  message = refusal_for("cuba.txt", "@4611686018427387904");  // 2^62 seconds
  EXPECT_NE(message.find("has time 4611686018427387904, beyond any calendar year"),
            std::string::npos)
      << message;
}

TEST(ImportGit, AllYearsLandWithOneRefUpdateOrNone) {
  // The 2021 report cannot be stored (a file-size limit stands for a full
  // disk): the 2020 edition, written first, must not be published either.
  TempDir dir;
  std::string big;
  std::uint32_t state = 2463534242u;
  for (int word = 0; word < 60000; ++word) {
    state ^= state << 13, state ^= state >> 17, state ^= state << 5;  // incompressible words
    for (int letter = 0; letter < 6; ++letter)
      big += static_cast<char>('a' + (state >> (letter * 5)) % 26);
    big += ' ';
  }
  {
    SourceRepo repo(dir.path / "src");
    repo.commit({{"kn.txt", "North Korea 2020\n"}}, noon(2020, 1, 1));
    repo.commit({{"kn.txt", big}}, noon(2021, 1, 1));
  }
  const std::string archive = (dir.path / "archive").string();
  ASSERT_EQ(yoy::Archive::open(archive, true).series().size(), 0u);
  const std::string command =
      "trap '' XFSZ; ulimit -f 64; exec " + std::string(YOY_EXE) + " --archive " + archive +
      " import-git " + (dir.path / "src").string() +
      " --path '*.txt' --per-year --series tip -q 2>" + (dir.path / "err").string();
  EXPECT_EQ(WEXITSTATUS(std::system(("bash -c \"" + command + "\"").c_str())), 2);
  std::ifstream err(dir.path / "err");
  std::string text((std::istreambuf_iterator<char>(err)), std::istreambuf_iterator<char>());
  EXPECT_NE(text.find("File too large"), std::string::npos) << text;
  EXPECT_TRUE(yoy::Archive::open(archive, false).series().empty()) << "2020 was published alone";
  // With room, both years land.
  yoy::ImportGitOptions options;
  options.repository = (dir.path / "src").string();
  options.path_glob = "*.txt";
  options.series = "tip";
  yoy::Archive opened = yoy::Archive::open(archive, false);
  EXPECT_EQ(yoy::import_git(opened, options).editions.size(), 2u);
  EXPECT_EQ(opened.years("tip"), (std::vector<int>{2020, 2021}));
}

// ---- shallow clones and broken histories (#17 item 6) ----------------------

namespace {

// Three years of history through plain git, cloned with --depth.
struct ClonedHistory {
  TempDir dir;
  fs::path source, clone;
  explicit ClonedHistory(int depth) {
    source = dir.path / "source";
    {
      SourceRepo repo(source);
      repo.commit({{"kn.txt", "North Korea 2022\n"}}, noon(2022, 5, 1));
      repo.commit({{"kn.txt", "North Korea 2023\n"}}, noon(2023, 5, 1));
      repo.commit({{"kn.txt", "North Korea 2024\n"}}, noon(2024, 5, 1));
    }
    clone = dir.path / "clone";
    const std::string command = "git clone -q --bare --depth " + std::to_string(depth) +
                                " file://" + source.string() + " " + clone.string();
    EXPECT_EQ(std::system(command.c_str()), 0) << command;
  }
};

}  // namespace

TEST(ImportGit, AShallowCloneImportsWhatItHoldsAndSaysSo) {
  ClonedHistory shallow(2);
  yoy::ImportGitOptions options;
  options.repository = shallow.clone.string();
  options.path_glob = "*.txt";
  options.series = "tip";
  const auto plan = yoy::plan_import(options);
  ASSERT_EQ(plan.size(), 2u);
  EXPECT_EQ(plan[0].year, 2023);
  EXPECT_EQ(plan[1].year, 2024);
  TempDir archive_dir;
  yoy::Archive archive = yoy::Archive::open((archive_dir.path / "a").string(), true);
  const auto result = yoy::import_git(archive, options);
  EXPECT_EQ(result.shallow_year, 2023);
  EXPECT_EQ(result.shallow_commit.size(), 40u);
  EXPECT_EQ(archive.years("tip"), (std::vector<int>{2023, 2024}));

  // The CLI says it is shallow (on stderr) and imports.
  const std::string err = (archive_dir.path / "err").string();
  const std::string command =
      std::string(YOY_EXE) + " --archive " + (archive_dir.path / "b").string() + " import-git " +
      shallow.clone.string() + " --path '*.txt' --per-year --series tip >/dev/null 2>" + err;
  EXPECT_EQ(WEXITSTATUS(std::system(command.c_str())), 0);
  std::ifstream in(err);
  std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  EXPECT_NE(text.find("is a shallow clone: its history starts at commit"), std::string::npos)
      << text;
  EXPECT_NE(text.find("editions before 2023 are not in it"), std::string::npos) << text;

  // A full clone is not called shallow.
  ClonedHistory full(10);
  options.repository = full.clone.string();
  EXPECT_EQ(yoy::plan_import(options).size(), 3u);
}

TEST(ImportGit, AMissingParentIsAnErrorNotAShorterHistory) {
  ClonedHistory history(10);
  // The source was written by libgit2: loose objects. Remove the 2023 commit.
  const std::string git_dir = (history.source / ".git").string();
  std::string commit;
  {
    FILE* p = ::popen(("git --git-dir " + git_dir + " rev-parse HEAD~1").c_str(), "r");
    char hex[64] = {};
    if (p && std::fgets(hex, sizeof hex, p)) commit.assign(hex, 40);
    if (p) ::pclose(p);
  }
  ASSERT_EQ(commit.size(), 40u);
  ASSERT_TRUE(fs::remove(fs::path(git_dir) / "objects" / commit.substr(0, 2) / commit.substr(2)));
  yoy::ImportGitOptions options;
  options.repository = history.source.string();
  options.path_glob = "*.txt";
  try {
    yoy::plan_import(options);
    FAIL() << "a broken history was walked as a shorter one";
  } catch (const yoy::InputError& e) {
    EXPECT_NE(std::string(e.what()).find("cannot read commit " + commit), std::string::npos)
        << e.what();
  }
}
