// yoy list [WHAT]: the series and their editions; an edition's reports
// ([SERIES/]YEAR); a report's editions ([SERIES/]ID); a series' editions (SERIES).
#include <CLI/CLI.hpp>
#include <algorithm>
#include <string>

#include "choices.h"
#include "commands.h"
#include "report_address.h"
#include "yoy/app/edition_diff.h"
#include "yoy/app/report_listing.h"
#include "yoy/archive/archive.h"
#include "yoy/render/archive_output.h"
#include "yoy/render/listing_output.h"
#include "yoy/util/error.h"

namespace yoy::cli {

namespace {

bool all_digits(const std::string& text) {
  return !text.empty() &&
         std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

std::string run_list(const Archive& archive, const std::string& what, bool json) {
  const std::vector<SeriesInfo> all = archive.series();
  if (what.empty()) return json ? render_list_json(all) : render_list_text(all);
  for (const SeriesInfo& info : all)
    if (info.name == what) return json ? render_list_json({info}) : render_list_text({info});
  const std::string last = what.substr(what.rfind('/') + 1);
  if (what.find('@') == std::string::npos && all_digits(last)) {
    const EditionRef ref = parse_edition_ref(what, archive);
    const EditionListing listing = list_edition(archive, ref.series, ref.year);
    return json ? render_edition_listing_json(listing) : render_edition_listing_text(listing);
  }
  const ReportAddress address = parse_report_address(what, false, archive);
  if (address.year != 0)
    throw InputError("'" + what + "': yoy list takes [SERIES/]YEAR or [SERIES/]ID (without @YEAR)");
  const ReportListing listing = list_report(archive, address.series, address.id);
  return json ? render_report_listing_json(listing) : render_report_listing_text(listing);
}

}  // namespace

void add_list_command(CLI::App& app, Context& context) {
  auto format = std::make_shared<std::string>("text");
  auto what = std::make_shared<std::string>();
  auto* sub = app.add_subcommand(
      "list",
      "Show the editions, an edition's reports ([SERIES/]YEAR) or a report's editions (ID)");
  sub->footer(
      "Examples:\n"
      "  yoy list                 # each series' editions and how many reports each holds\n"
      "  yoy list tip/2023        # the reports of an edition: id, title, rating\n"
      "  yoy list burma           # the editions that hold a report\n"
      "  yoy list 2023 --format json");
  sub->add_option("WHAT", *what, "[SERIES/]YEAR, [SERIES/]ID or SERIES (default: everything)");
  sub->add_option("--format", *format, "Output format")
      ->check(one_of("list format", {"text", "json"}));
  sub->callback([&context, format, what] {
    context.action = [&context, format, what] {
      Archive archive = open_archive(context.globals);
      emit("", run_list(archive, *what, *format == "json"));
      return 0;
    };
  });
}

}  // namespace yoy::cli
