// Renderer dispatch and the JSON renderer (the yoy.changes/2 contract of
// DESIGN.md, field for field; deterministic: same ChangeSet, same bytes),
// streamed: a 30 MB ChangeSet is never held as a JSON tree.
#include <cmath>

#include "render/json_writer.h"
#include "yoy/render/render.h"
#include "yoy/util/error.h"

namespace yoy {
namespace {

void edition(JsonWriter& w, const EditionRef& e) {
  w.begin_object();
  w.key("series");
  w.string(e.series);
  w.key("year");
  e.year ? w.integer(e.year) : w.null();
  if (!e.year && !e.label.empty()) {  // compared outside an archive
    w.key("file");
    w.string(e.label);
  }
  w.end_object();
}

void numbers(JsonWriter& w, const std::vector<double>& values) {
  w.begin_array();
  for (double v : values) w.number(v);
  w.end_array();
}

void words(JsonWriter& w, const std::vector<WordRun>& runs) {
  w.begin_array();
  for (const WordRun& r : runs) {
    w.begin_array();
    w.string(std::string_view(&r.op, 1));
    w.string(r.text);
    w.end_array();
  }
  w.end_array();
}

void member(JsonWriter& w, std::string_view name, std::string_view text) {
  w.key(name);
  w.string(text);
}

void member(JsonWriter& w, std::string_view name, int value) {
  w.key(name);
  w.integer(value);
}

void summary(JsonWriter& w, const ChangeSummary& s) {
  w.begin_object();
  member(w, "reports", s.reports);
  member(w, "changed", s.changed);
  member(w, "added", s.added);
  member(w, "removed", s.removed);
  member(w, "rating_changes", s.rating_changes);
  member(w, "items_added", s.items_added);
  member(w, "items_removed", s.items_removed);
  member(w, "items_reworded", s.items_reworded);
  member(w, "items_moved", s.items_moved);
  member(w, "statistics_changed", s.statistics_changed);
  member(w, "statistics_added", s.statistics_added);
  member(w, "statistics_removed", s.statistics_removed);
  member(w, "blocks_added", s.blocks_added);
  member(w, "blocks_removed", s.blocks_removed);
  member(w, "blocks_modified", s.blocks_modified);
  member(w, "blocks_moved", s.blocks_moved);
  w.end_object();
}

void string_or_null(JsonWriter& w, std::string_view name, const std::string& text) {
  w.key(name);
  text.empty() ? w.null() : w.string(text);
}

void rating(JsonWriter& w, const std::optional<RatingChange>& r) {
  if (!r) return w.null();
  w.begin_object();
  member(w, "scale", r->scale);
  string_or_null(w, "from", r->from);
  string_or_null(w, "to", r->to);
  member(w, "direction", direction_name(r->direction));
  if (r->stated != StatedMovement::none) member(w, "stated", stated_name(r->stated));
  if (r->stated_contradicts) {
    w.key("stated_contradicts");
    w.boolean(true);
  }
  w.end_object();
}

void item(JsonWriter& w, const ItemChange& i) {
  w.begin_object();
  member(w, "change", change_name(i.change));
  switch (i.change) {
    case Change::added:
      member(w, "to", i.to);
      member(w, "to_index", i.to_index);
      break;
    case Change::removed:
      member(w, "from", i.from);
      member(w, "from_index", i.from_index);
      break;
    case Change::reworded:
      member(w, "from", i.from);
      member(w, "to", i.to);
      member(w, "from_index", i.from_index);
      member(w, "to_index", i.to_index);
      w.key("similarity");
      w.real(std::round(i.similarity * 100) / 100);
      w.key("words");
      words(w, i.words);
      break;
    default:  // moved, unchanged
      member(w, "text", i.text);
      member(w, "from_index", i.from_index);
      member(w, "to_index", i.to_index);
      break;
  }
  w.end_object();
}

// A text member, null when empty ("subject": null).
void member_or_null(JsonWriter& w, std::string_view name, std::string_view text) {
  w.key(name);
  text.empty() ? w.null() : w.string(text);
}

void statistic(JsonWriter& w, const StatisticChange& s) {
  w.begin_object();
  member(w, "section", s.section);
  member(w, "change", change_name(s.change));
  member(w, "measure", s.measure);
  member_or_null(w, "subject", s.subject);
  member_or_null(w, "from_period", s.change == Change::added ? "" : s.from_period);
  member_or_null(w, "to_period", s.change == Change::removed ? "" : s.to_period);
  if (s.change != Change::added) member(w, "from", s.from);
  if (s.change != Change::removed) member(w, "to", s.to);
  if (s.change != Change::added) {
    w.key("from_values");
    numbers(w, s.from_values);
  }
  if (s.change != Change::removed) {
    w.key("to_values");
    numbers(w, s.to_values);
  }
  if (!s.unit.empty()) member(w, "unit", s.unit);
  if (s.vague) {
    w.key("vague");
    w.boolean(true);
  }
  if (s.delta) {
    w.key("delta");
    w.number(*s.delta);
  }
  if (s.percent) {
    w.key("percent");
    w.number(std::round(*s.percent * 100) / 100);
  }
  member(w, "context", s.context);
  w.end_object();
}

void block(JsonWriter& w, const BlockChange& b) {
  w.begin_object();
  member(w, "change", change_name(b.change));
  switch (b.change) {
    case Change::modified:
      member(w, "from", b.from);
      member(w, "to", b.to);
      if (b.from_index >= 0) member(w, "from_index", b.from_index);  // moved and edited
      if (b.to_index >= 0) member(w, "to_index", b.to_index);
      w.key("words");
      words(w, b.words);
      if (b.coarse) {
        w.key("coarse");
        w.boolean(true);
      }
      break;
    case Change::added:
      member(w, "to", b.to);
      break;
    case Change::removed:
      member(w, "from", b.from);
      break;
    case Change::moved:
      member(w, "text", b.text);
      member(w, "from_index", b.from_index);
      member(w, "to_index", b.to_index);
      break;
    default:
      member(w, "text", b.text);
      break;
  }
  w.end_object();
}

void section(JsonWriter& w, const SectionChange& s) {
  w.begin_object();
  member(w, "section", s.section);
  if (s.change == Change::renamed) member(w, "from_section", s.from_section);
  member(w, "change", change_name(s.change));
  w.key("blocks");
  w.begin_array();
  for (const BlockChange& b : s.blocks) block(w, b);
  w.end_array();
  w.end_object();
}

void report(JsonWriter& w, const ReportChange& r) {
  w.begin_object();
  member(w, "id", r.id);
  member(w, "title", r.title);
  member(w, "change", change_name(r.change));
  w.key("rating");
  rating(w, r.rating);
  w.key("lists");
  w.begin_array();
  for (const ListChange& l : r.lists) {
    w.begin_object();
    member(w, "section", l.section);
    w.key("items");
    w.begin_array();
    for (const ItemChange& i : l.items) item(w, i);
    w.end_array();
    w.end_object();
  }
  w.end_array();
  w.key("statistics");
  w.begin_array();
  for (const StatisticChange& s : r.statistics) statistic(w, s);
  w.end_array();
  w.key("sections");
  w.begin_array();
  for (const SectionChange& s : r.sections) section(w, s);
  w.end_array();
  w.end_object();
}

}  // namespace

Format format_from_name(std::string_view name) {
  if (name == "text") return Format::text;
  if (name == "md" || name == "markdown") return Format::md;
  if (name == "html") return Format::html;
  if (name == "json") return Format::json;
  throw InputError("unknown format '" + std::string(name) + "' (use text, md, html or json)");
}

std::string render_json_report(const ReportChange& report_change) {
  std::string out;
  JsonWriter w(out, 2);  // an element of "reports", inside the document's object
  report(w, report_change);
  return out;
}

std::string render_json_around(const ChangeSet& changes, std::vector<std::string>& reports) {
  std::size_t size = 1024;
  for (const std::string& r : reports) size += r.size();
  std::string out;
  out.reserve(size);
  JsonWriter w(out);
  w.begin_object();
  member(w, "format", "yoy.changes/2");
  w.key("from");
  edition(w, changes.from);
  w.key("to");
  edition(w, changes.to);
  if (changes.reversed) {  // FROM is later than TO
    w.key("reversed");
    w.boolean(true);
  }
  w.key("summary");
  summary(w, changes.summary);
  w.key("reports");
  out += '[';
  for (std::size_t i = 0; i < reports.size(); ++i) {
    // Each piece opens with ",\n": the first element has no comma before it.
    out.append(reports[i], i == 0 ? 1 : 0, std::string::npos);
    std::string().swap(reports[i]);  // freed as it is copied: one copy at a time
  }
  out += reports.empty() ? "]" : "\n  ]";
  out += "\n}\n";
  return out;
}

std::string render_json(const ChangeSet& changes) {
  std::vector<std::string> reports;
  reports.reserve(changes.reports.size());
  for (const ReportChange& r : changes.reports) reports.push_back(render_json_report(r));
  return render_json_around(changes, reports);
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
