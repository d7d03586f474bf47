#pragma once
// The monitor file (yoy-monitor.json, "yoy.monitor/1"): where each series'
// editions come from and where notifications go. Read strictly: an unknown
// field, source or channel, a malformed URL pattern or a secret written into
// the file is refused with one line naming the field.
#include <string>
#include <string_view>

#include "yoy/model/monitor.h"

namespace yoy {

// Parses the file's text; `source` names it in messages, `base_dir` is where
// relative paths in it (policy, url_file, a file channel) are taken from.
// Throws InputError: "yoy-monitor.json: channels[1].type: unknown channel 'slak' (known: ...)".
MonitorConfig parse_monitor_config(std::string_view json_text, const std::string& source,
                                   const std::string& base_dir);
// Reads and parses the file.
MonitorConfig load_monitor_config(const std::string& path);

// Where the monitor file is: `flag` (--config), else $YOY_MONITOR, else
// yoy-monitor.json in the directory that holds the archive.
std::string monitor_config_location(const std::string& flag, const std::string& archive_path);

// The years to look for: `year` when given; else the source's years, or
// since..`current_year`; else the archive's latest edition and the next one
// (`latest` 0: none). Throws InputError when nothing says which years.
std::vector<int> years_to_fetch(const SourceConfig& source, int year, int latest, int current_year);

// A URL pattern's pages: {year} and {id} replaced (the id percent-encoded).
std::string expand_pattern(const std::string& pattern, int year, const std::string& id);

}  // namespace yoy
