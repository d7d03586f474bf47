// yoy check FROM TO [--policy FILE] [--format text|github|junit] [-o FILE]
// Applies a policy to the changes between two editions; exit 1 when an
// error-level rule fires.
#include <fcntl.h>
#include <unistd.h>

#include <CLI/CLI.hpp>
#include <cerrno>
#include <cstdlib>
#include <cstring>

#include "choices.h"
#include "commands.h"
#include "edition_range.h"
#include "terminal.h"
#include "yoy/app/check.h"
#include "yoy/app/edition_diff.h"
#include "yoy/archive/archive.h"
#include "yoy/policy/policy.h"
#include "yoy/render/check_output.h"
#include "yoy/render/wrap.h"
#include "yoy/util/error.h"
#include "yoy/util/files.h"
#include "yoy/util/limits.h"

namespace yoy::cli {

namespace {

struct CheckArgs {
  std::string from, to, policy, format = "text", output;
  std::size_t max_annotations = 10;
  std::vector<std::string> ignore;
  std::size_t max_input = limits::kMaxInputBytes;
};

// GitHub's job summary: appended (other steps write there too).
void append_step_summary(const std::string& path, const std::string& markdown) {
  const std::string what = "$GITHUB_STEP_SUMMARY " + path;
  const int fd = ::open(path.c_str(), O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0644);
  if (fd < 0) throw OutputError("cannot write " + what + ": " + std::strerror(errno));
  try {
    write_all(fd, markdown, what);
  } catch (...) {
    ::close(fd);
    throw;
  }
  if (::close(fd) != 0) throw OutputError("cannot write " + what + ": " + std::strerror(errno));
}

int run_check(const Globals& globals, const CheckArgs& args) {
  const CheckFormat format = check_format_from_name(args.format);
  const EditionPair pair = edition_pair(args.from, args.to);
  const Policy policy = args.policy.empty() ? default_policy() : load_policy(args.policy);
  Archive archive = open_archive(globals);
  archive.limit_reads(args.max_input);
  const EditionRef from = parse_edition_ref(pair.from, archive);
  const EditionRef to = parse_edition_ref(pair.to, archive);
  DiffOptions options;
  options.ignore = args.ignore;
  const CheckResult result = check_editions(archive, from, to, policy, options);
  const bool color = args.output.empty() && use_color(globals, STDOUT_FILENO);
  if (format == CheckFormat::github) {
    emit(args.output, render_check_github(policy, result, args.max_annotations));
    const char* summary = std::getenv("GITHUB_STEP_SUMMARY");
    if (summary && *summary)
      append_step_summary(summary, render_check_step_summary(policy, result));
  } else {
    std::string text = render_check(policy, result, format, color);
    if (format == CheckFormat::text && args.output.empty())
      text = wrap_text(text, terminal_width());
    emit(args.output, text);
  }
  return result.failed() ? 1 : 0;
}

}  // namespace

void add_check_command(CLI::App& app, Context& context) {
  auto args = std::make_shared<CheckArgs>();
  auto* sub =
      app.add_subcommand("check", "Check the changes between two editions against a policy");
  sub->footer(
      "Exit status: 0 when no error-level rule fires, 1 when one does, 2 on bad input.\n"
      "FROM..TO may be given as one argument. --format github also appends a Markdown job\n"
      "summary to $GITHUB_STEP_SUMMARY when it is set.\n"
      "Examples:\n  yoy check 2024 2025 --policy policy.json --format github\n"
      "  yoy check 2024..2025 --format junit -o yoy-check.xml");
  sub->add_option("FROM", args->from, "Old edition: YEAR or SERIES/YEAR (or FROM..TO)")->required();
  sub->add_option("TO", args->to, "New edition: YEAR or SERIES/YEAR");
  sub->add_option("--policy", args->policy,
                  "Policy file (JSON; '-': standard input); default: the built-in policy")
      ->option_text("FILE");
  sub->add_option("--format", args->format, "text, github (annotations), junit (XML) or json")
      ->check(one_of("check format", {"text", "github", "junit", "json"}));
  sub->add_option("--max-annotations", args->max_annotations,
                  "github: at most N annotations, errors first (default 10)")
      ->option_text("N");
  sub->add_option("-o,--output", args->output, "Write to FILE (atomically) instead of stdout")
      ->option_text("FILE");
  sub->add_option("--ignore", args->ignore,
                  "Text matching this regular expression (POSIX ERE) never counts (repeatable)")
      ->option_text("REGEX");
  sub->add_option("--max-input", args->max_input, "Largest stored report read, in bytes")
      ->option_text("BYTES");
  sub->callback([&context, args] {
    context.action = [&context, args] { return run_check(context.globals, *args); };
  });
}

}  // namespace yoy::cli
