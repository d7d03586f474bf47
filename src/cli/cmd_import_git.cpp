// yoy import-git REPO --path GLOB --per-year: editions from another repository's history.
#include <CLI/CLI.hpp>
#include <iostream>
#include <memory>

#include "commands.h"
#include "output.h"
#include "progress.h"
#include "yoy/archive/archive.h"
#include "yoy/archive/import_git.h"
#include "yoy/parse/parse.h"
#include "yoy/util/error.h"

namespace yoy::cli {

namespace {

struct ImportGitFlags {
  ImportGitOptions options;
  bool per_year = false;
};

}  // namespace

void add_import_git_command(CLI::App& app, Context& context) {
  auto flags = std::make_shared<ImportGitFlags>();
  auto* sub = app.add_subcommand(
      "import-git", "Import editions from another git repository's history, one per year");
  sub->footer(
      "For every calendar year of the history of HEAD (first parents, commit time in the\n"
      "committer's zone), the matching files as they stood after that year's last commit\n"
      "become that year's edition; a report's id is its file name without extension.\n"
      "'*' stays within a directory, '**' spans directories; a glob without '/' matches\n"
      "file names in any directory. Nothing is checked out; no git process is run.\n"
      "Examples:\n"
      "  yoy import-git ../factbook.json --path '*/kn.json' --per-year --series factbook\n"
      "  yoy import-git ../factbook.json --path '**/*.json' --per-year --since 2015");
  sub->add_option("REPO", flags->options.repository, "Source repository (work tree or bare)")
      ->required();
  sub->add_option("--path", flags->options.path_glob, "Glob of the report files to import")
      ->required()
      ->option_text("GLOB");
  sub->add_flag("--per-year", flags->per_year,
                "One edition per calendar year: its last commit (required: the only mode)");
  sub->add_option("--series", flags->options.series,
                  "Series (default: the source repository's directory name)")
      ->option_text("NAME");
  sub->add_option("--since", flags->options.since, "First year to import")->option_text("YEAR");
  sub->add_option("--until", flags->options.until, "Last year to import")->option_text("YEAR");
  sub->add_option("--max-input", flags->options.max_file_bytes, "Largest report accepted, in bytes")
      ->option_text("BYTES");
  sub->callback([&context, flags] {
    context.action = [&context, flags] {
      if (!flags->per_year) {
        throw InputError(
            "import-git: pass --per-year (one edition per calendar year, the only mode)");
      }
      const std::string location = archive_location(context.globals.archive);
      // What ingest refuses for the work a report makes, import-git refuses too.
      flags->options.check_file = [](std::string_view bytes, const std::string& path,
                                     const std::string& where) {
        check_report_shape(bytes, path, where);
      };
      Progress progress(context.globals, "import-git:");
      bool created = false;
      // Every year is planned and checked before the archive is created or touched.
      const ImportGitResult result = import_git(
          location, flags->options,
          [&progress](const ImportGitProgress& step) {
            std::string detail = step.stage;
            if (step.year) detail += " " + std::to_string(step.year);
            progress.update(static_cast<int>(step.done), static_cast<int>(step.total), detail);
          },
          &created);
      progress.finish();
      if (created && !context.globals.quiet)
        std::cerr << "yoy: created archive " << location << "\n";
      if (!result.shallow_commit.empty() && !context.globals.quiet) {
        std::cerr << "yoy: " << flags->options.repository
                  << " is a shallow clone: its history starts at commit "
                  << result.shallow_commit.substr(0, 12) << " (" << result.shallow_year
                  << "), so editions before " << result.shallow_year
                  << " are not in it (git fetch --unshallow fetches the rest)\n";
      }
      std::string out;
      for (const IngestResult& edition : result.editions) {
        out += edition.series + " " + std::to_string(edition.year) + ": " +
               std::to_string(edition.added) + " added, " + std::to_string(edition.changed) +
               " changed, " + std::to_string(edition.unchanged) + " unchanged" +
               (edition.committed ? "" : " (no new commit)") + "\n";
      }
      write_stdout(out);
      return 0;
    };
  });
}

}  // namespace yoy::cli
