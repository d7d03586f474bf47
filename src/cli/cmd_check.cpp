// yoy check FROM TO [--policy FILE] [--format text|github|junit] [-o FILE]
// Applies a policy to the changes between two editions; exit 1 when an
// error-level rule fires.
#include <fcntl.h>
#include <unistd.h>

#include <CLI/CLI.hpp>
#include <cerrno>
#include <cstdlib>
#include <cstring>

#include "commands.h"
#include "yoy/app/check.h"
#include "yoy/app/edition_diff.h"
#include "yoy/archive/archive.h"
#include "yoy/policy/policy.h"
#include "yoy/render/check_output.h"
#include "yoy/util/error.h"

namespace yoy::cli {

namespace {

struct CheckArgs {
  std::string from, to, policy, format = "text", output;
  std::size_t max_annotations = 10;
};

// GitHub's job summary: appended (other steps write there too).
void append_step_summary(const std::string& path, const std::string& markdown) {
  int fd = ::open(path.c_str(), O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0644);
  if (fd < 0)
    throw InputError("cannot write $GITHUB_STEP_SUMMARY " + path + ": " + std::strerror(errno));
  const char* data = markdown.data();
  std::size_t left = markdown.size();
  while (left > 0) {
    ssize_t n = ::write(fd, data, left);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) {
      const int err = errno;
      ::close(fd);
      throw InputError("cannot write $GITHUB_STEP_SUMMARY " + path + ": " + std::strerror(err));
    }
    data += n;
    left -= static_cast<std::size_t>(n);
  }
  if (::close(fd) != 0)
    throw InputError("cannot write $GITHUB_STEP_SUMMARY " + path + ": " + std::strerror(errno));
}

int run_check(const Globals& globals, const CheckArgs& args) {
  const CheckFormat format = check_format_from_name(args.format);
  const Policy policy = args.policy.empty() ? default_policy() : load_policy(args.policy);
  const Archive archive = Archive::open(archive_location(globals.archive), false);
  const EditionRef from = parse_edition_ref(args.from, archive);
  const EditionRef to = parse_edition_ref(args.to, archive);
  const CheckResult result = check_editions(archive, from, to, policy);
  const bool color = args.output.empty() && use_color(globals, STDOUT_FILENO);
  if (format == CheckFormat::github) {
    emit(args.output, render_check_github(policy, result, args.max_annotations));
    const char* summary = std::getenv("GITHUB_STEP_SUMMARY");
    if (summary && *summary)
      append_step_summary(summary, render_check_step_summary(policy, result));
  } else {
    emit(args.output, render_check(policy, result, format, color));
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
      "--format github also appends a Markdown job summary to $GITHUB_STEP_SUMMARY when set.\n"
      "Example:\n  yoy check 2024 2025 --policy policy.json --format github");
  sub->add_option("FROM", args->from, "Old edition: YEAR or SERIES/YEAR")->required();
  sub->add_option("TO", args->to, "New edition: YEAR or SERIES/YEAR")->required();
  sub->add_option("--policy", args->policy, "Policy file (JSON); default: the built-in policy");
  sub->add_option("--format", args->format, "text, github (annotations) or junit (XML)");
  sub->add_option("--max-annotations", args->max_annotations,
                  "github: at most N annotations, errors first (default 10)");
  sub->add_option("-o,--output", args->output, "Write to FILE (atomically) instead of stdout");
  sub->callback([&context, args] {
    context.action = [&context, args] { return run_check(context.globals, *args); };
  });
}

}  // namespace yoy::cli
