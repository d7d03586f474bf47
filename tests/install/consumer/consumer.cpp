// Parses two editions of a small report, diffs them and prints what moved:
// "<version> <direction> <statistics changed> <json format>".
#include <iostream>

#include "yoy/diff/diff.h"
#include "yoy/parse/parse.h"
#include "yoy/render/render.h"
#include "yoy/tally/count.h"
#include "yoy/util/version.h"

int main() {
  yoy::ParseOptions options;
  options.source_path = "ruritania.txt";
  const yoy::Document from =
      yoy::parse_document("RURITANIA (Tier 2)\n\nOfficials identified 120 victims.\n", options);
  const yoy::Document to =
      yoy::parse_document("RURITANIA (Tier 3)\n\nOfficials identified 200 victims.\n", options);
  yoy::ChangeSet changes;
  changes.reports.push_back(yoy::diff_documents(&from, &to, yoy::DiffOptions{}));
  yoy::summarize(changes);
  const std::string json = yoy::render_json(changes);
  const yoy::ReportChange& report = changes.reports.front();
  std::cout << YOY_VERSION << " " << yoy::direction_name(report.rating->direction) << " "
            << report.statistics.size() << " "
            << (json.find("\"format\": \"yoy.changes/2\"") != std::string::npos ? "yoy.changes/2"
                                                                                : "?")
            << "\n";
}
