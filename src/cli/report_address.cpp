#include "report_address.h"

#include <charconv>

#include "yoy/archive/archive.h"
#include "yoy/model/edition_check.h"
#include "yoy/util/error.h"

namespace yoy::cli {

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
  } else {
    address.series = archive.default_series();
  }
  address.id = rest;
  check_name("report id", address.id, text);
  return address;
}

}  // namespace yoy::cli
