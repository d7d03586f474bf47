// --stat text: a report id from a hand-built archive is shown inert (printable()),
// and the columns stay aligned on what is shown.
#include <gtest/gtest.h>

#include "yoy/render/stat_output.h"

namespace yoy {
namespace {

ReportStat words(const std::string& id, int added, int removed) {
  ReportStat s;
  s.id = id;
  s.change = Change::changed;
  s.words_added = added;
  s.words_removed = removed;
  return s;
}

TEST(RenderStat, ControlCharactersInAnIdAreShownInert) {
  ChangeStat stat;
  stat.reports_compared = 2;
  stat.reports = {words("kn\x1b[2J\nOK", 1, 1), words("ab", 2, 0)};
  stat.total = words("", 3, 1);
  const std::string text = render_stat_text(stat, false);
  EXPECT_EQ(text.find('\x1b'), std::string::npos) << text;
  EXPECT_EQ(text,
            " kn\\x1b[2J OK | 2 +-\n"
            " ab           | 2 ++\n"
            " 2 reports changed of 2, 3 words added(+), 1 removed(-)\n");
}

}  // namespace
}  // namespace yoy
