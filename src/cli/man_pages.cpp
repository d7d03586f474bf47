#include "man_pages.h"

namespace yoy::cli {

namespace {

// Text safe in roff: backslashes escaped, a leading '.' or '\'' neutralised, '-' as \-.
std::string roff(const std::string& text) {
  std::string out;
  for (char c : text) {
    if (c == '\\')
      out += "\\e";
    else if (c == '-')
      out += "\\-";
    else
      out += c;
  }
  return out;
}

std::string line(const std::string& text) {
  std::string out = roff(text);
  if (!out.empty() && (out[0] == '.' || out[0] == '\'')) out = "\\&" + out;
  return out + "\n";
}

std::string options_section(const std::vector<OptionSpec>& options) {
  std::string out;
  for (const OptionSpec& option : options) {
    out += ".TP\n";
    std::string label;
    for (const std::string& name : option.names)
      label += (label.empty() ? "" : ", ") + ("\\fB" + roff(name) + "\\fR");
    if (!option.value.empty()) label += " \\fI" + roff(option.value) + "\\fR";
    out += label + "\n" + line(describe_option(option));
  }
  return out;
}

std::string verbatim(const std::string& text) {
  std::string out = ".nf\n";
  std::string current;
  for (char c : text + "\n") {
    if (c == '\n') {
      out += line(current);
      current.clear();
    } else {
      current += c;
    }
  }
  return out + ".fi\n";
}

std::string header(const std::string& name, const std::string& version) {
  std::string upper;
  for (char c : name) upper += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return ".TH " + roff(upper) + " 1 \"\" \"yoy " + version + "\" \"yoy manual\"\n";
}

std::string global_options_page(const CliSpec& cli) {
  return ".SH GLOBAL OPTIONS\nAccepted before or after the command.\n" +
         options_section(cli.globals);
}

}  // namespace

std::map<std::string, std::string> man_pages(const CliSpec& cli, const std::string& version) {
  std::map<std::string, std::string> pages;
  std::string main = header("yoy", version);
  main += ".SH NAME\nyoy \\- " + roff(cli.description.substr(cli.description.find(':') + 2)) + "\n";
  main += ".SH SYNOPSIS\n\\fByoy\\fR [\\fIGLOBAL OPTIONS\\fR] \\fICOMMAND\\fR [\\fIARGS\\fR]\n";
  main +=
      ".SH DESCRIPTION\n"
      "yoy keeps successive editions of annual reports in a git repository (the archive)\n"
      "and says, by meaning, what changed between editions: a rating moved, a\n"
      "recommendation was dropped or reworded, a statistic changed, a paragraph moved;\n"
      "and nothing when only the formatting changed.\n";
  main += ".SH COMMANDS\n";
  for (const CommandSpec& command : cli.commands) {
    main += ".TP\n\\fB" + roff(command.name) + "\\fR\n" + line(command.description) +
            "See \\fByoy\\-" + roff(command.name) + "\\fR(1).\n";
  }
  main += global_options_page(cli);
  main +=
      ".SH EXIT STATUS\n0 success; 1 differences found (with \\fB\\-\\-exit\\-code\\fR) or a "
      "policy violated (\\fBcheck\\fR); 2 bad usage, bad input or an archive error, with one "
      "line on standard error.\n";
  main +=
      ".SH ENVIRONMENT\n"
      ".TP\n\\fBYOY_ARCHIVE\\fR\nThe archive when \\fB\\-\\-archive\\fR is not given (else the "
      "nearest \\fI.yoy\\fR in the current directory or above).\n"
      ".TP\n\\fBYOY_PAGER\\fR, \\fBPAGER\\fR\nThe pager for long output on a terminal (else "
      "\\fBless \\-FRX\\fR); empty or \\fBcat\\fR: none.\n"
      ".TP\n\\fBNO_COLOR\\fR\nNo colour when set; nor when \\fBTERM\\fR is \\fBdumb\\fR.\n";
  main +=
      ".SH FILES\n.TP\n\\fI.yoy\\fR\nThe default archive: a bare git repository, one branch per "
      "series, one commit per edition year, tagged \\fIseries\\fR/\\fIyear\\fR.\n";
  main += ".SH SEE ALSO\n";
  std::string see;
  for (const CommandSpec& command : cli.commands)
    see += (see.empty() ? "" : ",\n") + ("\\fByoy\\-" + roff(command.name) + "\\fR(1)");
  main += see + ",\n\\fBgit\\fR(1)\n";
  pages["yoy.1"] = main;

  for (const CommandSpec& command : cli.commands) {
    const std::string name = "yoy-" + command.name;
    std::string page = header(name, version);
    page += ".SH NAME\n" + roff(name) + " \\- " + line(command.description);
    page += ".SH SYNOPSIS\n" + line(usage_line(cli, command));
    page += ".SH DESCRIPTION\n" + line(command.description + ".");
    if (!command.positionals.empty()) {
      page += ".SH ARGUMENTS\n";
      for (const OptionSpec& positional : command.positionals)
        page += ".TP\n\\fI" + roff(positional.value) + "\\fR\n" + line(positional.description);
    }
    if (!command.options.empty()) page += ".SH OPTIONS\n" + options_section(command.options);
    page += global_options_page(cli);
    if (!command.footer.empty()) page += ".SH NOTES\n" + verbatim(command.footer);
    page += ".SH SEE ALSO\n\\fByoy\\fR(1)\n";
    pages[name + ".1"] = page;
  }
  return pages;
}

}  // namespace yoy::cli
