// Output on a terminal fits it: prose wrapped at spaces to the terminal's
// width (COLUMNS, else the terminal's own), tables narrowed, the latest years
// kept first when years must go; never wrapped in a pipe. Run on a
// pseudo-terminal 80 and 200 columns wide, on the shipped corpus (real TIP copies).
#include <gtest/gtest.h>

#include <sstream>

#include "support/command_runner.h"
#include "support/shipped_corpus_suite.h"
#include "support/terminal_runner.h"
#include "yoy/render/wrap.h"

using yoy::test::CommandResult;
using yoy::test::run_command;
using yoy::test::run_on_terminal;

namespace {

// A terminal's lines: "\r\n" ends them.
std::vector<std::string> screen_lines(const std::string& out) {
  std::vector<std::string> lines;
  std::istringstream in(out);
  for (std::string line; std::getline(in, line);) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    lines.push_back(line);
  }
  return lines;
}

std::size_t widest(const std::vector<std::string>& lines) {
  std::size_t most = 0;
  for (const std::string& line : lines) most = std::max(most, yoy::display_width(line));
  return most;
}

std::string words(const std::string& text) {
  std::istringstream in(text);
  std::string out;
  for (std::string w; in >> w;) out += w + " ";
  return out;
}

class TerminalWidth : public yoy::test::ShippedCorpusSuite<TerminalWidth> {
 protected:
  static std::vector<std::string> args(std::vector<std::string> more) {
    more.insert(more.begin(), {YOY_EXE, "--archive", archive(), "--no-pager", "--color", "never"});
    return more;
  }
  // On a terminal `columns` wide, COLUMNS unset unless given.
  static CommandResult on_terminal(const std::vector<std::string>& command, int columns,
                                   const std::string& env_columns = "COLUMNS=") {
    return run_on_terminal(args(command), {env_columns, "TERM=xterm"}, "", columns);
  }
};

TEST_F(TerminalWidth, DiffParagraphsWrapAt80AndStayWholeAt200) {
  const std::string piped = run_command(args({"diff", "2015", "2019", "burma"})).out;
  ASSERT_GT(widest(screen_lines(piped)), 200u) << "the sample needs a paragraph wider than 200";
  const CommandResult at80 = on_terminal({"diff", "2015", "2019", "burma"}, 80);
  ASSERT_EQ(at80.exit_code, 0) << at80.out;
  EXPECT_LE(widest(screen_lines(at80.out)), 80u) << at80.out;
  EXPECT_EQ(words(at80.out), words(piped)) << "wrapping loses or moves no word";
  const CommandResult at200 = on_terminal({"diff", "2015", "2019", "burma"}, 200);
  const std::size_t wide = widest(screen_lines(at200.out));
  EXPECT_LE(wide, 200u);
  EXPECT_GT(wide, 150u) << "a 200-column terminal is used, not 80";
  EXPECT_EQ(words(at200.out), words(piped));
}

TEST_F(TerminalWidth, ColumnsVariableWinsOverTheTerminal) {
  const CommandResult r = on_terminal({"diff", "2015", "2019", "burma"}, 200, "COLUMNS=100");
  const std::size_t wide = widest(screen_lines(r.out));
  EXPECT_LE(wide, 100u);
  EXPECT_GT(wide, 80u);
}

TEST_F(TerminalWidth, NeverWrappedInAPipe) {
  const CommandResult plain = run_command(args({"diff", "2015", "2019", "burma"}));
  const CommandResult narrow = run_command(args({"diff", "2015", "2019", "burma"}), {"COLUMNS=40"});
  EXPECT_EQ(narrow.out, plain.out);
  EXPECT_GT(widest(screen_lines(narrow.out)), 200u);
}

TEST_F(TerminalWidth, HelpFitsEightyColumns) {
  for (const std::vector<std::string>& command : std::vector<std::vector<std::string>>{
           {"--help"}, {"diff", "--help"}, {"tiers", "--help"}, {"check", "--help"}}) {
    const CommandResult r = on_terminal(command, 80);
    EXPECT_EQ(r.exit_code, 0) << command[0];
    EXPECT_LE(widest(screen_lines(r.out)), 80u) << r.out;
  }
  const CommandResult wide = on_terminal({"diff", "--help"}, 200);
  EXPECT_GT(widest(screen_lines(wide.out)), 80u) << "200 columns: descriptions on one line";
  const CommandResult piped = run_command(args({"diff", "--help"}));
  EXPECT_EQ(words(wide.out), words(piped.out));
}

TEST_F(TerminalWidth, TiersTableFitsEightyColumnsLatestYearsFirst) {
  const CommandResult at80 = on_terminal({"tiers"}, 80);
  ASSERT_EQ(at80.exit_code, 0) << at80.out;
  const std::vector<std::string> lines = screen_lines(at80.out);
  EXPECT_LE(widest(lines), 80u) << at80.out;
  // 13 editions do not fit beside the names: the three oldest go, named.
  EXPECT_NE(at80.out.find("latest first; not shown at 80 columns: 2008, 2009, 2014"),
            std::string::npos)
      << at80.out;
  std::string header;
  for (const std::string& line : lines)
    if (line.rfind("report ", 0) == 0) header = line;
  EXPECT_NE(header.find("2025 2024 2023 2022"), std::string::npos) << header;
  EXPECT_EQ(header.find("2008"), std::string::npos) << header;
  // Burma's real history, newest first: 3 (2023), 3, 3, 3↓ (2019), ..., 2WL↑ (2015).
  std::string burma;
  for (const std::string& line : lines)
    if (line.rfind("Burma (burma)", 0) == 0) burma = line;
  EXPECT_NE(burma.find("3↓"), std::string::npos) << burma;
  EXPECT_LT(burma.find("3↓"), burma.find("2WL↑")) << burma;

  const CommandResult at200 = on_terminal({"tiers"}, 200);
  EXPECT_EQ(at200.out.find("not shown"), std::string::npos) << at200.out;
  EXPECT_NE(at200.out.find("2008 2009 2014 2015 2017"), std::string::npos) << at200.out;
  EXPECT_LE(widest(screen_lines(at200.out)), 200u);
  // A pipe gets the whole table as before, gap years and all.
  const CommandResult piped = run_command(args({"tiers"}));
  EXPECT_NE(piped.out.find("2008  2009  2010  2011"), std::string::npos) << piped.out;
}

TEST_F(TerminalWidth, BlameContinuesUnderItsTextColumn) {
  const CommandResult r = on_terminal({"blame", "burma@2023"}, 80);
  ASSERT_EQ(r.exit_code, 0) << r.out;
  const std::vector<std::string> lines = screen_lines(r.out);
  EXPECT_LE(widest(lines), 80u) << r.out;
  std::size_t continued = 0;
  for (const std::string& line : lines)
    if (line.rfind(std::string(26, ' '), 0) == 0 && line.size() > 26 && line[26] != ' ')
      ++continued;
  EXPECT_GT(continued, 0u) << r.out;
}

}  // namespace
