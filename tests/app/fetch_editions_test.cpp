// The TIP source's addresses and the country pages an index page links to
// (relative, root-relative and absolute links; other years and pages ignored),
// and the fetch record's JSON both ways.
#include <gtest/gtest.h>

#include "yoy/app/fetch_editions.h"
#include "yoy/app/fetch_state.h"
#include "yoy/util/error.h"

namespace yoy {
namespace {

TEST(FetchEditions, TipAddresses) {
  EXPECT_EQ(tip_index_url("https://www.state.gov/reports", 2025),
            "https://www.state.gov/reports/2025-trafficking-in-persons-report/");
  EXPECT_EQ(tip_page_url("https://www.state.gov/reports", 2025, "burma"),
            "https://www.state.gov/reports/2025-trafficking-in-persons-report/burma/");
}

TEST(FetchEditions, CountriesOfAnIndexPage) {
  // Links as the report's index page writes them (modelled on state.gov's).
  const std::string index =
      "<html><body><nav><a href=\"/\">Home</a><a href=\"/reports/\">Reports</a></nav><ul>"
      "<li><a href=\"introduction/\">Introduction</a></li>"
      "<li><a href=\"/reports/2025-trafficking-in-persons-report/burma/\">Burma</a></li>"
      "<li><a "
      "href=\"https://www.state.gov/reports/2025-trafficking-in-persons-report/cote-divoire/\">"
      "Cote d'Ivoire</a></li>"
      "<li><a href=\"/reports/2025-trafficking-in-persons-report/burma/#top\">Burma again</a></li>"
      "<li><a href=\"/reports/2024-trafficking-in-persons-report/burma/\">Last year</a></li>"
      "<li><a href=\"/reports/2025-trafficking-in-persons-report/\">This page</a></li>"
      "<li><a href=\"/reports/2025-trafficking-in-persons-report/a/b/\">Deeper</a></li>"
      "<li><a href=\"/reports/2025-trafficking-in-persons-report/Bad_Slug/\">Odd</a></li>"
      "</ul></body></html>";
  EXPECT_EQ(
      tip_index_ids("https://www.state.gov/reports/2025-trafficking-in-persons-report/", index),
      (std::vector<std::string>{"introduction", "burma", "cote-divoire"}));
  EXPECT_TRUE(tip_index_ids("https://x.org/reports/2025-trafficking-in-persons-report/", "not html")
                  .empty());
}

TEST(FetchState, RoundTrip) {
  FetchState state;
  state.pages["https://e.org/2025/burma/"] = {
      2025, "burma", "\"etag\"", "Tue, 24 Jun 2025 10:00:00 GMT", std::string(40, 'a')};
  state.pending.push_back(
      {2025, "chad", "html", "https://e.org/2025/chad/", std::string(40, 'b'), "", "2025-06-24"});
  state.revisions.push_back({2025, "burma", "https://e.org/2025/burma/", std::string(40, 'c'),
                             std::string(40, 'd'), "2025-10-02"});
  const FetchState back = decode_fetch_state(encode_fetch_state(state), "ref");
  EXPECT_EQ(back.pages, state.pages);
  ASSERT_EQ(back.pending.size(), 1u);
  EXPECT_EQ(back.pending[0].id, "chad");
  EXPECT_EQ(back.pending[0].blob, std::string(40, 'b'));
  ASSERT_EQ(back.revisions.size(), 1u);
  EXPECT_EQ(back.revisions[0].from_blob, std::string(40, 'c'));
  EXPECT_EQ(back.revisions[0].date, "2025-10-02");
  EXPECT_THROW(decode_fetch_state("{", "refs/yoy/fetch/tip"), ArchiveError);
  EXPECT_THROW(decode_fetch_state("{\"format\": \"other\"}", "refs/yoy/fetch/tip"), ArchiveError);
  // A pending page whose bytes are not named cannot be ingested: the record is damaged.
  EXPECT_THROW(
      decode_fetch_state(R"({"format": "yoy.fetch-state/1", "pending": [{"id": "x"}]})", "r"),
      ArchiveError);
}

}  // namespace
}  // namespace yoy
