// yoy notify [--channel NAME]... [--series S]... [--dry-run]: tell each
// channel of the monitor file what changed since it was last told.
#include <CLI/CLI.hpp>
#include <iostream>

#include "clock.h"
#include "monitor_commands.h"
#include "yoy/app/monitor_config.h"
#include "yoy/archive/archive.h"
#include "yoy/policy/policy.h"
#include "yoy/publish/notify.h"
#include "yoy/render/notification_render.h"
#include "yoy/util/error.h"
#include "yoy/util/printable.h"

namespace yoy::cli {

namespace {

struct NotifyArgs {
  std::vector<std::string> channels, series;
  std::string config, policy;
  bool dry_run = false;
};

int run_notify(const Globals& globals, const NotifyArgs& args) {
  const std::string location = archive_location(globals.archive);
  const MonitorConfig config = load_monitor_config(monitor_config_location(args.config, location));
  if (config.channels.empty())
    throw InputError(config.source + ": no channels to notify (add one under \"channels\")");
  NotifyOptions options;
  if (!args.policy.empty()) {
    options.policy = load_policy(args.policy);
  } else if (!config.policy.empty()) {
    options.policy = load_policy(config.policy);
  }
  // Every secret is read (and checked) before anything is sent.
  const std::vector<ResolvedChannel> channels = resolve_channels(config, args.channels);
  Archive archive = open_archive(globals);
  options.series = args.series;
  options.now = now_seconds();
  options.today = date_of(options.now);
  options.dry_run = args.dry_run;
  options.say = [](const std::string& line) { std::cerr << "yoy " << printable(line) << "\n"; };
  options.to_stdout = [](const std::string& text) { write_stdout(text); };
  const NotifyResult result = notify_channels(archive, channels, options);
  for (const ChannelResult& c : result.channels) {
    const std::size_t findings = c.notification.order.size();
    std::string line = "notify: " + c.name + ": ";
    if (!c.error.empty()) {
      line += "not sent: " + c.error + " (kept for the next run)";
    } else if (args.dry_run) {
      line += findings ? "would send " + std::to_string(findings) + " findings (dry run)"
                       : "nothing worth a message (dry run)";
    } else if (c.sent) {
      line += "sent " + std::to_string(findings) + (findings == 1 ? " finding" : " findings") +
              ": " + notification_summary(c.notification);
    } else {
      line += "nothing new worth a message";
    }
    if (!c.error.empty() || !globals.quiet) std::cerr << "yoy " << printable(line) << "\n";
  }
  return result.failures() ? 1 : 0;
}

}  // namespace

void add_notify_command(CLI::App& app, Context& context) {
  auto args = std::make_shared<NotifyArgs>();
  auto* sub = app.add_subcommand(
      "notify",
      "Tell each channel what changed since it was last told (what the policy finds worth it)");
  sub->footer(
      "Channels (webhook, slack, teams, smtp, sendmail, file, stdout) are named in the monitor "
      "file;\n"
      "secrets come from the environment or owner-only files. Each channel's record,\n"
      "refs/yoy/notified/CHANNEL in the archive, moves only after a send succeeded: a second run\n"
      "sends nothing new, a failed channel is told again at the next run.\n"
      "Exit status: 0 every channel told (or nothing worth a message), 1 a channel failed,\n"
      "2 bad configuration, secret or archive.\n"
      "Examples:\n"
      "  yoy notify\n"
      "  yoy notify --channel team --dry-run");
  sub->add_option("--channel", args->channels, "Only this channel (repeatable)")
      ->option_text("NAME");
  sub->add_option("--series", args->series, "Only this series (repeatable)")->option_text("NAME");
  sub->add_option("--policy", args->policy,
                  "What is worth a message (default: the monitor file's policy, else rating moves, "
                  "dropped recommendations, reports gone)")
      ->option_text("FILE");
  sub->add_option("--config", args->config,
                  "Monitor file (default: $YOY_MONITOR, else yoy-monitor.json beside the archive)")
      ->option_text("FILE");
  sub->add_flag("--dry-run", args->dry_run,
                "Print each channel's message; send and record nothing");
  sub->callback([&context, args] {
    context.action = [&context, args] { return run_notify(context.globals, *args); };
  });
}

}  // namespace yoy::cli
