// --stat as text (git diff --stat) and JSON. Every number comes from the ChangeStat.
#include <algorithm>

#include "render/json_writer.h"
#include "render/render_common.h"
#include "yoy/render/stat_output.h"
#include "yoy/util/printable.h"

namespace yoy {

namespace {

using namespace render_common;

constexpr const char* kRed = "\x1b[31m";
constexpr const char* kGreen = "\x1b[32m";
constexpr const char* kReset = "\x1b[0m";
constexpr int kMaxBar = 40;

std::string arrow(Direction direction) {
  switch (direction) {
    case Direction::upgrade:
      return "↑";
    case Direction::downgrade:
      return "↓";
    default:
      return direction_name(direction);  // "new", "dropped", "changed"
  }
}

// "recommendations +1 -1 ~2 ↕1, statistics 5, sections 3"
std::string details(const ReportStat& s) {
  std::vector<std::string> parts;
  if (s.direction != Direction::none) parts.push_back("tier " + arrow(s.direction));
  std::string items;
  auto add = [](std::string& to, int n, const char* sign) {
    if (n) to += std::string(to.empty() ? "" : " ") + sign + std::to_string(n);
  };
  add(items, s.items_added, "+");
  add(items, s.items_removed, "-");
  add(items, s.items_reworded, "~");
  add(items, s.items_moved, "↕");
  if (!items.empty()) parts.push_back("recommendations " + items);
  const int statistics = s.statistics_changed + s.statistics_added + s.statistics_removed;
  if (statistics) parts.push_back("statistics " + std::to_string(statistics));
  if (s.sections_changed) parts.push_back("sections " + std::to_string(s.sections_changed));
  std::string out;
  for (const std::string& p : parts) out += (out.empty() ? "" : ", ") + p;
  return out;
}

std::size_t display_width(const std::string& text) {
  std::size_t n = 0;
  for (unsigned char c : text) n += (c & 0xC0) != 0x80;
  return n;
}

void write_counts(JsonWriter& w, const ReportStat& s) {
  w.key("words_added"), w.integer(s.words_added);
  w.key("words_removed"), w.integer(s.words_removed);
  w.key("items");
  w.begin_object();
  w.key("added"), w.integer(s.items_added);
  w.key("removed"), w.integer(s.items_removed);
  w.key("reworded"), w.integer(s.items_reworded);
  w.key("moved"), w.integer(s.items_moved);
  w.end_object();
  w.key("statistics");
  w.begin_object();
  w.key("changed"), w.integer(s.statistics_changed);
  w.key("added"), w.integer(s.statistics_added);
  w.key("removed"), w.integer(s.statistics_removed);
  w.end_object();
  w.key("blocks");
  w.begin_object();
  w.key("added"), w.integer(s.blocks_added);
  w.key("removed"), w.integer(s.blocks_removed);
  w.key("modified"), w.integer(s.blocks_modified);
  w.key("moved"), w.integer(s.blocks_moved);
  w.end_object();
  w.key("sections_changed"), w.integer(s.sections_changed);
}

void write_edition(JsonWriter& w, const EditionRef& e) {
  w.begin_object();
  w.key("series"), w.string(e.series);
  if (e.year) {
    w.key("year"), w.integer(e.year);
  } else {
    w.key("label"), w.string(e.label);
  }
  w.end_object();
}

}  // namespace

std::string render_stat_text(const ChangeStat& stat, bool color, int width) {
  std::vector<std::string> names;
  std::size_t name_width = 0;
  int most = 0, count_width = 1;
  for (const ReportStat& s : stat.reports) {
    std::string name = printable(s.id);
    if (s.change == Change::added) name += " (added)";
    if (s.change == Change::removed) name += " (removed)";
    name_width = std::max(name_width, display_width(name));
    names.push_back(std::move(name));
    most = std::max(most, s.words_added + s.words_removed);
    count_width = std::max(
        count_width, static_cast<int>(std::to_string(s.words_added + s.words_removed).size()));
  }
  // The bar gets what the name and number leave of the width, as git's does.
  const int room = std::max(10, width - static_cast<int>(name_width) - count_width - 6);
  const int bar = std::min(kMaxBar, room);
  std::string out;
  for (std::size_t i = 0; i < stat.reports.size(); ++i) {
    const ReportStat& s = stat.reports[i];
    const int words = s.words_added + s.words_removed;
    int plus = s.words_added, minus = s.words_removed;
    if (most > bar) {
      // Scaled, but a side that changed keeps at least one mark.
      plus = s.words_added ? std::max(1, s.words_added * bar / most) : 0;
      minus = s.words_removed ? std::max(1, s.words_removed * bar / most) : 0;
    }
    std::string number = std::to_string(words);
    out += " " + names[i] + std::string(name_width - display_width(names[i]), ' ') + " | " +
           std::string(static_cast<std::size_t>(count_width) - number.size(), ' ') + number;
    if (plus || minus) {
      out += " ";
      if (color && plus) out += kGreen;
      out += std::string(static_cast<std::size_t>(plus), '+');
      if (color && plus) out += kReset;
      if (color && minus) out += kRed;
      out += std::string(static_cast<std::size_t>(minus), '-');
      if (color && minus) out += kReset;
    }
    const std::string more = details(s);
    if (!more.empty()) out += "  " + more;
    out += "\n";
  }
  const ReportStat& t = stat.total;
  int rating_changes = 0;
  for (const ReportStat& s : stat.reports) rating_changes += s.direction != Direction::none;
  out += " " + plural(static_cast<int>(stat.reports.size()), "report") + " changed of " +
         std::to_string(stat.reports_compared);
  if (rating_changes) out += ", " + plural(rating_changes, "rating change");
  out += ", " + std::to_string(t.words_added) + " words added(+), " +
         std::to_string(t.words_removed) + " removed(-)\n";
  return out;
}

std::string render_stat_json(const ChangeStat& stat) {
  std::string out;
  JsonWriter w(out);
  w.begin_object();
  w.key("format"), w.string("yoy.stat/1");
  w.key("from"), write_edition(w, stat.from);
  w.key("to"), write_edition(w, stat.to);
  w.key("reversed"), w.boolean(stat.reversed);
  w.key("reports_compared"), w.integer(stat.reports_compared);
  w.key("reports");
  w.begin_array();
  for (const ReportStat& s : stat.reports) {
    w.begin_object();
    w.key("id"), w.string(s.id);
    w.key("title"), w.string(s.title);
    w.key("change"), w.string(change_name(s.change));
    w.key("rating");
    if (s.direction == Direction::none) {
      w.null();
    } else {
      w.begin_object();
      w.key("from"), w.string(s.rating_from);
      w.key("to"), w.string(s.rating_to);
      w.key("direction"), w.string(direction_name(s.direction));
      w.end_object();
    }
    write_counts(w, s);
    w.end_object();
  }
  w.end_array();
  w.key("total");
  w.begin_object();
  write_counts(w, stat.total);
  w.end_object();
  w.end_object();
  out += "\n";
  return out;
}

}  // namespace yoy
