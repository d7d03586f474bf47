#pragma once
// `yoy site`: the whole archive of a series as pages. Computed in app/site,
// formatted in render/site_render.
#include <string>
#include <vector>

#include "yoy/app/statistics_history_result.h"
#include "yoy/app/summary_index_result.h"
#include "yoy/app/tier_table_result.h"
#include "yoy/model/changeset.h"

namespace yoy {

// Two consecutive editions and what changed between them.
struct SitePair {
  int from_year = 0, to_year = 0;
  SummaryIndex index;  // every report of either edition, biggest changes first
};

// One report's change between two consecutive editions (added, removed or changed).
struct SiteReportChange {
  int from_year = 0, to_year = 0;
  ReportChange change;
};

struct SiteReport {
  std::string id, title;
  StatisticsHistory statistics;
  std::vector<SiteReportChange> changes;  // newest first; unchanged pairs left out
};

// A report of an edition revised after publication, as `yoy fetch` recorded it.
struct SiteRevision {
  int year = 0;
  std::string id, title;
  std::string date;     // YYYY-MM-DD yoy saw it
  std::string url;      // the page
  std::string blob;     // the revised bytes' git blob id
  ReportChange change;  // the stored copy before → after
};

struct SiteModel {
  std::string series;
  TierTable tiers;                      // every report, rated or not, by name
  std::vector<SitePair> pairs;          // oldest first
  std::vector<SiteReport> reports;      // reports[i] is the report of tiers.rows[i]
  std::vector<SiteRevision> revisions;  // newest first (feed.xml)
};

// File names of the pages, shared by the pages that link to each other.
inline std::string site_report_page(const std::string& id) { return id + ".html"; }
inline constexpr const char* kSiteFeed = "feed.xml";  // the Atom feed of changes
inline std::string site_pair_page(int from_year, int to_year) {
  return "changes-" + std::to_string(from_year) + "-" + std::to_string(to_year) + ".html";
}

}  // namespace yoy
