#include "completions.h"

#include <set>

#include "yoy/archive/archive.h"

namespace yoy::cli {

namespace {

std::string join(const std::vector<std::string>& words, const char* sep = " ") {
  std::string out;
  for (const std::string& w : words) out += (out.empty() ? "" : sep) + w;
  return out;
}

// The archive word kind `__complete` knows for a value kind ("" when none).
std::string archive_kind(ValueKind kind) {
  switch (kind) {
    case ValueKind::edition:
      return "editions";
    case ValueKind::report:
      return "reports";
    case ValueKind::report_at_year:
      return "report-at-year";
    case ValueKind::rm_target:
      return "rm-targets";
    case ValueKind::remote:
      return "remotes";
    default:
      return "";
  }
}

// Text safe inside single quotes in every shell (quotes dropped).
std::string quiet(const std::string& text) {
  std::string out;
  for (char c : text)
    if (c != '\'' && c != '[' && c != ']' && c != ':' && c != '"' && c != '\\' && c != '`' &&
        c != '$')
      out += c;
  return out;
}

std::vector<std::string> names_of(const std::vector<OptionSpec>& options, bool with_value) {
  std::vector<std::string> out;
  for (const OptionSpec& o : options)
    if (!with_value || !o.value.empty()) out.insert(out.end(), o.names.begin(), o.names.end());
  return out;
}

std::string bash_value(const OptionSpec& option) {
  if (!option.choices.empty())
    return "COMPREPLY=($(compgen -W \"" + join(option.choices) + "\" -- \"$cur\"))";
  switch (option.kind) {
    case ValueKind::file:
      return "COMPREPLY=($(compgen -f -- \"$cur\"))";
    case ValueKind::directory:
      return "COMPREPLY=($(compgen -d -- \"$cur\"))";
    case ValueKind::command:
      return "COMPREPLY=($(compgen -W \"$commands\" -- \"$cur\"))";
    default:
      break;
  }
  const std::string kind = archive_kind(option.kind);
  if (!kind.empty()) return "_yoy_archive_words " + kind;
  return "COMPREPLY=()";
}

}  // namespace

std::string bash_completion(const CliSpec& cli) {
  std::vector<std::string> commands;
  for (const CommandSpec& c : cli.commands) commands.push_back(c.name);
  std::string out =
      "# bash completion for yoy (generated from its command line by yoy __generate)\n"
      "_yoy_archive_words() {\n"
      "  local prefix=\"\" word=\"$cur\"\n"
      "  # FROM..TO: complete the part after the dots.\n"
      "  if [[ $1 == editions && $cur == *..* ]]; then prefix=\"${cur%%..*}..\"; "
      "word=\"${cur#*..}\"; fi\n"
      "  local IFS=$'\\n'\n"
      "  COMPREPLY=($(compgen -P \"$prefix\" -W \"$(yoy \"${archive[@]}\" __complete \"$1\" "
      "2>/dev/null)\" -- \"$word\"))\n"
      "}\n"
      "_yoy() {\n"
      "  local cur=\"${COMP_WORDS[COMP_CWORD]}\" prev=\"${COMP_WORDS[COMP_CWORD-1]}\"\n"
      "  local commands=\"" +
      join(commands) +
      "\"\n"
      "  local globals=\"" +
      join(names_of(cli.globals, false)) +
      " -h --help\"\n"
      "  local global_values=\" " +
      join(names_of(cli.globals, true)) +
      " \"\n"
      "  local i cmd=\"\" archive=() n=0 takes=\"\"\n"
      "  for ((i = 1; i < COMP_CWORD; i++)); do\n"
      "    local w=\"${COMP_WORDS[i]}\"\n"
      "    if [[ $w == --archive ]]; then archive=(--archive \"${COMP_WORDS[i+1]}\"); ((i++)); "
      "continue; fi\n"
      "    if [[ $w == --archive=* ]]; then archive=(\"$w\"); continue; fi\n"
      "    if [[ $global_values == *\" $w \"* || $takes == *\" $w \"* ]]; then ((i++)); continue; "
      "fi\n"
      "    [[ $w == -* ]] && continue\n"
      "    if [[ -z $cmd ]]; then\n"
      "      cmd=\"$w\"\n"
      "      case \"$cmd\" in\n";
  for (const CommandSpec& c : cli.commands)
    out += "        " + c.name + ") takes=\" " + join(names_of(c.options, true)) + " \" ;;\n";
  out +=
      "      esac\n"
      "    else\n"
      "      ((n++))\n"
      "    fi\n"
      "  done\n"
      "  case \"$prev\" in\n";
  for (const OptionSpec& o : cli.globals)
    if (!o.value.empty())
      out += "    " + join(o.names, "|") + ") " + bash_value(o) + "; return ;;\n";
  out +=
      "  esac\n"
      "  if [[ -z $cmd ]]; then\n"
      "    if [[ $cur == -* ]]; then COMPREPLY=($(compgen -W \"$globals\" -- \"$cur\"));\n"
      "    else COMPREPLY=($(compgen -W \"$commands\" -- \"$cur\")); fi\n"
      "    return\n"
      "  fi\n"
      "  case \"$cmd\" in\n";
  for (const CommandSpec& c : cli.commands) {
    out += "    " + c.name + ")\n      case \"$prev\" in\n";
    for (const OptionSpec& o : c.options)
      if (!o.value.empty())
        out += "        " + join(o.names, "|") + ") " + bash_value(o) + "; return ;;\n";
    out +=
        "      esac\n"
        "      if [[ $cur == -* ]]; then COMPREPLY=($(compgen -W \"" +
        join(names_of(c.options, false)) +
        " $globals\" -- \"$cur\")); return; fi\n"
        "      case $n in\n";
    for (std::size_t p = 0; p < c.positionals.size(); ++p) {
      const OptionSpec& positional = c.positionals[p];
      const bool last = p + 1 == c.positionals.size();
      out += "        " + (last && positional.repeated ? std::string("*") : std::to_string(p)) +
             ") " + bash_value(positional) + " ;;\n";
    }
    out += "      esac ;;\n";
  }
  out +=
      "  esac\n"
      "}\n"
      "complete -o default -F _yoy yoy\n";
  return out;
}

std::string zsh_completion(const CliSpec& cli) {
  auto spec = [](const OptionSpec& o) {
    std::string action;
    if (!o.choices.empty())
      action = "(" + join(o.choices) + ")";
    else if (o.kind == ValueKind::file)
      action = "_files";
    else if (o.kind == ValueKind::directory)
      action = "_files -/";
    else if (!archive_kind(o.kind).empty())
      action = "{_yoy_words " + archive_kind(o.kind) + "}";
    else if (o.kind == ValueKind::command)
      action = "{_yoy_commands}";
    return action;
  };
  std::string out =
      "#compdef yoy\n"
      "# zsh completion for yoy (generated from its command line by yoy __generate)\n"
      "_yoy_words() {\n"
      "  local -a words archive\n"
      "  local i=${words[(I)--archive]}\n"
      "  (( i )) && archive=(--archive ${words[i+1]})\n"
      "  words=(${(f)\"$(yoy $archive __complete $1 2>/dev/null)\"})\n"
      "  compadd -a words\n"
      "}\n"
      "_yoy_commands() {\n"
      "  local -a commands\n"
      "  commands=(\n";
  for (const CommandSpec& c : cli.commands)
    out += "    '" + c.name + ":" + quiet(c.description) + "'\n";
  out +=
      "  )\n"
      "  _describe 'command' commands\n"
      "}\n"
      "_yoy() {\n"
      "  local curcontext=\"$curcontext\" state line\n"
      "  local -a globals\n"
      "  globals=(\n";
  auto option_lines = [&](const std::vector<OptionSpec>& options) {
    std::string s;
    for (const OptionSpec& o : options) {
      const std::string names = o.names.size() == 1 ? o.names[0] : "{" + join(o.names, ",") + "}";
      s += "    " + std::string(o.names.size() > 1 ? "'(" + join(o.names) + ")'" : "") + names +
           "'[" + quiet(o.description) + "]" +
           (o.value.empty() ? "" : ":" + quiet(o.value) + ":" + spec(o)) + "'\n";
    }
    return s;
  };
  out += option_lines(cli.globals);
  out +=
      "  )\n"
      "  _arguments -C $globals '1: :_yoy_commands' '*:: :->args'\n"
      "  [[ $state == args ]] || return\n"
      "  case $words[1] in\n";
  for (const CommandSpec& c : cli.commands) {
    out += "    " + c.name + ")\n      _arguments $globals \\\n";
    std::string args = option_lines(c.options);
    std::string joined;
    for (std::size_t p = 0; p < c.positionals.size(); ++p) {
      const OptionSpec& pos = c.positionals[p];
      const std::string where =
          pos.repeated && p + 1 == c.positionals.size() ? "*" : std::to_string(p + 1);
      args += "    '" + where + ":" + quiet(pos.value) + ":" +
              (spec(pos).empty() ? " " : spec(pos)) + "'\n";
    }
    std::string line;
    for (char ch : args) {
      if (ch == '\n') {
        joined += "        " + line.substr(line.find_first_not_of(' ')) + " \\\n";
        line.clear();
      } else {
        line += ch;
      }
    }
    out += joined + "        ;;\n";
  }
  out +=
      "  esac\n"
      "}\n"
      "_yoy \"$@\"\n";
  return out;
}

std::string fish_completion(const CliSpec& cli) {
  std::string out =
      "# fish completion for yoy (generated from its command line by yoy __generate)\n"
      "complete -c yoy -f\n";
  std::vector<std::string> commands;
  for (const CommandSpec& c : cli.commands) commands.push_back(c.name);
  auto option = [](const OptionSpec& o, const std::string& condition) {
    std::string s = "complete -c yoy" + condition;
    for (const std::string& name : o.names)
      s += name.size() == 2 ? " -s " + name.substr(1) : " -l " + name.substr(2);
    if (!o.value.empty()) {
      if (!o.choices.empty())
        s += " -x -a '" + join(o.choices) + "'";
      else if (o.kind == ValueKind::file)
        s += " -r -F";
      else if (o.kind == ValueKind::directory)
        s += " -x -a '(__fish_complete_directories)'";
      else
        s += " -x";
    }
    return s + " -d '" + quiet(o.description) + "'\n";
  };
  for (const OptionSpec& o : cli.globals) out += option(o, "");
  for (const CommandSpec& c : cli.commands)
    out += "complete -c yoy -n '__fish_use_subcommand' -a " + c.name + " -d '" +
           quiet(c.description) + "'\n";
  for (const CommandSpec& c : cli.commands) {
    const std::string condition = " -n '__fish_seen_subcommand_from " + c.name + "'";
    for (const OptionSpec& o : c.options) out += option(o, condition);
    std::set<std::string> kinds;
    for (const OptionSpec& p : c.positionals) {
      const std::string kind = archive_kind(p.kind);
      if (!kind.empty() && kinds.insert(kind).second)
        out += "complete -c yoy" + condition + " -a '(yoy __complete " + kind + " 2>/dev/null)'\n";
      if (p.kind == ValueKind::file || p.kind == ValueKind::directory)
        out += "complete -c yoy" + condition + " -F\n";
      if (p.kind == ValueKind::command)
        out += "complete -c yoy" + condition + " -a '" + join(commands) + "'\n";
    }
  }
  return out;
}

std::vector<std::string> archive_words(const Archive& archive, const std::string& kind) {
  std::vector<std::string> out;
  if (kind == "remotes") return archive.remotes();
  const std::vector<SeriesInfo> all = archive.series();
  const bool one = all.size() == 1;
  std::set<std::string> seen;
  auto add = [&](const std::string& word) {
    if (seen.insert(word).second) out.push_back(word);
  };
  for (const SeriesInfo& series : all) {
    for (const auto& [year, count] : series.reports_per_year) {
      const std::string y = std::to_string(year);
      if (kind == "editions" || kind == "rm-targets") {
        if (one) add(y);
        add(series.name + "/" + y);
      }
      if (kind == "reports" || kind == "report-at-year" || kind == "rm-targets") {
        for (const ReportEntry& report : archive.reports(series.name, year)) {
          if (kind == "reports") {
            if (one) add(report.id);
            add(series.name + "/" + report.id);
          } else {
            if (one) add(report.id + "@" + y);
            add(series.name + "/" + report.id + "@" + y);
          }
        }
      }
    }
  }
  return out;
}

}  // namespace yoy::cli
