// yoy check FROM TO [--policy FILE] [--format text|github|junit] [-o FILE]
// Applies a policy to the changes between two editions; exit 1 when an
// error-level rule fires.
#include <unistd.h>
#include <CLI/CLI.hpp>

#include "commands.h"
#include "yoy/app/edition_diff.h"
#include "yoy/archive/archive.h"
#include "yoy/policy/policy.h"
#include "yoy/render/check_output.h"

namespace yoy::cli {

namespace {

struct CheckArgs {
  std::string from, to, policy, format = "text", output;
};

int run_check(const Globals& globals, const CheckArgs& args) {
  const CheckFormat format = check_format_from_name(args.format);
  const Policy policy = args.policy.empty() ? default_policy() : load_policy(args.policy);
  const Archive archive = open_archive(globals);
  const EditionRef from = parse_edition_ref(args.from, archive);
  const EditionRef to = parse_edition_ref(args.to, archive);
  DiffOptions options;
  options.include_unchanged = true;  // every report is checked, and listed as checked
  const ChangeSet changes = diff_editions(archive, from, to, {}, options);
  const CheckResult result = evaluate_policy(policy, changes);
  const bool color = args.output.empty() && use_color(globals, STDOUT_FILENO);
  emit(args.output, render_check(policy, result, format, color));
  return result.failed() ? 1 : 0;
}

}  // namespace

void add_check_command(CLI::App& app, Context& context) {
  auto args = std::make_shared<CheckArgs>();
  auto* sub =
      app.add_subcommand("check", "Check the changes between two editions against a policy");
  sub->footer(
      "Exit status: 0 when no error-level rule fires, 1 when one does, 2 on bad input.\n"
      "Example:\n  yoy check 2024 2025 --policy policy.json --format github");
  sub->add_option("FROM", args->from, "Old edition: YEAR or SERIES/YEAR")->required();
  sub->add_option("TO", args->to, "New edition: YEAR or SERIES/YEAR")->required();
  sub->add_option("--policy", args->policy, "Policy file (JSON); default: the built-in policy");
  sub->add_option("--format", args->format, "text, github (annotations) or junit (XML)");
  sub->add_option("-o,--output", args->output, "Write to FILE (atomically) instead of stdout");
  sub->callback([&context, args] {
    context.action = [&context, args] { return run_check(context.globals, *args); };
  });
}

}  // namespace yoy::cli
