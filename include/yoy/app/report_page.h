#pragma once
// Whether a fetched page is a report: a server's error page answered with
// status 200, a login wall or an index page must never be kept as one.
#include <string>
#include <string_view>

#include "yoy/parse/parse.h"

namespace yoy {

struct ReportPage {
  std::string problem;    // "" when the page is a report, else why not
  std::string extension;  // "html", "txt" or "json": how it is stored
  Document document;      // what it parsed to (when it is a report)
};

// Reads the bytes as `yoy ingest` would (`where` names them in messages) and
// says whether they are a report: they parse (an error page is refused by
// the reader), and a TIP narrative has its tier, any other report at least
// one section with text.
ReportPage check_report_page(std::string_view bytes, const std::string& where, Profile profile);

}  // namespace yoy
