// Text and JSON for `yoy log` (timeline) and `yoy blame`.
#include "yoy/render/history_output.h"

#include "render_common.h"
#include "yoy/util/printable.h"

#include <cstdio>
#include <nlohmann/json.hpp>

namespace yoy {

namespace {

using json = nlohmann::ordered_json;

// Columns in code points ("—" is one column, three bytes).
using render_common::pad;
using render_common::text_width;

std::string arrow(Direction direction, bool color) {
  if (direction == Direction::upgrade) return color ? "\x1b[32m↑\x1b[0m" : "↑";
  if (direction == Direction::downgrade) return color ? "\x1b[31m↓\x1b[0m" : "↓";
  return " ";
}

std::string signed_count(int n, const char* sign) {
  return n == 0 ? "0" : std::string(sign) + std::to_string(n);
}

// Edition years as runs: "2014, 2017, 2020–2023".
std::string year_runs(const std::vector<int>& years) {
  std::string out;
  for (std::size_t i = 0; i < years.size();) {
    std::size_t j = i;
    while (j + 1 < years.size() && years[j + 1] == years[j] + 1) ++j;
    out += (out.empty() ? "" : ", ") + std::to_string(years[i]);
    if (j > i) out += "–" + std::to_string(years[j]);
    i = j + 1;
  }
  return out;
}

// "≤2025" when earlier copies stop before the line: it may be older.
std::string since_text(const BlameLine& line) {
  return (line.unreached.empty() ? "" : "≤") + std::to_string(line.first_year);
}

}  // namespace

std::string render_timeline_text(const Timeline& timeline, bool color) {
  const char* bold = color ? "\x1b[1m" : "";
  const char* reset = color ? "\x1b[0m" : "";
  std::size_t tier_width = 4;
  for (const TimelineEntry& entry : timeline.entries)
    tier_width = std::max(tier_width, text_width(printable(entry.tier)));

  // Names and text from the archive pass through printable() (terminal-safe).
  std::string out = std::string(bold) + printable(timeline.series + "/" + timeline.id);
  if (!timeline.title.empty()) out += " — " + printable(timeline.title);
  out += std::string(reset) + "\n";
  out += "year  " + pad("tier", tier_width + 3) +
         "recs   new  dropped  reworded  stats  text change\n";
  for (const TimelineEntry& entry : timeline.entries) {
    out += std::to_string(entry.year) + "  ";
    if (!entry.present) {
      out += "(not in this edition)\n";
      continue;
    }
    out += pad(entry.tier.empty() ? "—" : printable(entry.tier), tier_width) + " " +
           arrow(entry.direction, color) + " ";
    out += pad(std::to_string(entry.recommendations), 4, true) + "  " +
           pad(signed_count(entry.recommendations_new, "+"), 4, true) + "  " +
           pad(signed_count(entry.recommendations_removed, "-"), 7, true) + "  " +
           pad(std::to_string(entry.recommendations_reworded), 8, true) + "  ";
    if (entry.first) {
      out += pad("-", 5, true) + "  first edition\n";
      continue;
    }
    out += pad(std::to_string(entry.statistics_changed), 5, true) + "  ";
    if (entry.words_added == 0 && entry.words_removed == 0)
      out += "no text change\n";
    else
      out.append("+")  // appended piece by piece: GCC 12 misreads "lit" + string&& (-Wrestrict)
          .append(std::to_string(entry.words_added))
          .append(" −")
          .append(std::to_string(entry.words_removed))
          .append(" words\n");
  }
  return out;
}

std::string render_timeline_json(const Timeline& timeline) {
  json entries = json::array();
  for (const TimelineEntry& entry : timeline.entries) {
    json e;
    e["year"] = entry.year;
    e["present"] = entry.present;
    if (entry.present) {
      e["tier"] = entry.tier.empty() ? json(nullptr) : json(entry.tier);
      e["direction"] = entry.first ? json(nullptr) : json(direction_name(entry.direction));
      e["first"] = entry.first;
      e["recommendations"] = entry.recommendations;
      e["recommendations_new"] = entry.recommendations_new;
      e["recommendations_removed"] = entry.recommendations_removed;
      e["recommendations_reworded"] = entry.recommendations_reworded;
      e["statistics_changed"] = entry.statistics_changed;
      e["words_added"] = entry.words_added;
      e["words_removed"] = entry.words_removed;
    }
    entries.push_back(e);
  }
  json root;
  root["format"] = "yoy.log/1";
  root["series"] = timeline.series;
  root["id"] = timeline.id;
  root["title"] = timeline.title;
  root["entries"] = entries;
  return root.dump(2) + "\n";
}

std::string render_blame_text(const Blame& blame, bool color) {
  const char* bold = color ? "\x1b[1m" : "";
  const char* dim = color ? "\x1b[2m" : "";
  const char* reset = color ? "\x1b[0m" : "";
  std::string out = std::string(bold) + printable(blame.series + "/" + blame.id) + "@" +
                    std::to_string(blame.year);
  if (!blame.title.empty()) out += " — " + printable(blame.title);
  out += std::string(reset) + "\n";
  bool bounded = false;  // some line's "since" is only as far back as the copies reach
  for (const BlameLine& line : blame.lines) bounded = bounded || !line.unreached.empty();
  const std::size_t since_width = bounded ? 5 : 4;
  out += pad("since", since_width) + "  editions  reworded  text\n";
  std::string section;
  for (const BlameLine& line : blame.lines) {
    if (line.section != section) {
      section = line.section;
      out += std::string(bold) + printable(section) + reset + "\n";
    }
    const std::string reworded = line.last_reworded ? std::to_string(line.last_reworded) : "-";
    const bool fresh = line.first_year == blame.year;
    out += std::string(fresh ? "" : dim) + pad(since_text(line), since_width) + reset + "  " +
           pad(std::to_string(line.editions), 8, true) + "  " + pad(reworded, 8, true) + "  ";
    if (line.kind == BlameLine::Kind::recommendation) out += std::to_string(line.rank + 1) + ". ";
    out += printable(line.text) + "\n";
    // Copies between that stop before this part: a gap, not an absence.
    if (!line.gaps.empty())
      out += std::string(since_width + 22, ' ') + dim + "(not in the " + year_runs(line.gaps) +
             (line.gaps.size() == 1 ? " copy, which stops" : " copies, which stop") +
             " before it: a gap, not an absence)" + reset + "\n";
  }
  if (bounded)
    out +=
        "≤YEAR: first in YEAR as far as the archive's copies reach; earlier copies stop "
        "before it, so it may be older (--format json lists them)\n";
  return out;
}

std::string render_blame_json(const Blame& blame) {
  json lines = json::array();
  for (const BlameLine& line : blame.lines) {
    json l;
    l["kind"] = line.kind == BlameLine::Kind::recommendation ? "recommendation" : "sentence";
    l["section"] = line.section;
    if (line.kind == BlameLine::Kind::recommendation) l["rank"] = line.rank + 1;
    l["text"] = line.text;
    l["first_year"] = line.first_year;
    l["last_reworded"] = line.last_reworded ? json(line.last_reworded) : json(nullptr);
    l["editions"] = line.editions;
    // Editions whose copies stop before this part: since first_year (gaps), before it (unreached).
    if (!line.gaps.empty()) l["gaps"] = line.gaps;
    if (!line.unreached.empty()) l["unreached"] = line.unreached;
    lines.push_back(l);
  }
  json root;
  root["format"] = "yoy.blame/1";
  root["series"] = blame.series;
  root["id"] = blame.id;
  root["year"] = blame.year;
  root["title"] = blame.title;
  root["first_year"] = blame.first_year;
  root["lines"] = lines;
  return root.dump(2) + "\n";
}

}  // namespace yoy
