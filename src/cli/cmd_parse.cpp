// yoy parse FILE: print the Document a file parses to.
#include <CLI/CLI.hpp>
#include <iostream>

#include "choices.h"
#include "commands.h"
#include "output.h"
#include "yoy/parse/parse.h"
#include "yoy/render/document_json.h"
#include "yoy/util/limits.h"

namespace yoy::cli {

void add_parse_command(CLI::App& app, Context& context) {
  struct Options {
    std::string file, profile = "auto", format = "text";
    std::size_t max_input = limits::kMaxInputBytes;
  };
  auto options = std::make_shared<Options>();
  auto* sub = app.add_subcommand("parse", "Show the structure a report parses to");
  sub->footer("Example:\n  yoy parse corpus/tip/2025/north-korea.txt --format json");
  sub->add_option("FILE", options->file,
                  "Report file (text, Markdown, HTML or JSON; '-': standard input)")
      ->required();
  sub->add_option("--profile", options->profile, "tip, factbook, generic or auto")
      ->check(one_of("profile", {"auto", "tip", "factbook", "generic"}));
  sub->add_option("--format", options->format, "text or json")
      ->check(one_of("parse format", {"text", "json"}));
  sub->add_option("--max-input", options->max_input, "Largest input accepted, in bytes")
      ->option_text("BYTES");
  sub->callback([&context, options] {
    context.action = [options] {
      Document document =
          parse_file(options->file, profile_from_name(options->profile), options->max_input);
      emit("", options->format == "json" ? document_to_json(document) + "\n"
                                         : document_to_text(document));
      return 0;
    };
  });
}

}  // namespace yoy::cli
