#pragma once
// The result of a diff: plain structs mirroring the ChangeSet JSON contract
// ("yoy.changes/2", DESIGN.md). The engine fills it; renderers only read it.
#include <optional>
#include <string>
#include <vector>

#include "yoy/model/model.h"

namespace yoy {

// revised / restated: a statistic's figure for one period differs between the
// editions (a structured estimate revised; a narrative restating a past figure).
enum class Change {
  unchanged,
  changed,
  added,
  removed,
  modified,
  moved,
  reworded,
  renamed,
  revised,
  restated
};
const char* change_name(Change c);

// One run of a word diff: op is '=', '-' or '+'.
struct WordRun {
  char op = '=';
  std::string text;
};

// How a rating moved between two editions on its profile's ordered scale
// (toward Tier 1 is an upgrade). `changed`: it moved off the ordered scale
// (Special Case); `none`: not compared (a first edition, no ratings).
enum class Direction { none, upgrade, downgrade, unchanged, changed, new_rating, dropped };
// "upgrade" | "downgrade" | "unchanged" | "changed" | "new" | "dropped"; "" for none.
const char* direction_name(Direction direction);

struct RatingChange {
  std::string scale;     // "tier"
  std::string from, to;  // "" when that side has none
  Direction direction = Direction::none;
  StatedMovement stated = StatedMovement::none;  // from the new text
  bool stated_contradicts = false;               // stated movement disagrees with direction
};

struct ItemChange {
  Change change = Change::unchanged;  // added | removed | reworded | moved | unchanged
  std::string from, to;               // removed/reworded: from; added/reworded: to
  std::string text;                   // moved / unchanged
  int from_index = -1, to_index = -1;
  double similarity = 0;       // reworded
  std::vector<WordRun> words;  // reworded
};

struct ListChange {
  std::string section;
  std::vector<ItemChange> items;
};

struct StatisticChange {
  std::string section;
  Change change = Change::changed;  // changed | added | removed | revised | restated
  std::string measure;              // what is counted ("convictions", "share of exports")
  std::string subject;              // of whom ("China"); "" when none
  // The period each side's figure refers to ("2022", "FY 2013"); "" when unknown.
  // changed: the old edition's latest against the new one's; revised / restated: the same.
  std::string from_period, to_period;
  std::string from, to;  // surface text
  std::vector<double> from_values, to_values;
  std::string unit;
  std::string context;  // the (new, else old) sentence or field path
  bool vague = false;   // either side is an order of magnitude ("thousands of"): no delta
  // Filled by the engine (diff/statistic_delta) when the values compare (renderers only show
  // them): delta = new - old of the one compared value, percent = 100 * delta / |old| (absent
  // when old is 0, the figure is vague or the values don't pair).
  std::optional<double> delta, percent;
};

struct BlockChange {
  Change change = Change::modified;  // modified | added | removed | moved | unchanged
  std::string from, to;
  std::string text;  // moved / unchanged
  int from_index = -1, to_index = -1;
  std::vector<WordRun> words;  // modified
  bool coarse = false;         // word diff skipped (work cap): shown as replaced
};

struct SectionChange {
  std::string section;                // display heading (new side, else old)
  std::string from_section;           // renamed: the old heading
  Change change = Change::unchanged;  // unchanged | modified | added | removed | renamed
  std::vector<BlockChange> blocks;
  double text_change = 0;  // share of the section's words changed, 0..1 (for policies)
};

struct ReportChange {
  std::string id;
  std::string title;
  Change change = Change::unchanged;  // unchanged | changed | added | removed
  std::optional<RatingChange> rating;
  std::vector<ListChange> lists;
  std::vector<StatisticChange> statistics;
  std::vector<SectionChange> sections;
};

struct EditionRef {
  std::string series;
  int year = 0;       // 0 for files compared outside an archive
  std::string label;  // file path when compared outside an archive
};

// How every renderer names an edition: "tip/2024" (as the CLI addresses it),
// or the file path when compared outside an archive.
std::string edition_label(const EditionRef& edition);

// The counts of a ChangeSet's reports (tally/count: summarize).
struct ChangeSummary {
  int reports = 0, changed = 0, added = 0, removed = 0;
  int rating_changes = 0;
  int items_added = 0, items_removed = 0, items_reworded = 0, items_moved = 0;
  int statistics_changed = 0, statistics_added = 0, statistics_removed = 0;
  int blocks_added = 0, blocks_removed = 0, blocks_modified = 0, blocks_moved = 0;
};

struct ChangeSet {
  EditionRef from, to;
  bool reversed = false;  // FROM was later than TO; the diff runs backwards in time
  ChangeSummary summary;
  std::vector<ReportChange> reports;  // sorted by id
};

// Some report changed, was added or removed (what --exit-code reports); reports
// kept by --all as unchanged do not count.
bool has_changes(const ChangeSet& changes);

}  // namespace yoy
