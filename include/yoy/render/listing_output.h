#pragma once
// `yoy list [SERIES/]YEAR` and `yoy list SERIES/ID` as text or JSON.
#include <string>

#include "yoy/app/report_listing.h"

namespace yoy {

// "tip/2023: 4 reports" then one line per report: id, title, rating.
std::string render_edition_listing_text(const EditionListing& listing);
std::string render_edition_listing_json(const EditionListing& listing);  // "yoy.list-edition/1"

// "tip/burma — Burma: in 6 of 14 editions" then one line per edition: year, rating, file.
std::string render_report_listing_text(const ReportListing& listing);
std::string render_report_listing_json(const ReportListing& listing);  // "yoy.list-report/1"

}  // namespace yoy
