#include "report_address.h"

#include <charconv>
#include <vector>

#include "yoy/archive/archive.h"
#include "yoy/model/edition_check.h"
#include "yoy/util/error.h"

namespace yoy::cli {

namespace {

// The series an id without SERIES/ belongs to: the only series, else the only one
// that has the report (at `year`, or in any edition when year is 0).
std::string series_holding(const Archive& archive, const std::string& id, int year,
                           const std::string& text) {
  const std::vector<SeriesInfo> all = archive.series();
  if (all.size() <= 1) return archive.default_series();
  std::vector<std::string> holding;
  std::string names;
  for (const SeriesInfo& info : all) {
    names += (names.empty() ? "" : ", ") + info.name;
    bool has = false;
    for (const auto& [edition_year, count] : info.reports_per_year) {
      if (year != 0 && edition_year != year) continue;
      has = has || archive.find(info.name, edition_year, id).has_value();
    }
    if (has) holding.push_back(info.name);
  }
  if (holding.size() == 1) return holding.front();
  if (holding.empty())
    throw InputError("'" + text + "': no report '" + id + "' in any series (" + names + ")");
  std::string list;
  for (const std::string& name : holding) list += (list.empty() ? "" : ", ") + name;
  throw InputError("'" + text + "': report '" + id + "' is in several series (" + list +
                   "); name one as SERIES/" + id);
}

}  // namespace

ReportAddress parse_report_address(const std::string& text, bool needs_year,
                                   const Archive& archive) {
  ReportAddress address;
  std::string rest = text;
  if (auto at = rest.rfind('@'); at != std::string::npos) {
    const std::string year = rest.substr(at + 1);
    auto [end, ec] = std::from_chars(year.data(), year.data() + year.size(), address.year);
    if (year.empty() || ec != std::errc() || end != year.data() + year.size()) {
      throw InputError("'" + text + "': the year after '@' is not a number (expected ID@YEAR)");
    }
    check_year(address.year, text);
    rest = rest.substr(0, at);
  } else if (needs_year) {
    throw InputError("'" + text + "': no year (expected ID@YEAR or SERIES/ID@YEAR)");
  }
  if (auto slash = rest.find('/'); slash != std::string::npos) {
    address.series = rest.substr(0, slash);
    rest = rest.substr(slash + 1);
    check_name("series", address.series, text);
    address.id = rest;
    check_name("report id", address.id, text);
    return address;
  }
  address.id = rest;
  check_name("report id", address.id, text);
  address.series = series_holding(archive, address.id, address.year, text);
  return address;
}

}  // namespace yoy::cli
