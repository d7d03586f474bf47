// The site of the shipped corpus (real TIP copies, 2008–2025): the heat map's
// latest year first, a legend under every tier timeline, and the same arrow
// and colour for every rating move, a first rating included (issue 25).
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "support/command_runner.h"
#include "support/scratch_dir.h"

using yoy::test::CommandResult;
using yoy::test::run_command;

namespace {

std::string read(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

TEST(SitePagesOfTheCorpus, LatestFirstLegendsAndArrows) {
  yoy::test::ScratchDir dir;
  const std::string archive = dir / "corpus.yoy";
  ASSERT_EQ(run_command({YOY_EXE, "-q", "--archive", archive, "ingest",
                         std::string(YOY_SOURCE_DIR) + "/corpus"})
                .exit_code,
            0);
  const CommandResult r =
      run_command({YOY_EXE, "-q", "--archive", archive, "site", "-o", dir / "site"});
  ASSERT_EQ(r.exit_code, 0) << r.err;

  const std::string index = read(dir / "site/index.html");
  const std::size_t y2025 = index.find("<th scope=\"col\">2025</th>");
  const std::size_t y2008 = index.find("<th scope=\"col\">2008</th>");
  ASSERT_NE(y2025, std::string::npos);
  EXPECT_LT(y2025, y2008) << "the heat map shows the latest year first";

  const std::string burma = read(dir / "site/burma.html");
  ASSERT_NE(burma.find("<svg class=\"timeline\""), std::string::npos);
  const std::size_t legend = burma.find("<p class=\"legend timeline-legend\">");
  ASSERT_NE(legend, std::string::npos) << "a timeline without a legend";
  for (const char* mark : {"latest edition", "earlier edition", "across years without an edition",
                           "no edition in the archive"})
    EXPECT_NE(burma.find(mark, legend), std::string::npos) << mark;

  // 2022 → 2023: Russia is new in the corpus (Tier 3, a first rating), Malaysia
  // moved up: both with an arrow and a colour.
  const std::string pair = read(dir / "site/changes-2022-2023.html");
  EXPECT_NE(pair.find("<td class=\"rated\">— → Tier 3 ↗</td>"), std::string::npos) << pair;
  EXPECT_NE(pair.find("<td class=\"up\">Tier 3 → Tier 2 Watch List ↑</td>"), std::string::npos)
      << pair;
  EXPECT_NE(pair.find("↗ first rating"), std::string::npos) << "the arrows are explained";
}

}  // namespace
