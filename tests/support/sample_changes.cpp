// Hand-built ChangeSets for renderer tests (see sample_changes.h).
#include "support/sample_changes.h"

namespace yoy::testing {

ChangeSet sample_changes() {
  ChangeSet changes;
  changes.from = {"tip", 2024, ""};
  changes.to = {"tip", 2025, ""};

  ReportChange report;
  report.id = "north-korea";
  report.title = "Korea, Democratic People's Republic of";
  report.change = Change::changed;
  report.rating = RatingChange{
      "tier", "Tier 2 Watch List", "Tier 3", Direction::downgrade, StatedMovement::remained, true};

  ListChange recommendations;
  recommendations.section = "Prioritized Recommendations";
  recommendations.items.push_back(
      {Change::added, "", "Cease garnishing wages of overseas workers.", "", -1, 3, 0, {}});
  recommendations.items.push_back(
      {Change::removed, "Accede to the 2000 UN TIP Protocol.", "", "", 5, -1, 0, {}});
  ItemChange reworded;
  reworded.change = Change::reworded;
  reworded.from = "Eliminate the use of coercion tactics to monitor workers.";
  reworded.to = "Eliminate coercive tactics used to monitor workers.";
  reworded.from_index = 1;
  reworded.to_index = 1;
  reworded.similarity = 0.82;
  reworded.words = {{'=', "Eliminate"}, {'-', "the use of coercion"},
                    {'+', "coercive"},  {'=', "tactics"},
                    {'+', "used"},      {'=', "to monitor workers."}};
  recommendations.items.push_back(reworded);
  ItemChange moved;
  moved.change = Change::moved;
  moved.text = "Criminalize sex trafficking and labor trafficking.";
  moved.from_index = 2;
  moved.to_index = 0;
  recommendations.items.push_back(moved);
  report.lists.push_back(recommendations);

  StatisticChange camps;
  camps.section = "Trafficking Profile";
  camps.change = Change::changed;
  camps.from = "80,000 to 120,000";
  camps.to = "80,000 to 200,000";
  camps.from_values = {80000, 120000};
  camps.to_values = {80000, 200000};
  camps.unit = "persons";
  camps.measure = "persons";
  camps.context =
      "The DPRK holds an estimated 80,000 to 200,000 persons in political prison camps.";
  camps.delta = 80000;
  camps.percent = 66.66666;
  report.statistics.push_back(camps);
  StatisticChange hours;
  hours.section = "Trafficking Profile";
  hours.change = Change::added;
  hours.to = "up to 20 hours";
  hours.to_values = {20};
  hours.unit = "hours per day";
  hours.measure = "working hours";
  hours.to_period = "2024";
  hours.context = "Workers labor up to 20 hours per day.";
  report.statistics.push_back(hours);
  StatisticChange women;
  women.section = "Prosecution";
  women.change = Change::removed;
  women.from = "two women";
  women.from_values = {2};
  women.context = "The government executed two women.";
  report.statistics.push_back(women);

  SectionChange prosecution;
  prosecution.section = "Prosecution";
  prosecution.change = Change::modified;
  BlockChange modified;
  modified.change = Change::modified;
  modified.from =
      "The government did not report any efforts. It did not report laws criminalizing sex "
      "trafficking. Fair trials did not occur.";
  modified.to =
      "The government did not report any efforts. It did not report laws criminalizing sex "
      "trafficking or labor trafficking. Fair trials did not occur.";
  modified.words = {{'=',
                     "The government did not report any efforts. It did not report laws "
                     "criminalizing sex trafficking"},
                    {'+', "or labor trafficking"},
                    {'=', ". Fair trials did not occur."}};
  prosecution.blocks.push_back(modified);
  BlockChange added;
  added.change = Change::added;
  added.to = "Media reported the government executed at least two women.";
  prosecution.blocks.push_back(added);
  BlockChange removed;
  removed.change = Change::removed;
  removed.from = "The government did not provide law enforcement data.";
  prosecution.blocks.push_back(removed);
  BlockChange moved_block;
  moved_block.change = Change::moved;
  moved_block.text = "Authorities consider repatriated victims as criminals.";
  moved_block.from_index = 4;
  moved_block.to_index = 1;
  prosecution.blocks.push_back(moved_block);
  BlockChange coarse;
  coarse.change = Change::modified;
  coarse.coarse = true;
  coarse.from = "An old paragraph far too long to diff word by word.";
  coarse.to = "A new paragraph that replaced it.";
  prosecution.blocks.push_back(coarse);
  prosecution.text_change = 0.2;
  report.sections.push_back(prosecution);

  SectionChange prevention;
  prevention.section = "Prevention";
  prevention.from_section = "Prevention Efforts";
  prevention.change = Change::renamed;
  report.sections.push_back(prevention);

  SectionChange profile;
  profile.section = "Trafficking Profile";
  profile.change = Change::added;
  BlockChange profile_block;
  profile_block.change = Change::added;
  profile_block.to = "As reported over the past five years, the government exploits workers.";
  profile.blocks.push_back(profile_block);
  report.sections.push_back(profile);

  changes.reports.push_back(report);

  ChangeSummary& s = changes.summary;
  s.reports = 1, s.changed = 1, s.rating_changes = 1;
  s.items_added = 1, s.items_removed = 1, s.items_reworded = 1, s.items_moved = 1;
  s.statistics_changed = 1, s.statistics_added = 1, s.statistics_removed = 1;
  s.blocks_added = 2, s.blocks_removed = 1, s.blocks_modified = 2, s.blocks_moved = 1;
  return changes;
}

ChangeSet hostile_changes(const std::string& hostile) {
  ChangeSet changes = sample_changes();
  changes.from.series = hostile;
  ReportChange& r = changes.reports.front();
  r.id = hostile;
  r.title = hostile;
  r.rating->from = hostile;
  r.rating->to = hostile;
  for (ListChange& list : r.lists) {
    list.section = hostile;
    for (ItemChange& item : list.items) {
      item.from = item.to = item.text = hostile + " | cell";
      for (WordRun& run : item.words) run.text = hostile;
    }
  }
  for (StatisticChange& s : r.statistics) {
    s.section = s.from = s.to = s.unit = hostile;
    s.context = hostile + " | a | b";
  }
  for (SectionChange& section : r.sections) {
    section.section = section.from_section = hostile;
    for (BlockChange& block : section.blocks) {
      block.from = block.to = block.text = hostile;
      for (WordRun& run : block.words) run.text = hostile;
    }
  }
  return changes;
}

ReportChange eventful_report() {
  ReportChange report;
  report.id = "north-korea";
  report.title = "Korea, Democratic People's Republic of";
  report.change = Change::changed;
  report.rating = RatingChange{
      "tier", "Tier 2 Watch List", "Tier 3", Direction::downgrade, StatedMovement::upgraded, true};
  ListChange list;
  list.section = "Prioritized Recommendations";
  list.items.push_back(
      {Change::removed, "End forced labor, in all its forms.", "", "", 2, -1, 0, {}});
  list.items.push_back({Change::added, "", "Close the camps.", "", -1, 0, 0, {}});
  report.lists.push_back(list);
  StatisticChange big;
  big.section = "Trafficking Profile";
  big.measure = "persons";
  big.from = "80,000 to 120,000";
  big.to = "80,000 to 200,000";
  big.from_values = {80000, 120000};
  big.to_values = {80000, 200000};
  big.context = "The DPRK holds an estimated 80,000 to 200,000 persons in camps.";
  big.delta = 80000;  // as the engine measures it (diff/diff_statistics)
  big.percent = 100.0 * 80000 / 120000;
  StatisticChange small = big;
  small.measure = "victims identified";
  small.from_period = "2023";
  small.to_period = "2024";
  small.from = "100";
  small.to = "110";
  small.from_values = {100};
  small.to_values = {110};
  small.context = "Officials identified 110 victims.";
  small.delta = 10;
  small.percent = 10;
  report.statistics = {big, small};
  SectionChange removed;
  removed.section = "Protection";
  removed.change = Change::removed;
  SectionChange rewritten;
  rewritten.section = "Prosecution";
  rewritten.change = Change::modified;
  rewritten.text_change = 0.62;
  SectionChange touched;
  touched.section = "Prevention";
  touched.change = Change::modified;
  touched.text_change = 0.05;
  report.sections = {removed, rewritten, touched};
  return report;
}

ReportChange quiet_report(const std::string& id) {
  ReportChange report;
  report.id = id;
  report.title = id;
  report.change = Change::unchanged;
  report.rating = RatingChange{
      "tier", "Tier 1", "Tier 1", Direction::unchanged, StatedMovement::remained, false};
  return report;
}

ChangeSet changes_of(std::vector<ReportChange> reports) {
  ChangeSet changes;
  changes.from = {"tip", 2024, ""};
  changes.to = {"tip", 2025, ""};
  changes.reports = std::move(reports);
  return changes;
}

}  // namespace yoy::testing
