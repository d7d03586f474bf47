#pragma once
// A report's id and extension from its file's path, by one rule everywhere
// (yoy parse / compare, ingest, import-git, the archive's tree entries):
// - the id is the file name without its extension: corpus/tip/2025/north-korea.txt
//   → "north-korea" (the corpus layout <series>/<year>/<id>.<ext>);
// - except a file named after a year inside a directory that is not one, which
//   is the per-report layout <id>/<year>.<ext>: kn/2024.json → "kn".
#include <string>
#include <string_view>

namespace yoy {

std::string report_id_of_path(std::string_view path);

// Text after the last '.' of the file name; "" when there is none (or the name
// starts with its only dot, ".profile").
std::string_view extension_of_path(std::string_view path);

// Where a report lives in the archive, as messages and Document::source_path
// name it: "tip/2025/north-korea.txt" (<series>/<year>/<file in the year's tree>).
std::string archive_path(std::string_view series, int year, std::string_view file);

}  // namespace yoy
