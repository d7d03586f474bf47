#pragma once
// The options diff and compare share for what to show of a ChangeSet:
// --stat, --only KIND, --section NAME, --ignore REGEX. The CLI only wires them:
// tally filters and counts (tally/change_filter, tally/change_stat), render formats.
#include <string>
#include <vector>

#include "yoy/diff/diff.h"
#include "yoy/model/changeset.h"
#include "yoy/render/render.h"
#include "yoy/tally/change_filter.h"
#include "yoy/tally/change_stat.h"

namespace CLI {
class App;
}

namespace yoy::cli {

struct ViewFlags {
  bool stat = false;
  std::vector<std::string> only, sections, ignore;
};

void add_view_options(CLI::App& command, ViewFlags& flags);
// Copies --ignore into the diff options (the engine cuts the text before diffing).
void apply_view_options(const ViewFlags& flags, DiffOptions& options);
// What --only, --section and --all ask to be shown.
ChangeFilter view_filter(const ViewFlags& flags, bool include_unchanged);
// The --stat table as text or json (throws InputError for another format).
std::string show_stat(const ChangeStat& stat, Format format, bool color);
// Filters the ChangeSet as asked and renders it (the --stat table, or the format).
std::string show_changes(ChangeSet& changes, const ViewFlags& flags, Format format,
                         const RenderOptions& options);

}  // namespace yoy::cli
