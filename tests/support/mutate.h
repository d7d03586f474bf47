#pragma once
// Mutation harness support: a TIP narrative as a small editable model, random
// planted edits with their expected changes, and formatting-only noise.
#include <random>
#include <string>
#include <vector>

namespace yoy::testing {

struct ReportModel {
  struct Part {
    std::string heading;  // "" for the summary under the tier heading
    std::vector<std::string> paragraphs;
    bool list = false;
  };
  std::string prefix;   // page chrome and title line, before the tier heading
  std::string country;  // "KOREA, DEMOCRATIC PEOPLE'S REPUBLIC OF"
  std::string tier;     // "Tier 3"
  std::vector<Part> parts;
  std::string suffix;  // TAGS and the page footer
};

// Splits a TIP page conversion (the seed) into the model; rejoins paragraphs a
// page break cut mid-sentence.
ReportModel model_from_text(const std::string& text);

// Formatting that must never count as a change.
struct Noise {
  int wrap = 0;           // re-wrap paragraphs at this many columns (0: no)
  bool curly = false;     // straight quotes to typographic ones
  bool entities = false;  // apostrophes as &rsquo; / &#39;
  bool double_spaces = false;
  bool heading_case = false;  // "PROSECUTION" -> "Prosecution"
  unsigned seed = 0;
};
Noise random_noise(std::mt19937& rng);
std::string render_model(const ReportModel& model, const Noise& noise);

// What a planted edit should make the differ report.
struct Expected {
  std::string direction = "unchanged";
  std::vector<std::string> items_added, items_removed, items_moved;  // item texts
  std::vector<std::string> items_moved_alternatives;  // neighbour, when a move is a swap
  std::vector<std::pair<std::string, std::string>> items_reworded;      // from, to
  std::vector<std::pair<std::string, std::string>> statistics_changed;  // surfaces from, to
  std::vector<std::pair<std::string, std::string>> blocks_modified;     // paragraph from, to
  std::vector<std::string> blocks_moved, blocks_moved_alternatives;
  std::vector<std::string> log;  // human-readable list of edits (for failure messages)
};

// Plants 1..5 random edits in `model`, returning what the diff must report.
Expected plant_edits(ReportModel& model, std::mt19937& rng);

}  // namespace yoy::testing
