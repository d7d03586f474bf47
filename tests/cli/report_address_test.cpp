// A report named without SERIES/ is found in the one series that has it; a
// report in several series is refused naming them, with SERIES/ID to type.
#include <gtest/gtest.h>

#include "support/command_runner.h"
#include "support/corpus_archive.h"

using yoy::test::CommandResult;
using yoy::test::run_command;

namespace {

TEST(ReportAddress, IdWithoutSeriesInTwoSeriesArchive) {
  yoy::test::CorpusArchive corpus;
  ASSERT_TRUE(corpus.ok()) << corpus.error();
  const std::string archive = corpus.archive();
  // A second series holding north-korea (2025 only) and one that does not.
  ASSERT_EQ(run_command({YOY_EXE, "--archive", archive, "-q", "ingest",
                         yoy::test::corpus_file(2025), "--series", "copy", "--year", "2025"})
                .exit_code,
            0);
  ASSERT_EQ(
      run_command({YOY_EXE, "--archive", archive, "-q", "ingest", yoy::test::corpus_file(2025),
                   "--series", "other", "--year", "2025", "--id", "burma"})
          .exit_code,
      0);
  CommandResult r = run_command({YOY_EXE, "--archive", archive, "log", "north-korea"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_EQ(r.err,
            "yoy: 'north-korea': report 'north-korea' is in several series (copy, tip); name one "
            "as SERIES/north-korea\n");
  // Only tip has it in 2024; only other has burma.
  r = run_command({YOY_EXE, "--archive", archive, "cat", "north-korea@2024"});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  r = run_command({YOY_EXE, "--archive", archive, "log", "burma"});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out.rfind("other/burma", 0), 0u) << r.out;
  r = run_command({YOY_EXE, "--archive", archive, "log", "north-korea", "--series", "copy"});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out.rfind("copy/north-korea", 0), 0u) << r.out;
  r = run_command({YOY_EXE, "--archive", archive, "log", "atlantis"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("no report 'atlantis' in any series (copy, other, tip)"), std::string::npos)
      << r.err;
}

}  // namespace
