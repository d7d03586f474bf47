#include "report_address.h"

#include <algorithm>
#include <charconv>
#include <vector>

#include "yoy/app/name_hints.h"
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
  if (holding.empty()) {
    std::vector<std::string> ids;
    for (const SeriesInfo& info : all)
      for (const std::string& known : series_ids(archive, info.name)) ids.push_back(known);
    throw InputError("'" + text + "': no report '" + id + "' in any series (" + names + ")" +
                     id_hint(id, ids));
  }
  std::string list;
  for (const std::string& name : holding) list += (list.empty() ? "" : ", ") + name;
  throw InputError("'" + text + "': report '" + id + "' is in several series (" + list +
                   "); name one as SERIES/" + id);
}

// The address names a report the archive holds (at its year, when it has one);
// else one line with the closest ids or years.
void check_known(const ReportAddress& address, const Archive& archive) {
  const std::vector<int> years = archive.years(address.series);
  if (years.empty())
    throw InputError("no series '" + address.series +
                     "' in the archive (yoy list shows its series)");
  const std::string edition = address.series + "/" + std::to_string(address.year);
  if (address.year != 0 && std::find(years.begin(), years.end(), address.year) == years.end())
    throw InputError("no edition " + std::to_string(address.year) + " of " + address.series +
                     " in the archive (it has " + years_text(years) + ")" +
                     year_hint(address.year, years));
  if (address.year != 0 && archive.find(address.series, address.year, address.id)) return;
  // Where the report is, if anywhere: another year, or nowhere (then the closest ids).
  std::vector<int> holding;
  for (int year : years)
    if (archive.find(address.series, year, address.id)) holding.push_back(year);
  if (address.year == 0 && !holding.empty()) return;
  if (!holding.empty())
    throw InputError("report '" + address.id + "' is not in " + edition + " (it is in " +
                     years_text(holding) + ")" + year_hint(address.year, holding));
  std::string hint = id_hint(address.id, series_ids(archive, address.series));
  if (hint.empty())
    hint = "; yoy list " + address.series + "/" + std::to_string(years.back()) +
           " lists an edition's reports";
  throw InputError("no report '" + address.id + "' in " +
                   (address.year != 0 ? edition : "any edition of " + address.series) + hint);
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
    check_known(address, archive);
    return address;
  }
  address.id = rest;
  check_name("report id", address.id, text);
  address.series = series_holding(archive, address.id, address.year, text);
  check_known(address, archive);
  return address;
}

}  // namespace yoy::cli
