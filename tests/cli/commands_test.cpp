// End-to-end: the built yoy binary on a generated three-edition archive and on
// the shipped corpus (check, summary, log, blame; exit codes, output, bad input).
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "support/command_runner.h"
#include "yoy/util/files.h"

namespace fs = std::filesystem;
using yoy::test::CommandResult;
using yoy::test::run_command;

namespace {

const std::string kSeed = std::string(YOY_SOURCE_DIR) + "/corpus/tip/2025/north-korea.txt";

// Recommendations whose history the generated series knows.
const std::string kSince2023 =
    "End the use of forced labor as punishment for DPRK citizens involuntarily repatriated from "
    "other countries.";
const std::string kAdded2024 = "Accede to the 2000 UN TIP Protocol.";
const std::string kReworded2025 =
    "Cease garnishing wages of overseas workers for the purposes of subsidizing the state budget.";
const std::string kOldWording =
    "Cease garnishing the wages of overseas workers for the purpose of subsidizing the state "
    "budget.";
const std::string kDropped2025 =
    "Dismantle the political prison camps and release all persons held in them.";

std::string read(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

void replace_all(std::string& text, const std::string& from, const std::string& to) {
  ASSERT_NE(text.find(from), std::string::npos) << "generator: '" << from << "' not in the seed";
  for (std::size_t at = 0; (at = text.find(from, at)) != std::string::npos; at += to.size())
    text.replace(at, from.size(), to);
}

// Replaces the body of a section (from its heading line to the next heading).
void replace_between(std::string& text, const std::string& start, const std::string& end,
                     const std::string& body) {
  auto a = text.find(start);
  auto b = text.find(end, a);
  ASSERT_TRUE(a != std::string::npos && b != std::string::npos) << start << " .. " << end;
  text.replace(a + start.size(), b - a - start.size(), body);
}

// The seed (2025) and two constructed earlier editions with known changes:
// 2023 Tier 2 Watch List → 2024 Tier 3 (downgrade) → 2025 Tier 3.
// north-korea: kAdded2024 added in 2024; kOldWording reworded in 2025 to
//   kReworded2025; kDropped2025 removed in 2025; 120,000 → 200,000 in 2025;
//   Protection rewritten in 2025.
// testland: 2023 and 2024 only; 2024 drops Prevention and says "upgraded"
//   although it moved down.
struct Generated {
  std::map<std::string, std::string> files;  // "tip/2024/north-korea.txt" → text

  Generated() {
    const std::string seed = read(kSeed);
    std::string y2024 = seed;
    replace_all(y2024, "2025 Trafficking in Persons Report", "2024 Trafficking in Persons Report");
    replace_all(y2024, "80,000 to 200,000", "80,000 to 120,000");
    replace_all(y2024, kReworded2025, kOldWording);
    replace_all(y2024, kAdded2024 + "\n", kAdded2024 + "\n\n" + kDropped2025 + "\n");
    replace_all(y2024, "The DPRK remained on Tier 3.", "The DPRK was downgraded to Tier 3.");
    replace_between(y2024, "PROTECTION\n", "PREVENTION\n",
                    "\nOfficials ran two shelters for women in the capital and said they had "
                    "trained border guards to refer migrants to social workers, but gave no "
                    "numbers of victims assisted or of guards trained.\n\n");
    std::string y2023 = y2024;
    replace_all(y2023, "2024 Trafficking in Persons Report", "2023 Trafficking in Persons Report");
    replace_all(y2023, "(TIER 3)", "(TIER 2 WATCH LIST)");
    replace_all(y2023, "(Tier 3)", "(Tier 2 Watch List)");
    replace_all(y2023, "The DPRK was downgraded to Tier 3.",
                "The DPRK remained on Tier 2 Watch List.");
    replace_all(y2023, "\n" + kAdded2024 + "\n", "\n");

    auto testland = [](std::string text) {
      replace_all(text, "KOREA, DEMOCRATIC PEOPLE'S REPUBLIC OF", "TESTLAND");
      return text;
    };
    std::string t2024 = testland(y2024);
    replace_all(t2024, "The DPRK was downgraded to Tier 3.", "The DPRK was upgraded to Tier 3.");
    replace_between(t2024, "PREVENTION\n", "TRAFFICKING PROFILE:", "\n");
    replace_all(t2024, "PREVENTION\n", "");

    files["tip/2023/north-korea.txt"] = y2023;
    files["tip/2024/north-korea.txt"] = y2024;
    files["tip/2025/north-korea.txt"] = seed;
    files["tip/2023/testland.txt"] = testland(y2023);
    files["tip/2024/testland.txt"] = t2024;
  }
};

class Commands : public ::testing::Test {
 protected:
  static fs::path work_;
  static fs::path archive_;
  static std::string setup_error_;

  static void SetUpTestSuite() {
    work_ = fs::temp_directory_path() / ("yoy-e2e-" + std::to_string(::getpid()));
    fs::remove_all(work_);
    fs::create_directories(work_ / "corpus");
    Generated generated;
    for (const auto& [path, text] : generated.files) {
      fs::create_directories((work_ / "corpus" / path).parent_path());
      yoy::write_file_atomic((work_ / "corpus" / path).string(), text);
    }
    archive_ = work_ / "archive";
    auto ingest = run_command(
        {YOY_EXE, "--archive", archive_.string(), "-q", "ingest", (work_ / "corpus").string()});
    if (ingest.exit_code != 0) setup_error_ = "ingest failed: " + ingest.err;
  }
  static void TearDownTestSuite() { fs::remove_all(work_); }

  void SetUp() override { ASSERT_TRUE(setup_error_.empty()) << setup_error_; }

  CommandResult yoy(std::vector<std::string> args, std::vector<std::string> env = {}) {
    args.insert(args.begin(), {YOY_EXE, "--archive", archive_.string()});
    env.push_back("NO_COLOR=");
    return run_command(args, env);
  }

  fs::path write_policy(const std::string& name, const std::string& text) {
    fs::path path = work_ / name;
    yoy::write_file_atomic(path.string(), text);
    return path;
  }

  static void expect_one_line_error(const CommandResult& r, const std::string& fragment) {
    EXPECT_EQ(r.exit_code, 2) << r.out << r.err;
    EXPECT_TRUE(r.out.empty()) << r.out;
    ASSERT_FALSE(r.err.empty());
    EXPECT_EQ(r.err.find('\n'), r.err.size() - 1) << "one line: " << r.err;
    EXPECT_NE(r.err.find(fragment), std::string::npos) << r.err;
  }
};

fs::path Commands::work_;
fs::path Commands::archive_;
std::string Commands::setup_error_;

}  // namespace

TEST_F(Commands, CheckEachRuleFiresAndDoesNotFire) {
  struct Case {
    const char* rule;
    const char* extra;
    const char* fires_from;  // FROM TO where it fires
    const char* fires_to;
    const char* quiet_from;  // FROM TO where it does not
    const char* quiet_to;
    const char* says;
  };
  const Case cases[] = {
      {"tier-downgrade", "", "2023", "2024", "2024", "2025", "tier downgraded"},
      {"tier-change", "", "2023", "2024", "2024", "2025", "tier changed"},
      {"recommendation-removed", "", "2024", "2025", "2023", "2024", "Dismantle the political"},
      {"section-removed", "", "2023", "2024", "2024", "2025", "section removed"},
      {"report-missing", "", "2024", "2025", "2023", "2024", "testland: report missing"},
      {"statistic-change", ", \"percent\": 50", "2024", "2025", "2023", "2024",
       "80,000 to 200,000"},
      {"section-text-change", ", \"percent\": 50", "2024", "2025", "2023", "2024", "of its words"},
      {"tier-contradiction", "", "2023", "2024", "2024", "2025", "the new text says"},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.rule);
    fs::path policy = write_policy(std::string(c.rule) + ".json",
                                   std::string("{\"rules\": [{\"rule\": \"") + c.rule +
                                       "\", \"severity\": \"error\"" + c.extra + "}]}");
    auto fires = yoy({"check", c.fires_from, c.fires_to, "--policy", policy.string()});
    EXPECT_EQ(fires.exit_code, 1) << fires.out << fires.err;
    EXPECT_NE(fires.out.find(c.says), std::string::npos) << fires.out;
    auto quiet = yoy({"check", c.quiet_from, c.quiet_to, "--policy", policy.string()});
    EXPECT_EQ(quiet.exit_code, 0) << quiet.out << quiet.err;
    EXPECT_NE(quiet.out.find("OK: 0 errors"), std::string::npos) << quiet.out;
  }
}

TEST_F(Commands, CheckWarningsDoNotFail) {
  fs::path policy = write_policy(
      "warn.json", R"({"rules": [{"rule": "tier-downgrade", "severity": "warning"}]})");
  auto r = yoy({"check", "2023", "2024", "--policy", policy.string()});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("warning north-korea: tier downgraded: Tier 2 Watch List → Tier 3"),
            std::string::npos)
      << r.out;
  EXPECT_NE(r.out.find("OK: 0 errors, 2 warnings"), std::string::npos) << r.out;
}

TEST_F(Commands, CheckDefaultPolicy) {
  auto down = yoy({"check", "tip/2023", "tip/2024"});
  EXPECT_EQ(down.exit_code, 1) << down.err;
  EXPECT_NE(down.out.find("policy: default"), std::string::npos);
  auto same = yoy({"check", "2025", "2025"});
  EXPECT_EQ(same.exit_code, 0) << same.out << same.err;
}

TEST_F(Commands, CheckGithubAnnotations) {
  auto r = yoy({"check", "2023", "2024", "--format", "github"});
  EXPECT_EQ(r.exit_code, 1) << r.err;
  std::istringstream lines(r.out);
  std::string line;
  int errors = 0, notices = 0;
  while (std::getline(lines, line)) {
    ASSERT_EQ(line.rfind("::", 0), 0u) << line;
    if (line.rfind("::error file=tip/2024/north-korea.txt,title=yoy tier-downgrade "
                   "(north-korea)::north-korea: tier downgraded",
                   0) == 0)
      ++errors;
    if (line.rfind("::notice ", 0) == 0) ++notices;
  }
  EXPECT_EQ(errors, 1) << r.out;
  EXPECT_EQ(notices, 1);
}

TEST_F(Commands, CheckJunitFileParsesBack) {
  if (std::system("python3 -c 'import xml.etree.ElementTree' >/dev/null 2>&1") != 0)
    GTEST_SKIP() << "python3 is needed to parse the JUnit XML";
  fs::path xml = work_ / "check.xml";
  auto r = yoy({"check", "2023", "2024", "--format", "junit", "-o", xml.string()});
  EXPECT_EQ(r.exit_code, 1) << r.err;
  EXPECT_TRUE(r.out.empty());
  auto parsed =
      run_command({"/usr/bin/env", "python3",
                   std::string(YOY_SOURCE_DIR) + "/tests/support/junit_summary.py", xml.string()});
  ASSERT_EQ(parsed.exit_code, 0) << parsed.out;
  // Default policy: 8 rules × 2 reports.
  EXPECT_EQ(parsed.out.rfind("suite 16 ", 0), 0u) << parsed.out;
  EXPECT_NE(parsed.out.find("case tip.north-korea|tier-downgrade|failure|tier downgraded: Tier 2 "
                            "Watch List → Tier 3"),
            std::string::npos)
      << parsed.out;
  EXPECT_NE(parsed.out.find("case tip.testland|section-removed|warning|"), std::string::npos);
}

TEST_F(Commands, CheckBadInput) {
  fs::path typo =
      write_policy("typo.json", R"({"rules": [{"rule": "tier-dowgrade", "severity": "error"}]})");
  expect_one_line_error(yoy({"check", "2023", "2024", "--policy", typo.string()}),
                        "typo.json: rules[0].rule: unknown rule 'tier-dowgrade'");
  fs::path broken = write_policy("broken.json", "{\"rules\": [");
  expect_one_line_error(yoy({"check", "2023", "2024", "--policy", broken.string()}),
                        "broken.json: not valid JSON");
  expect_one_line_error(yoy({"check", "2023", "2024", "--policy", (work_ / "none.json").string()}),
                        "none.json: no such file");
  expect_one_line_error(yoy({"check", "2023", "2024", "--format", "xml"}), "unknown check format");
  expect_one_line_error(yoy({"check", "2019", "2024"}), "2019");
  fs::path blocked = work_ / "not-a-dir";
  yoy::write_file_atomic(blocked.string(), "x");
  expect_one_line_error(
      yoy({"check", "2023", "2024", "--format", "junit", "-o", (blocked / "out.xml").string()}),
      "cannot write");
}

TEST_F(Commands, CheckReversedSaysSo) {
  auto r = yoy({"check", "2024", "2023"});
  EXPECT_NE(r.out.find("(reversed: FROM is later than TO)"), std::string::npos) << r.out << r.err;
  EXPECT_NE(r.exit_code, 2) << r.err;
}

TEST_F(Commands, SummaryWritesEveryFileBiggestFirst) {
  fs::path out = work_ / "summary" / "nested";
  auto r = yoy({"summary", "2024", "2025", "-o", out.string()});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  for (const char* name : {"index.md", "index.html", "north-korea.md", "north-korea.html",
                           "testland.md", "testland.html"})
    EXPECT_TRUE(fs::exists(out / name)) << name;
  std::string index = read(out / "index.md");
  EXPECT_NE(index.find("# Changes tip/2024 → tip/2025"), std::string::npos) << index;
  // testland was removed (bigger than north-korea's changes without a tier move).
  auto testland = index.find("testland");
  auto korea = index.find("north-korea.md");
  ASSERT_NE(testland, std::string::npos);
  ASSERT_NE(korea, std::string::npos);
  EXPECT_LT(testland, korea) << index;
  EXPECT_NE(read(out / "index.html").find("<a href=\"north-korea.html\">"), std::string::npos);
  for (const auto& entry : fs::directory_iterator(out))
    EXPECT_EQ(entry.path().filename().string().find(".yoy-tmp"), std::string::npos);

  // Same inputs, same bytes.
  fs::path again = work_ / "summary-again";
  ASSERT_EQ(yoy({"summary", "2024", "2025", "-o", again.string()}).exit_code, 0);
  for (const auto& entry : fs::directory_iterator(out))
    EXPECT_EQ(read(entry.path()), read(again / entry.path().filename())) << entry.path();
}

TEST_F(Commands, SummaryTierMoveComesFirst) {
  fs::path out = work_ / "summary-2023";
  ASSERT_EQ(yoy({"summary", "2023", "2024", "-o", out.string()}).exit_code, 0);
  std::string index = read(out / "index.md");
  // Both moved down; testland changed more (its Prevention section went too).
  EXPECT_LT(index.find("testland.md"), index.find("north-korea.md")) << index;
  EXPECT_NE(index.find("Tier 2 Watch List → Tier 3 ↓"), std::string::npos) << index;
}

TEST_F(Commands, SummaryReversedSaysSo) {
  fs::path out = work_ / "summary-reversed";
  auto r = yoy({"summary", "2025", "2024", "-o", out.string()});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(read(out / "index.md").find("Reversed: FROM is later than TO"), std::string::npos);
}

TEST_F(Commands, SummaryNeverWritesThroughASymlinkOutOfItsDirectory) {
  fs::path out = work_ / "summary-links";
  fs::create_directories(out);
  fs::path outside = work_ / "outside.md";
  yoy::write_file_atomic(outside.string(), "not yours");
  fs::create_symlink(outside, out / "north-korea.md");
  fs::create_symlink(outside, out / "index.html");
  // Links yoy did not make are someone else's: refused, nothing written through them.
  expect_one_line_error(yoy({"summary", "2024", "2025", "-o", out.string()}),
                        "was not written by yoy");
  EXPECT_EQ(read(outside), "not yours");
  // Even where the manifest lists the name, a link planted in its place is not yoy's file.
  fs::remove(out / "north-korea.md");
  fs::remove(out / "index.html");
  ASSERT_EQ(yoy({"summary", "2024", "2025", "-o", out.string()}).exit_code, 0);
  fs::remove(out / "index.html");
  fs::create_symlink(outside, out / "index.html");
  expect_one_line_error(yoy({"summary", "2024", "2025", "-o", out.string()}),
                        "was not written by yoy");
  EXPECT_EQ(read(outside), "not yours");
  EXPECT_TRUE(fs::is_symlink(out / "index.html"));
}

TEST_F(Commands, SummaryUnwritableDirectoryWritesNothing) {
  fs::path blocked = work_ / "summary-blocker";
  yoy::write_file_atomic(blocked.string(), "x");
  auto r = yoy({"summary", "2024", "2025", "-o", (blocked / "out").string()});
  expect_one_line_error(r, "cannot create");
  EXPECT_EQ(read(blocked), "x");
  expect_one_line_error(yoy({"summary", "2024", "2030", "-o", (work_ / "never").string()}), "2030");
  EXPECT_FALSE(fs::exists(work_ / "never"));
}

TEST_F(Commands, LogTimeline) {
  auto text = yoy({"log", "north-korea"});
  ASSERT_EQ(text.exit_code, 0) << text.err;
  EXPECT_NE(text.out.find("2023  Tier 2 Watch List"), std::string::npos) << text.out;
  EXPECT_NE(text.out.find("Tier 3            ↓"), std::string::npos) << text.out;
  EXPECT_EQ(text.out.find("\x1b["), std::string::npos);

  auto json = yoy({"log", "north-korea", "--format", "json"});
  ASSERT_EQ(json.exit_code, 0) << json.err;
  auto root = nlohmann::json::parse(json.out);
  EXPECT_EQ(root["format"], "yoy.log/1");
  auto& entries = root["entries"];
  ASSERT_EQ(entries.size(), 3u);
  EXPECT_EQ(entries[0]["year"], 2023);
  EXPECT_EQ(entries[0]["tier"], "Tier 2 Watch List");
  EXPECT_EQ(entries[0]["recommendations"], 11);
  EXPECT_EQ(entries[1]["direction"], "downgrade");
  EXPECT_EQ(entries[1]["recommendations"], 12);
  EXPECT_EQ(entries[1]["recommendations_new"], 1);
  EXPECT_EQ(entries[2]["direction"], "unchanged");
  EXPECT_EQ(entries[2]["recommendations"], 11);
  EXPECT_EQ(entries[2]["recommendations_removed"], 1);
  EXPECT_EQ(entries[2]["recommendations_reworded"], 1);
  EXPECT_GE(entries[2]["statistics_changed"].get<int>(), 1);
  EXPECT_GT(entries[2]["words_added"].get<int>(), 0);

  auto testland = yoy({"log", "testland", "--format", "json"});
  ASSERT_EQ(testland.exit_code, 0) << testland.err;
  EXPECT_EQ(nlohmann::json::parse(testland.out)["entries"][2]["present"], false);
}

TEST_F(Commands, BlameFollowsRewordings) {
  auto r = yoy({"blame", "north-korea@2025", "--format", "json"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  auto root = nlohmann::json::parse(r.out);
  EXPECT_EQ(root["format"], "yoy.blame/1");
  EXPECT_EQ(root["year"], 2025);
  std::map<std::string, nlohmann::json> by_text;
  for (const auto& line : root["lines"]) by_text[line["text"].get<std::string>()] = line;
  ASSERT_TRUE(by_text.count(kSince2023));
  EXPECT_EQ(by_text[kSince2023]["first_year"], 2023);
  EXPECT_EQ(by_text[kSince2023]["editions"], 3);
  EXPECT_TRUE(by_text[kSince2023]["last_reworded"].is_null());
  ASSERT_TRUE(by_text.count(kAdded2024));
  EXPECT_EQ(by_text[kAdded2024]["first_year"], 2024);
  ASSERT_TRUE(by_text.count(kReworded2025));
  EXPECT_EQ(by_text[kReworded2025]["first_year"], 2023);
  EXPECT_EQ(by_text[kReworded2025]["last_reworded"], 2025);
  EXPECT_EQ(by_text[kReworded2025]["kind"], "recommendation");
  const std::string sentence =
      "The government did not report any trafficking-related law enforcement efforts.";
  ASSERT_TRUE(by_text.count(sentence));
  EXPECT_EQ(by_text[sentence]["first_year"], 2023);
  EXPECT_EQ(by_text[sentence]["kind"], "sentence");

  auto older = yoy({"blame", "north-korea@2024", "--format", "json"});
  ASSERT_EQ(older.exit_code, 0) << older.err;
  EXPECT_NE(older.out.find(kDropped2025), std::string::npos);

  auto text = yoy({"blame", "north-korea@2025"});
  ASSERT_EQ(text.exit_code, 0);
  EXPECT_NE(text.out.find("2023         3      2025  "), std::string::npos) << text.out;
}

TEST_F(Commands, HistoryBadInput) {
  expect_one_line_error(yoy({"log", "atlantis"}), "atlantis");
  expect_one_line_error(yoy({"blame", "atlantis@2025"}), "atlantis");
  expect_one_line_error(yoy({"blame", "testland@2025"}), "testland");
  expect_one_line_error(yoy({"blame", "north-korea@1999"}), "1999");
  expect_one_line_error(yoy({"blame", "north-korea"}), "expected ID@YEAR");
  expect_one_line_error(yoy({"log", "north-korea", "--format", "xml"}), "unknown log format");
  fs::path blocked = work_ / "log-blocker";
  yoy::write_file_atomic(blocked.string(), "x");
  expect_one_line_error(yoy({"log", "north-korea", "-o", (blocked / "log.txt").string()}),
                        "cannot write");
}

TEST_F(Commands, ColourOnlyWhenAskedFor) {
  auto never = yoy({"--color", "never", "log", "north-korea"});
  EXPECT_EQ(never.out.find("\x1b["), std::string::npos);
  auto always = yoy({"--color", "always", "log", "north-korea"});
  EXPECT_NE(always.out.find("\x1b[31m↓"), std::string::npos) << always.out;
  auto no_color = yoy({"log", "north-korea"}, {"NO_COLOR=1"});
  EXPECT_EQ(no_color.out.find("\x1b["), std::string::npos);
  auto check = yoy({"check", "2023", "2024", "--color", "always"});
  EXPECT_NE(check.out.find("\x1b[31merror"), std::string::npos) << check.out;
  auto plain_check = yoy({"check", "2023", "2024"});
  EXPECT_EQ(plain_check.out.find("\x1b["), std::string::npos);
}

TEST_F(Commands, OtherCommandsExitCodes) {
  EXPECT_EQ(yoy({"list"}).exit_code, 0);
  EXPECT_EQ(yoy({"diff", "2024", "2025"}).exit_code, 0);
  EXPECT_EQ(yoy({"diff", "2024", "2025", "--exit-code"}).exit_code, 1);
  EXPECT_EQ(yoy({"diff", "2025", "2025", "--exit-code"}).exit_code, 0);
  EXPECT_EQ(yoy({"cat", "north-korea@2024"}).exit_code, 0);
  EXPECT_EQ(yoy({"cat", "atlantis@2024"}).exit_code, 2);
  EXPECT_EQ(yoy({"nonsense"}).exit_code, 2);
}

// The constructed pair: 2024 → 2025 of north-korea (tests/fixtures/constructed/README.md).
TEST(CommandsOnCorpus, CheckSummaryLogBlame) {
  const fs::path corpus = fs::path(YOY_SOURCE_DIR) / "tests" / "fixtures" / "constructed";
  fs::path work = fs::temp_directory_path() / ("yoy-e2e-corpus-" + std::to_string(::getpid()));
  fs::remove_all(work);
  const std::string archive = (work / "archive").string();
  auto yoy = [&](std::vector<std::string> args) {
    args.insert(args.begin(), {YOY_EXE, "--archive", archive});
    return run_command(args, {"NO_COLOR="});
  };
  ASSERT_EQ(yoy({"-q", "ingest", corpus.string()}).exit_code, 0);
  auto check = yoy({"check", "2024", "2025"});
  EXPECT_EQ(check.exit_code, 1) << check.err;
  EXPECT_NE(check.out.find("1 report checked"), std::string::npos) << check.out;
  auto summary = yoy({"summary", "2024", "2025", "-o", (work / "summary").string()});
  EXPECT_EQ(summary.exit_code, 0) << summary.err;
  EXPECT_TRUE(fs::exists(work / "summary" / "north-korea.html"));
  auto log = yoy({"log", "north-korea"});
  EXPECT_EQ(log.exit_code, 0) << log.err;
  EXPECT_NE(log.out.find("2024  "), std::string::npos);
  auto blame = yoy({"blame", "north-korea@2025"});
  EXPECT_EQ(blame.exit_code, 0) << blame.err;
  EXPECT_NE(blame.out.find("Accede to the 2000 UN TIP Protocol."), std::string::npos);
  fs::remove_all(work);
}

// The shipped corpus: real copies of real editions (corpus/README.md). The gate
// fires on Burma's real downgrade (2015 Tier 2 Watch List → 2019 Tier 3) and on
// no stay; reports/ is what summary makes of 2022 → 2023.
TEST(CommandsOnCorpus, RealHistory) {
  const fs::path corpus = fs::path(YOY_SOURCE_DIR) / "corpus";
  fs::path work = fs::temp_directory_path() / ("yoy-e2e-real-" + std::to_string(::getpid()));
  fs::remove_all(work);
  const std::string archive = (work / "archive").string();
  auto yoy = [&](std::vector<std::string> args) {
    args.insert(args.begin(), {YOY_EXE, "--archive", archive});
    return run_command(args, {"NO_COLOR="});
  };
  ASSERT_EQ(yoy({"-q", "ingest", corpus.string()}).exit_code, 0);
  auto down = yoy({"check", "2015", "2019"});
  EXPECT_EQ(down.exit_code, 1) << down.out << down.err;
  EXPECT_NE(down.out.find("burma: tier downgraded: Tier 2 Watch List \xE2\x86\x92 Tier 3"),
            std::string::npos)
      << down.out;
  auto stay = yoy({"check", "2020", "2021"});  // north-korea Tier 3 both years
  EXPECT_EQ(stay.out.find("[tier-"), std::string::npos) << stay.out;
  auto diff = yoy({"diff", "2022", "2023", "malaysia"});
  EXPECT_NE(diff.out.find("Tier 3 \xE2\x86\x92 Tier 2 Watch List (upgrade)"), std::string::npos)
      << diff.out;
  auto summary = yoy({"summary", "2022", "2023", "-o", (work / "summary").string()});
  EXPECT_EQ(summary.exit_code, 0) << summary.err;
  if (fs::exists(fs::path(YOY_SOURCE_DIR) / "reports" / "index.md")) {
    EXPECT_EQ(read(work / "summary" / "index.md"),
              read(fs::path(YOY_SOURCE_DIR) / "reports" / "index.md"));
  }
  auto log = yoy({"log", "burma"});
  EXPECT_EQ(log.exit_code, 0) << log.err;
  EXPECT_NE(log.out.find("2008  "), std::string::npos) << log.out;
  fs::remove_all(work);
}
