// yoy split REPORT.pdf: one text file per country narrative of a TIP Report PDF.
#include <CLI/CLI.hpp>
#include <algorithm>
#include <iostream>
#include <string>
#include <vector>

#include "commands.h"
#include "output.h"
#include "progress.h"
#include "yoy/app/pdf_split.h"
#include "yoy/util/printable.h"

namespace yoy::cli {

// One line a narrative: id, title, tier, pages (aligned), through the checked
// writer; title and tier come from the PDF's text, so printable() first.
void print_narratives(const SplitReport& report) {
  struct Row {
    std::string id, title, tier, pages;
  };
  std::vector<Row> rows;
  std::size_t id_w = 2, title_w = 5;
  for (const Narrative& n : report.narratives) {
    Row row{printable(n.id), printable(n.title), printable(n.tier),
            n.first_page == n.last_page
                ? "page " + std::to_string(n.first_page)
                : "pages " + std::to_string(n.first_page) + "-" + std::to_string(n.last_page)};
    id_w = std::max(id_w, row.id.size());
    title_w = std::max(title_w, row.title.size());
    rows.push_back(std::move(row));
  }
  auto padded = [](const std::string& text, std::size_t width) {
    return text + std::string(width > text.size() ? width - text.size() : 0, ' ');
  };
  std::string out;
  for (const Row& row : rows)
    out += padded(row.id, id_w) + "  " + padded(row.title, title_w) + "  " + padded(row.tier, 17) +
           "  " + row.pages + "\n";
  write_stdout(out);
}

void add_split_command(CLI::App& app, Context& context) {
  struct Options {
    std::string file, series = "tip", dir = ".";
    int year = 0;
    bool force = false;
    std::size_t max_input = kDefaultMaxPdfBytes;
  };
  auto options = std::make_shared<Options>();
  auto* sub = app.add_subcommand("split",
                                 "Split a TIP Report PDF into one text file per country narrative");
  sub->footer(
      "Example:\n"
      "  yoy split 2025-TIP-Report.pdf --series tip --year 2025 -o editions\n"
      "  # writes editions/tip/2025/<id>.txt, one per narrative; then: yoy ingest editions");
  sub->add_option("REPORT", options->file, "The report PDF")->required();
  sub->add_option("--series", options->series, "Series (default: tip)")->option_text("NAME");
  sub->add_option("--year", options->year, "Edition year")->required()->option_text("YEAR");
  sub->add_option("-o,--output", options->dir, "Corpus directory (default: .)")->option_text("DIR");
  sub->add_flag("--force", options->force, "Replace an existing DIR/<series>/<year>");
  sub->add_option("--max-input", options->max_input, "Largest PDF accepted, in bytes")
      ->option_text("BYTES");
  sub->callback([&context, options] {
    context.action = [&context, options] {
      SplitReport report;
      {
        Progress progress(context.globals, "reading " + options->file);
        PdfOptions pdf;
        pdf.progress = [&progress](int done, int total) { progress.update(done, total); };
        report = split_pdf(options->file, options->year, options->max_input, pdf);
      }
      const std::string where =
          write_split(report, options->dir, options->series, options->year, options->force);
      print_narratives(report);
      if (!context.globals.quiet)
        std::cerr << "yoy: wrote " << report.narratives.size() << " narratives to " << where << " ("
                  << report.pages << " pages read)\n";
      return 0;
    };
  });
}

}  // namespace yoy::cli
