// Renderer dispatch and the JSON renderer (the yoy.changes/1 contract of
// DESIGN.md, field for field; deterministic: same ChangeSet, same bytes).
#include <cmath>
#include <nlohmann/json.hpp>

#include "yoy/error.h"
#include "yoy/render.h"

namespace yoy {
namespace {

using Json = nlohmann::ordered_json;

// Whole numbers print as integers (80000, not 80000.0).
Json number(double v) {
  if (std::isfinite(v) && std::fabs(v) < 9.0e15 && v == std::floor(v))
    return static_cast<long long>(v);
  return v;
}

Json numbers(const std::vector<double>& values) {
  Json a = Json::array();
  for (double v : values) a.push_back(number(v));
  return a;
}

Json edition(const EditionRef& e) {
  Json j;
  j["series"] = e.series;
  j["year"] = e.year ? Json(e.year) : Json(nullptr);
  if (!e.year && !e.label.empty()) j["file"] = e.label;  // compared outside an archive
  return j;
}

Json words(const std::vector<WordRun>& runs) {
  Json a = Json::array();
  for (const WordRun& r : runs) a.push_back(Json::array({std::string(1, r.op), r.text}));
  return a;
}

Json summary(const ChangeSummary& s) {
  Json j;
  j["reports"] = s.reports;
  j["changed"] = s.changed;
  j["added"] = s.added;
  j["removed"] = s.removed;
  j["rating_changes"] = s.rating_changes;
  j["items_added"] = s.items_added;
  j["items_removed"] = s.items_removed;
  j["items_reworded"] = s.items_reworded;
  j["items_moved"] = s.items_moved;
  j["statistics_changed"] = s.statistics_changed;
  j["statistics_added"] = s.statistics_added;
  j["statistics_removed"] = s.statistics_removed;
  j["blocks_added"] = s.blocks_added;
  j["blocks_removed"] = s.blocks_removed;
  j["blocks_modified"] = s.blocks_modified;
  j["blocks_moved"] = s.blocks_moved;
  return j;
}

Json rating(const std::optional<RatingChange>& r) {
  if (!r) return nullptr;
  Json j;
  j["scale"] = r->scale;
  j["from"] = r->from.empty() ? Json(nullptr) : Json(r->from);
  j["to"] = r->to.empty() ? Json(nullptr) : Json(r->to);
  j["direction"] = r->direction;
  if (!r->stated.empty()) j["stated"] = r->stated;
  if (r->stated_contradicts) j["stated_contradicts"] = true;
  return j;
}

Json item(const ItemChange& i) {
  Json j;
  j["change"] = change_name(i.change);
  switch (i.change) {
    case Change::added:
      j["to"] = i.to;
      j["to_index"] = i.to_index;
      break;
    case Change::removed:
      j["from"] = i.from;
      j["from_index"] = i.from_index;
      break;
    case Change::reworded:
      j["from"] = i.from;
      j["to"] = i.to;
      j["from_index"] = i.from_index;
      j["to_index"] = i.to_index;
      j["similarity"] = std::round(i.similarity * 100) / 100;
      j["words"] = words(i.words);
      break;
    default:  // moved, unchanged
      j["text"] = i.text;
      j["from_index"] = i.from_index;
      j["to_index"] = i.to_index;
      break;
  }
  return j;
}

Json statistic(const StatisticChange& s) {
  Json j;
  j["section"] = s.section;
  j["change"] = change_name(s.change);
  if (s.change != Change::added) j["from"] = s.from;
  if (s.change != Change::removed) j["to"] = s.to;
  if (s.change != Change::added) j["from_values"] = numbers(s.from_values);
  if (s.change != Change::removed) j["to_values"] = numbers(s.to_values);
  if (!s.unit.empty()) j["unit"] = s.unit;
  j["context"] = s.context;
  return j;
}

Json block(const BlockChange& b) {
  Json j;
  j["change"] = change_name(b.change);
  switch (b.change) {
    case Change::modified:
      j["from"] = b.from;
      j["to"] = b.to;
      if (b.from_index >= 0) j["from_index"] = b.from_index;  // moved and edited
      if (b.to_index >= 0) j["to_index"] = b.to_index;
      j["words"] = words(b.words);
      if (b.coarse) j["coarse"] = true;
      break;
    case Change::added:
      j["to"] = b.to;
      break;
    case Change::removed:
      j["from"] = b.from;
      break;
    case Change::moved:
      j["text"] = b.text;
      j["from_index"] = b.from_index;
      j["to_index"] = b.to_index;
      break;
    default:
      j["text"] = b.text;
      break;
  }
  return j;
}

Json section(const SectionChange& s) {
  Json j;
  j["section"] = s.section;
  if (s.change == Change::renamed) j["from_section"] = s.from_section;
  j["change"] = change_name(s.change);
  Json blocks = Json::array();
  for (const BlockChange& b : s.blocks) blocks.push_back(block(b));
  j["blocks"] = blocks;
  return j;
}

Json report(const ReportChange& r) {
  Json j;
  j["id"] = r.id;
  j["title"] = r.title;
  j["change"] = change_name(r.change);
  j["rating"] = rating(r.rating);
  Json lists = Json::array();
  for (const ListChange& l : r.lists) {
    Json list;
    list["section"] = l.section;
    Json items = Json::array();
    for (const ItemChange& i : l.items) items.push_back(item(i));
    list["items"] = items;
    lists.push_back(list);
  }
  j["lists"] = lists;
  Json statistics = Json::array();
  for (const StatisticChange& s : r.statistics) statistics.push_back(statistic(s));
  j["statistics"] = statistics;
  Json sections = Json::array();
  for (const SectionChange& s : r.sections) sections.push_back(section(s));
  j["sections"] = sections;
  return j;
}

}  // namespace

Format format_from_name(std::string_view name) {
  if (name == "text") return Format::text;
  if (name == "md" || name == "markdown") return Format::md;
  if (name == "html") return Format::html;
  if (name == "json") return Format::json;
  throw InputError("unknown format '" + std::string(name) + "' (use text, md, html or json)");
}

std::string render_json(const ChangeSet& changes) {
  Json j;
  j["format"] = "yoy.changes/1";
  j["from"] = edition(changes.from);
  j["to"] = edition(changes.to);
  if (changes.reversed) j["reversed"] = true;  // FROM is later than TO
  j["summary"] = summary(changes.summary);
  Json reports = Json::array();
  for (const ReportChange& r : changes.reports) reports.push_back(report(r));
  j["reports"] = reports;
  return j.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

std::string render(const ChangeSet& changes, Format format, const RenderOptions& options) {
  switch (format) {
    case Format::text:
      return render_text(changes, options);
    case Format::md:
      return render_markdown(changes, options);
    case Format::html:
      return render_html(changes, options);
    case Format::json:
      return render_json(changes);
  }
  return render_json(changes);
}

}  // namespace yoy
