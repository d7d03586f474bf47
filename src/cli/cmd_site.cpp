// yoy site [SERIES] [-o DIR]
// A static site of a whole series: index (tier heat map, latest changes), a
// page per report and a page per pair of consecutive editions.
#include <CLI/CLI.hpp>
#include <iostream>

#include "commands.h"
#include "progress.h"
#include "yoy/app/site.h"
#include "yoy/archive/archive.h"
#include "yoy/publish/site.h"

namespace yoy::cli {

namespace {

struct SiteArgs {
  std::string series, output = "site";
};

int run_site(const Globals& globals, const SiteArgs& args) {
  const Archive archive = open_archive(globals);
  const std::string series = args.series.empty() ? archive.default_series() : args.series;
  SiteModel model;
  {
    Progress progress(globals, "comparing editions");
    model = build_site_model(archive, series,
                             [&](int done, int total) { progress.update(done, total); });
  }
  const std::vector<OutputFile> pages = render_site_pages(model);
  write_output_directory(args.output, pages);
  if (!globals.quiet)
    // The pages, and the feed beside them (not a page).
    std::cerr << "wrote " << pages.size() - 1 << " pages and " << kSiteFeed << " to " << args.output
              << " (" << model.reports.size() << " reports, " << model.pairs.size()
              << " edition pairs): " << args.output << "/index.html\n";
  return 0;
}

}  // namespace

void add_site_command(CLI::App& app, Context& context) {
  auto args = std::make_shared<SiteArgs>();
  auto* sub = app.add_subcommand("site", "Write a static site of a whole series into a directory");
  sub->footer(
      "index.html: every report's tier in every edition (a heat map that sorts and filters),\n"
      "the latest changes and every edition pair; <id>.html per report: its tier timeline,\n"
      "statistics charts and its changes edition by edition; changes-<from>-<to>.html per\n"
      "pair of consecutive editions. The directory is replaced as a whole; files yoy did\n"
      "not write are kept (see .yoy-manifest).\n"
      "Example:\n  yoy site -o site && xdg-open site/index.html");
  sub->add_option("SERIES", args->series, "Series (default: the archive's only series)");
  sub->add_option("-o,--output", args->output, "Directory to write (created if absent)")
      ->capture_default_str();
  sub->callback([&context, args] {
    context.action = [&context, args] { return run_site(context.globals, *args); };
  });
}

}  // namespace yoy::cli
