// The testland editions (see testland_series.h).
#include "support/testland_series.h"

#include <utility>

namespace yoy::testing {

namespace {

Block block_of(const std::vector<std::string>& sentences, BlockKind kind = BlockKind::paragraph) {
  Block block;
  block.kind = kind;
  for (const std::string& s : sentences) {
    if (!block.text.empty()) block.text += " ";
    block.text += s;
    block.sentences.push_back({s, s});
  }
  block.compare = block.text;
  return block;
}

Section section_of(const std::string& heading, bool is_list, std::vector<Block> blocks) {
  Section section;
  section.heading = heading;
  section.key = heading == "Prioritized Recommendations" ? "prioritized-recommendations"
                                                         : "section-" + heading;
  section.is_list = is_list;
  section.blocks = std::move(blocks);
  return section;
}

Section recommendations(const std::vector<std::string>& items) {
  std::vector<Block> blocks;
  for (const std::string& item : items) blocks.push_back(block_of({item}, BlockKind::list_item));
  return section_of("Prioritized Recommendations", true, blocks);
}

Section profile_with_estimate(const std::string& estimate, double value) {
  Block block =
      block_of({"An estimated " + estimate + " persons are held in political prison camps.",
                "Camps operate in remote mountain valleys."});
  Statistic statistic;
  statistic.surface = estimate;
  statistic.values = {value};
  statistic.qualifier = "an estimated";
  statistic.unit = "persons";
  statistic.context = block.sentences[0].text;
  block.statistics.push_back(statistic);
  return section_of("Trafficking Profile", false, {block});
}

Document edition(int year, const std::string& tier, Section recs, Section prosecution,
                 Section profile) {
  Document document;
  document.profile = "tip";
  document.series = "tip";
  document.id = "testland";
  document.year = year;
  document.title = "Testland";
  document.rating.scale = "tier";
  document.rating.value = tier;
  document.sections = {std::move(recs), std::move(prosecution), std::move(profile)};
  return document;
}

}  // namespace

const std::string kForcedLabor =
    "End the use of state-sponsored forced labor in prison camps and through mass mobilizations.";
const std::string kCriminalize =
    "Criminalize sex trafficking and labor trafficking in the penal code.";
const std::string kAssistance =
    "Provide assistance to victims exploited in the country and to victims returned from abroad.";
const std::string kAssistanceReworded =
    "Provide comprehensive assistance to victims exploited in the country and to all victims "
    "returned from abroad.";

const std::string kNoEfforts = "The government did not report any law enforcement efforts.";
const std::string kFairTrials = "Fair trials did not occur and courts were not independent.";
const std::string kFairTrialsReworded =
    "Fair trials did not occur and courts were never independent of the party.";
const std::string kExecutions = "Officials executed two women for helping citizens flee.";

Series::Series()
    : y2021(edition(2021, "Tier 2", recommendations({kForcedLabor, kCriminalize}),
                    section_of("Prosecution", false, {block_of({kNoEfforts, kFairTrials})}),
                    profile_with_estimate("80,000", 80000))),
      y2022(edition(2022, "Tier 2 Watch List",
                    recommendations({kForcedLabor, kCriminalize, kAssistance}),
                    section_of("Prosecution", false,
                               {block_of({kNoEfforts, kFairTrials}), block_of({kExecutions})}),
                    profile_with_estimate("80,000", 80000))),
      y2023(edition(
          2023, "Tier 3", recommendations({kAssistanceReworded, kForcedLabor, kCriminalize}),
          section_of("Prosecution", false,
                     {block_of({kNoEfforts, kFairTrialsReworded}), block_of({kExecutions})}),
          profile_with_estimate("120,000", 120000))) {}

}  // namespace yoy::testing
