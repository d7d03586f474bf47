#pragma once
// `yoy list YEAR` and `yoy list SERIES/ID`: what an edition holds and where a
// report is, read from each edition's headlines (title and rating) as yoy tiers reads them.
#include <string>

#include "yoy/model/report_listing.h"

namespace yoy {

class Archive;

// Throws InputError for an unknown series or year (with the nearest years).
EditionListing list_edition(const Archive& archive, const std::string& series, int year);

// Throws InputError for an unknown series or a report the series never held
// (with the closest ids).
ReportListing list_report(const Archive& archive, const std::string& series, const std::string& id);

}  // namespace yoy
