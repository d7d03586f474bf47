#pragma once
// The Document model every parser produces and the differ consumes.
// Display text stays as written; `compare` fields hold the normalized form
// (see normalize.h) so formatting-only differences never count.
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace yoy {

struct ByteSpan {
  std::size_t begin = 0;  // offsets into the source bytes
  std::size_t end = 0;
};

// A period the text gives relative to its edition ("the previous year"); the
// differ resolves it against the edition's year (parse does not know it).
enum class RelativePeriod {
  none,      // `period` says it, or it is unknown
  current,   // the edition's own (reporting) period, set against an earlier one by the text
  previous,  // "the previous year", "the previous reporting period", "the year before"
};

struct Statistic {
  std::string surface;         // as written: "80,000 to 200,000", "two women"
  std::vector<double> values;  // 80000, 200000
  std::string qualifier;       // "an estimated", "up to", "at least", "as many as" or ""
  std::string unit;            // "persons", "hours per day", "percent", "dollars" or ""
  std::size_t sentence = 0;    // index into Block::sentences
  std::string context;         // the sentence it sits in (display); for fields, the field path
  // Its identity: two editions' statistics pair by these, never by position.
  std::string measure;  // what is counted: "investigations", "share of exports", "population"
  std::string subject;  // of whom or which part: "China", "sex trafficking", "male"; "" if none
  std::string period;   // when, as stated: "2023", "FY 2013", "2023 est."; "" unknown or relative
  RelativePeriod relative = RelativePeriod::none;
  bool vague = false;      // "hundreds of thousands": an order of magnitude, no exact value
  bool converted = false;  // "($162,000)" after "€150,000": the same amount in another currency
  // The measure is only the noun after the figure ("persons"), not what a verb, an
  // action noun or a field names: a weaker identity, paired only within like sentences.
  bool measure_from_unit = false;
};

struct Sentence {
  std::string text;     // display
  std::string compare;  // normalized comparison form
};

enum class BlockKind { paragraph, list_item, field };

struct Block {
  BlockKind kind = BlockKind::paragraph;
  std::string text;                   // display text, paragraph rejoined, as written
  std::string compare;                // normalized comparison form
  std::vector<Sentence> sentences;    // in order
  std::vector<Statistic> statistics;  // in order of appearance
  ByteSpan span;
  std::string
      path;  // field path for structured profiles ("People and Society > Population > total")
};

struct Section {
  std::string heading;   // display ("PRIORITIZED RECOMMENDATIONS:")
  std::string key;       // normalized ("prioritized-recommendations")
  bool is_list = false;  // blocks are ranked items (recommendations)
  std::vector<Block> blocks;
};

// The movement a report's text states itself ("was downgraded to Tier 3").
enum class StatedMovement { none, upgraded, downgraded, remained };
// "upgraded" | "downgraded" | "remained"; "" for none (the JSON and display names).
const char* stated_name(StatedMovement stated);
// The inverse of stated_name; anything else is none.
StatedMovement stated_from_name(std::string_view name);

struct Rating {
  std::string scale;  // "tier"; empty when the document has no rating
  std::string value;  // canonical display: "Tier 1", "Tier 2", "Tier 2 Watch List", "Tier 3",
                      // "Special Case"
  StatedMovement stated = StatedMovement::none;
  // Where the value was read: "title" (the country heading) or "text" (only the
  // assessment says it: "therefore X remained on Tier 3"); "" for other profiles.
  std::string source;
  bool present() const { return !value.empty(); }
};

struct Document {
  std::string profile;  // "tip", "factbook", "generic"
  std::string series;   // "tip"
  std::string id;       // "north-korea"
  int year = 0;         // 0 when unknown
  std::string title;    // "Korea, Democratic People's Republic of"
  Rating rating;
  std::vector<Section> sections;
  // Metadata (provenance, page tags kept out of the text).
  std::string source_path;
  std::string source_hash;  // git blob id of the source bytes when known
  std::vector<std::string> tags;
  // What the parser noticed and settled ("the title says Tier 3, the text Tier 2
  // Watch List; the title's is kept"), for renderers and check to show.
  std::vector<std::string> warnings;
};

}  // namespace yoy
