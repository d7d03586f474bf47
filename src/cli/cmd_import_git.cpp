// yoy import-git REPO --path GLOB --per-year: editions from another repository's history.
#include <sys/stat.h>
#include <unistd.h>

#include <CLI/CLI.hpp>
#include <chrono>
#include <iostream>
#include <memory>

#include "commands.h"
#include "yoy/archive/archive.h"
#include "yoy/archive/import_git.h"
#include "yoy/util/error.h"

namespace yoy::cli {

namespace {

struct ImportGitFlags {
  ImportGitOptions options;
  bool per_year = false;
};

// A progress line on stderr, rewritten in place, only once the work has taken
// more than a second and only when a person is watching.
class ProgressLine {
 public:
  explicit ProgressLine(bool enabled)
      : enabled_(enabled), start_(std::chrono::steady_clock::now()) {}
  ~ProgressLine() { finish(); }

  void update(const ImportGitProgress& progress) {
    if (!enabled_) return;
    if (std::chrono::steady_clock::now() - start_ < std::chrono::seconds(1)) return;
    std::string line = std::string("import-git: ") + progress.stage;
    if (progress.year) line += " " + std::to_string(progress.year);
    if (progress.total) {
      line += " (" + std::to_string(progress.done) + "/" + std::to_string(progress.total) + ")";
    }
    std::cerr << "\r\033[K" << line << std::flush;
    shown_ = true;
  }

  void finish() {
    if (shown_) std::cerr << "\r\033[K" << std::flush;
    shown_ = false;
  }

 private:
  bool enabled_;
  bool shown_ = false;
  std::chrono::steady_clock::time_point start_;
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
      ->required();
  sub->add_flag("--per-year", flags->per_year,
                "One edition per calendar year: its last commit (required: the only mode)");
  sub->add_option("--series", flags->options.series,
                  "Series (default: the source repository's directory name)");
  sub->add_option("--since", flags->options.since, "First year to import");
  sub->add_option("--until", flags->options.until, "Last year to import");
  sub->add_option("--max-input", flags->options.max_file_bytes,
                  "Largest report accepted, in bytes");
  sub->callback([&context, flags] {
    context.action = [&context, flags] {
      if (!flags->per_year) {
        throw InputError(
            "import-git: pass --per-year (one edition per calendar year, the only mode)");
      }
      const std::string location = archive_location(context.globals.archive);
      struct stat st {};
      const bool existed = ::stat(location.c_str(), &st) == 0;
      // The plan is checked before the archive is created or touched.
      plan_import(flags->options);
      Archive archive = Archive::open(location, true);
      if (!existed && !context.globals.quiet)
        std::cerr << "yoy: created archive " << location << "\n";
      ProgressLine progress(!context.globals.quiet && ::isatty(STDERR_FILENO) == 1);
      const ImportGitResult result =
          import_git(archive, flags->options,
                     [&progress](const ImportGitProgress& step) { progress.update(step); });
      progress.finish();
      for (const IngestResult& edition : result.editions) {
        std::cout << edition.series << " " << edition.year << ": " << edition.added << " added, "
                  << edition.changed << " changed, " << edition.unchanged << " unchanged"
                  << (edition.committed ? "" : " (no new commit)") << "\n";
      }
      std::cout.flush();
      return 0;
    };
  });
}

}  // namespace yoy::cli
