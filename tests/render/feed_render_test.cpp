// The Atom feed: one entry per edition pair and per revision, newest first,
// every entry with its id, title, date and link; text escaped as XML.
#include "yoy/render/feed_render.h"

#include <gtest/gtest.h>

namespace yoy {
namespace {

SiteModel sample() {
  SiteModel m;
  m.series = "tip";
  SitePair pair;
  pair.from_year = 2023;
  pair.to_year = 2024;
  IndexRow row;
  row.id = "burma";
  row.title = "Burma & <Myanmar>";
  row.tier_from = "Tier 2 Watch List";
  row.tier_to = "Tier 3";
  row.direction = Direction::downgrade;
  pair.index.rows.push_back(row);
  pair.index.changed = 1;
  m.pairs.push_back(pair);
  SitePair later = pair;
  later.from_year = 2024;
  later.to_year = 2025;
  later.index.rows.clear();
  m.pairs.push_back(later);
  SiteRevision r;
  r.year = 2024;
  r.id = "burma";
  r.title = "Burma";
  r.date = "2024-09-02";
  r.url = "https://www.state.gov/reports/2024-trafficking-in-persons-report/burma/";
  r.blob = std::string(40, 'a');
  m.revisions.push_back(r);
  return m;
}

std::vector<std::string> all(const std::string& text, const std::string& open,
                             const std::string& close) {
  std::vector<std::string> out;
  for (std::size_t at = text.find(open); at != std::string::npos; at = text.find(open, at + 1)) {
    const std::size_t start = at + open.size();
    out.push_back(text.substr(start, text.find(close, start) - start));
  }
  return out;
}

TEST(FeedRender, EntriesNewestFirst) {
  const std::string feed = render_site_feed(sample());
  EXPECT_EQ(feed.rfind("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed "
                       "xmlns=\"http://www.w3.org/2005/Atom\">",
                       0),
            0u);
  const auto updated = all(feed, "<updated>", "</updated>");
  EXPECT_EQ(updated, (std::vector<std::string>{"2025-01-01T00:00:00Z", "2025-01-01T00:00:00Z",
                                               "2024-09-02T00:00:00Z", "2024-01-01T00:00:00Z"}));
  const auto ids = all(feed, "<id>", "</id>");
  EXPECT_EQ(ids,
            (std::vector<std::string>{"urn:yoy:tip:feed", "urn:yoy:tip:changes:2024-2025",
                                      "urn:yoy:tip:revision:2024:burma:" + std::string(40, 'a'),
                                      "urn:yoy:tip:changes:2023-2024"}));
  EXPECT_NE(
      feed.find("<link rel=\"alternate\" type=\"text/html\" href=\"changes-2023-2024.html\"/>"),
      std::string::npos);
  EXPECT_NE(feed.find("<title>The 2024 Burma page was revised on 2024-09-02</title>"),
            std::string::npos);
  EXPECT_NE(feed.find("Burma &amp; &lt;Myanmar&gt;: Tier 2 Watch List → Tier 3 (downgrade)"),
            std::string::npos)
      << feed;
  EXPECT_EQ(feed.find("<Myanmar>"), std::string::npos);
}

// Hostile input (issue 21): a report id that would close the href and add an
// attribute, and a title carrying ESC and U+202E, as a planted archive may hold.
TEST(FeedRender, LinksAndTextOfAHostileReport) {
  SiteModel m = sample();
  m.revisions[0].id = "x\" onmouseover=\"alert(1)";
  m.revisions[0].title = "Burma\x1b[31m\u202e";
  const std::string feed = render_site_feed(m);
  // The link goes through link_target: percent-encoded, one path segment.
  EXPECT_NE(feed.find("href=\"x%22%20onmouseover%3D%22alert%281%29.html\""), std::string::npos)
      << feed;
  EXPECT_EQ(feed.find("onmouseover=\""), std::string::npos);
  EXPECT_EQ(feed.find('\x1b'), std::string::npos);
  EXPECT_EQ(feed.find("\u202e"), std::string::npos);
  EXPECT_NE(feed.find("Burma\\x1b[31m\\u202e"), std::string::npos) << feed;
}

TEST(FeedRender, EmptySeries) {
  SiteModel m;
  m.series = "tip";
  const std::string feed = render_site_feed(m);
  EXPECT_EQ(all(feed, "<entry>", "</entry>").size(), 0u);
  EXPECT_NE(feed.find("<updated>1970-01-01T00:00:00Z</updated>"), std::string::npos);
}

}  // namespace
}  // namespace yoy
