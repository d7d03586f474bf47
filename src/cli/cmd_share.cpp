// yoy clone URL [DIR], yoy pull [REMOTE], yoy push [REMOTE] [--force]: sharing an
// archive through git remotes.
#include <CLI/CLI.hpp>
#include <cstdlib>
#include <iostream>

#include "commands.h"
#include "progress.h"
#include "yoy/app/clone.h"
#include "yoy/archive/archive.h"
#include "yoy/render/transfer_output.h"

namespace yoy::cli {

namespace {

struct ShareArgs {
  std::string url, dir, remote = "origin";
  bool force = false;
};

}  // namespace

void add_sharing_commands(CLI::App& app, Context& context) {
  auto args = std::make_shared<ShareArgs>();

  auto* clone = app.add_subcommand("clone", "Copy an archive from a git remote");
  clone->footer(
      "URL is anything git reaches: a path, file://, git://, ssh or https. The copy\n"
      "remembers it as 'origin' for yoy pull and yoy push.\n"
      "Examples:\n  yoy clone ../shared/tip-archive.git\n  yoy clone git@example.org:ngo/tip.git "
      "tip-archive");
  clone->add_option("URL", args->url, "Where the archive is (path or URL)")->required();
  clone->add_option("DIR", args->dir,
                    "Where to put the copy (default: --archive, else $YOY_ARCHIVE, else .yoy)");
  clone->callback([&context, args] {
    context.action = [&context, args] {
      if (args->dir.empty()) {
        const char* env = std::getenv("YOY_ARCHIVE");
        args->dir = !context.globals.archive.empty() ? context.globals.archive
                    : env && *env                    ? env
                                                     : ".yoy";
      }
      Progress progress(context.globals, "receiving objects");
      const TransferResult received =
          clone_archive(args->url, args->dir, [&](unsigned done, unsigned total) {
            progress.update(static_cast<int>(done), static_cast<int>(total));
          });
      progress.finish();
      if (!context.globals.quiet)
        std::cerr << "yoy: cloned " << args->url << " into " << args->dir << "\n";
      emit("", render_transfer_text(received, "clone"));
      return 0;
    };
  });

  auto* pull = app.add_subcommand("pull", "Bring in the editions a git remote has");
  pull->footer(
      "Series the remote has moved ahead are fast-forwarded. A history the remote\n"
      "rebuilt (a back-filled year) is merged year by year: local editions it lacks are\n"
      "kept, on top of its commits; the local head stays under refs/yoy/replaced/.\n"
      "The same report with different bytes on both sides stops the pull unchanged.\n"
      "Examples:\n  yoy pull\n  yoy pull ../colleague/.yoy");
  pull->add_option("REMOTE", args->remote, "Remote name or URL (default: origin)");
  pull->callback([&context, args] {
    context.action = [&context, args] {
      Archive archive = Archive::open(archive_location(context.globals.archive), false);
      Progress progress(context.globals, "receiving objects");
      const TransferResult result = archive.pull(args->remote, [&](unsigned done, unsigned total) {
        progress.update(static_cast<int>(done), static_cast<int>(total));
      });
      progress.finish();
      emit("", render_transfer_text(result, "pull"));
      return 0;
    };
  });

  auto* push = app.add_subcommand("push", "Send this archive's editions to a git remote");
  push->footer(
      "Pushes series branches, their <series>/<year> tags and refs/yoy/replaced/*. A\n"
      "history rebuilt here (a back-filled year) is pushed when it keeps every edition the\n"
      "remote has; when the remote has editions this archive lacks, push refuses and names\n"
      "them (yoy pull first), unless --force (the remote's head is kept there under\n"
      "refs/yoy/replaced/).\n"
      "Examples:\n  yoy push\n  yoy push origin --force");
  push->add_option("REMOTE", args->remote, "Remote name or URL (default: origin)");
  push->add_flag("--force", args->force,
                 "Overwrite editions the remote has that this archive lacks");
  push->callback([&context, args] {
    context.action = [&context, args] {
      Archive archive = Archive::open(archive_location(context.globals.archive), false);
      Progress progress(context.globals, "sending objects");
      const TransferResult result =
          archive.push(args->remote, args->force, [&](unsigned done, unsigned total) {
            progress.update(static_cast<int>(done), static_cast<int>(total));
          });
      progress.finish();
      emit("", render_transfer_text(result, "push"));
      return 0;
    };
  });
}

}  // namespace yoy::cli
