#pragma once
// "[SERIES/]ID@YEAR" and "[SERIES/]ID" as typed on the command line.
#include <string>

namespace yoy {
class Archive;
}

namespace yoy::cli {

struct ReportAddress {
  std::string series;  // the archive's only series when not given
  std::string id;
  int year = 0;  // 0 when the address has no @YEAR
};

// Throws InputError when the text is malformed or needs a year it lacks.
ReportAddress parse_report_address(const std::string& text, bool needs_year,
                                   const Archive& archive);

}  // namespace yoy::cli
