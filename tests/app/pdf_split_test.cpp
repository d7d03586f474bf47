// `yoy split` and `yoy ingest REPORT.pdf` through the CLI, and the bad-PDF
// table: each ends in a correct result, or exit 2 with one line on stderr and
// no output directory left behind.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <functional>

#include "support/command_runner.h"
#include "support/pdf_samples.h"
#include "support/scratch_dir.h"
#include "yoy/util/files.h"

namespace fs = std::filesystem;
using yoy::test::CommandResult;
using yoy::test::run_command;

namespace {

std::string sample_pdf(const yoy::test::ScratchDir& dir, int year = 2025) {
  const std::string path = dir / ("report-" + std::to_string(year) + ".pdf");
  yoy::test::write_report_pdf(yoy::test::sample_report(yoy::test::sample_narratives(year), year),
                              path);
  return path;
}

int lines(const std::string& s) {
  int n = 0;
  for (char c : s) n += c == '\n';
  return n;
}

bool have_qpdf() { return run_command({"/usr/bin/env", "qpdf", "--version"}).exit_code == 0; }

}  // namespace

TEST(PdfSplit, WritesOneTextFilePerNarrativeAndPrintsOneLineEach) {
  yoy::test::ScratchDir dir;
  const std::string pdf = sample_pdf(dir);
  const std::string out = dir / "editions";
  CommandResult r =
      run_command({YOY_EXE, "split", pdf, "--series", "tip", "--year", "2025", "-o", out});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(lines(r.out), 4) << r.out;
  EXPECT_NE(r.out.find("north-korea"), std::string::npos);
  EXPECT_NE(r.out.find("Tier 3"), std::string::npos);
  for (const char* id :
       {"north-korea", "cote-divoire", "democratic-republic-of-the-congo", "libya"})
    EXPECT_TRUE(fs::exists(out + "/tip/2025/" + id + ".txt")) << id;
  // Each file compares unchanged with the text it was typeset from.
  r = run_command({YOY_EXE, "compare", YOY_SOURCE_DIR "/corpus/tip/2025/north-korea.txt",
                   out + "/tip/2025/north-korea.txt", "--exit-code"});
  EXPECT_EQ(r.exit_code, 0) << r.out << r.err;
  // A second split into the same place is refused and leaves it as it was; --force replaces it.
  r = run_command({YOY_EXE, "split", pdf, "--year", "2025", "-o", out});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_EQ(lines(r.err), 1) << r.err;
  r = run_command({YOY_EXE, "split", pdf, "--year", "2025", "-o", out, "--force", "-q"});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.err, "");
  std::size_t entries = 0;
  for (const auto& e : fs::directory_iterator(out + "/tip")) ++entries, (void)e;
  EXPECT_EQ(entries, 1u) << "staging directories left behind";
}

TEST(PdfSplit, AReportSetAsThe2015OneSplitsIntoTheSameFiles) {
  // Titles inside the columns, tier charts, photographs' captions, a pull
  // quote: the same four narratives as the full-width layout, and each file
  // compares unchanged with the text it was typeset from.
  yoy::test::ScratchDir dir;
  const std::string pdf = dir / "report-in-column.pdf";
  yoy::test::write_report_pdf(yoy::test::sample_report(yoy::test::in_column_narratives(2025), 2025,
                                                       yoy::test::Layout::in_column),
                              pdf);
  const std::string out = dir / "editions";
  CommandResult r = run_command({YOY_EXE, "split", pdf, "--year", "2025", "-o", out, "-q"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(lines(r.out), 4) << r.out;
  EXPECT_NE(r.out.find("libya"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("Special Case"), std::string::npos) << r.out;
  r = run_command({YOY_EXE, "compare", YOY_SOURCE_DIR "/corpus/tip/2025/north-korea.txt",
                   out + "/tip/2025/north-korea.txt", "--exit-code"});
  EXPECT_EQ(r.exit_code, 0) << r.out << r.err;
  const std::string nk = yoy::read_file(out + "/tip/2025/north-korea.txt", 1u << 20);
  EXPECT_EQ(nk.find("TIER RANKING"), std::string::npos);
  EXPECT_EQ(nk.find("Fishermen"), std::string::npos);
}

TEST(PdfSplit, TheHostileSharedContentPdfGetsOneLineAndExitTwo) {
  // Issue 21: 2,000 pages sharing one content stream of 5,000 text objects.
  yoy::test::ScratchDir dir;
  const std::string pdf = dir / "hostile.pdf";
  yoy::test::write_shared_content_pdf(pdf, 2000, 5000);
  const std::string out = dir / "out";
  CommandResult r = run_command({YOY_EXE, "split", pdf, "--year", "2025", "-o", out});
  EXPECT_EQ(r.exit_code, 2) << r.out;
  EXPECT_EQ(lines(r.err), 1) << r.err;
  EXPECT_NE(r.err.find(pdf + ": page "), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("holds 5000 words, more than the 4000"), std::string::npos) << r.err;
  EXPECT_FALSE(fs::exists(out));
  r = run_command({YOY_EXE, "parse", pdf});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_EQ(lines(r.err), 1) << r.err;
}

TEST(PdfSplit, IngestStoresTheNarrativesAsOneEditionWithTheirPages) {
  yoy::test::ScratchDir dir;
  const std::string archive = dir / "archive";
  for (int year : {2024, 2025}) {
    CommandResult r = run_command({YOY_EXE, "--archive", archive, "ingest", sample_pdf(dir, year),
                                   "--series", "tip", "--year", std::to_string(year)});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    EXPECT_NE(r.out.find("4 added"), std::string::npos) << r.out;
  }
  CommandResult log = run_command(
      {"/usr/bin/env", "git", "--git-dir", archive, "log", "-1", "--format=%B", "tip/2025"});
  EXPECT_NE(log.out.find("git blob "), std::string::npos) << log.out;
  EXPECT_NE(log.out.find("north-korea.txt: pages 6-9"), std::string::npos) << log.out;
  // The 2024 → 2025 changes are those of the text editions.
  CommandResult diff = run_command({YOY_EXE, "--archive", archive, "diff", "2024", "2025"});
  EXPECT_NE(diff.out.find("Tier 2 Watch List → Tier 3"), std::string::npos) << diff.out;
  EXPECT_NE(diff.out.find("1 of 4 reports changed"), std::string::npos) << diff.out;
}

struct BadPdf {
  std::string name;
  std::function<bool(const yoy::test::ScratchDir&, const std::string&)> make;  // false: skip
  bool splits;           // a correct result instead of a refusal
  std::string mentions;  // in the one-line refusal
};

class BadPdfs : public ::testing::TestWithParam<BadPdf> {};

TEST_P(BadPdfs, OneLineAndExitTwoOrACorrectResultAndNothingHalfWritten) {
  const BadPdf& bad = GetParam();
  yoy::test::ScratchDir dir;
  const std::string pdf = dir / "bad.pdf";
  if (!bad.make(dir, pdf)) GTEST_SKIP() << "qpdf is not installed (scripts/setup installs it)";
  const std::string out = dir / "out";
  CommandResult r = run_command({YOY_EXE, "split", pdf, "--year", "2025", "-o", out});
  if (bad.splits) {
    EXPECT_EQ(r.exit_code, 0) << r.err;
    EXPECT_TRUE(fs::exists(out + "/tip/2025/north-korea.txt"));
    return;
  }
  EXPECT_EQ(r.exit_code, 2) << r.out << r.err;
  EXPECT_EQ(lines(r.err), 1) << r.err;
  EXPECT_NE(r.err.find(pdf), std::string::npos) << r.err;
  EXPECT_NE(r.err.find(bad.mentions), std::string::npos) << r.err;
  EXPECT_FALSE(fs::exists(out)) << "split left " << out << " behind";
  if (bad.mentions == "no country narrative") return;  // parse reads it as a generic document
  // parse says the same in one line.
  r = run_command({YOY_EXE, "parse", pdf});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_EQ(lines(r.err), 1) << r.err;
}

INSTANTIATE_TEST_SUITE_P(
    Table, BadPdfs,
    ::testing::Values(BadPdf{"encrypted",
                             [](const yoy::test::ScratchDir& d, const std::string& p) {
                               if (!have_qpdf()) return false;
                               const std::string plain = sample_pdf(d);
                               return run_command({"/usr/bin/env", "qpdf", "--encrypt",
                                                   "user-secret", "owner-secret", "256", "--",
                                                   plain, p})
                                          .exit_code == 0;
                             },
                             false, "password"},
                      BadPdf{"owner_password_only",
                             [](const yoy::test::ScratchDir& d, const std::string& p) {
                               if (!have_qpdf()) return false;
                               const std::string plain = sample_pdf(d);
                               return run_command({"/usr/bin/env", "qpdf", "--encrypt", "",
                                                   "owner-secret", "256", "--extract=n", "--",
                                                   plain, p})
                                          .exit_code == 0;
                             },
                             true, ""},
                      BadPdf{"image_only",
                             [](const yoy::test::ScratchDir&, const std::string& p) {
                               yoy::test::write_image_only_pdf(p, 3);
                               return true;
                             },
                             false, "ocrmypdf"},
                      BadPdf{"truncated",
                             [](const yoy::test::ScratchDir& d, const std::string& p) {
                               const std::string bytes = yoy::read_file(sample_pdf(d), 1u << 30);
                               yoy::test::write_text(p, bytes.substr(0, bytes.size() / 2));
                               return true;
                             },
                             false, "truncated"},
                      BadPdf{"no_narrative",
                             [](const yoy::test::ScratchDir&, const std::string& p) {
                               yoy::test::PdfReport report = yoy::test::sample_report({}, 2025);
                               yoy::test::write_report_pdf(report, p);
                               return true;
                             },
                             false, "no country narrative"},
                      BadPdf{"not_a_pdf",
                             [](const yoy::test::ScratchDir&, const std::string& p) {
                               yoy::test::write_text(p, std::string("\x89PNG\r\n\x1a\n\0\0\0", 11));
                               return true;
                             },
                             false, "not a PDF"},
                      BadPdf{"two_thousand_pages",
                             [](const yoy::test::ScratchDir&, const std::string& p) {
                               yoy::test::PdfReport report;
                               yoy::test::PdfChapter filler;
                               filler.kind = yoy::test::PdfChapter::Kind::filler;
                               filler.filler_pages = 1998;
                               report.chapters.push_back(filler);
                               yoy::test::SampleNarrative nk =
                                   yoy::test::sample_narratives(2025)[2];
                               report.chapters.push_back(yoy::test::narrative_chapter(nk));
                               report.chapters.back().new_page = true;
                               yoy::test::write_report_pdf(report, p);
                               return true;
                             },
                             true, ""}),
    [](const auto& info) { return info.param.name; });

TEST(PdfSplit, OtherBinaryFilesAreStillRefusedAsBinary) {
  yoy::test::ScratchDir dir;
  const std::string path = dir / "x.txt";
  yoy::test::write_text(path, std::string("%PDX-\0binary", 12));
  CommandResult r = run_command({YOY_EXE, "parse", path});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("binary file (NUL byte"), std::string::npos) << r.err;
}
