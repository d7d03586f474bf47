// list, ingest, summary and check results for people (text) and programs (JSON).
#include "yoy/render/archive_output.h"

#include "render/json_writer.h"
#include "yoy/util/printable.h"

namespace yoy {

namespace {

void edition(JsonWriter& w, const EditionRef& e) {
  w.begin_object();
  w.key("series"), w.string(e.series);
  w.key("year"), w.integer(e.year);
  w.end_object();
}

}  // namespace

std::string render_list_text(const std::vector<SeriesInfo>& series) {
  std::string out;
  for (const SeriesInfo& info : series) {
    for (const auto& [year, count] : info.reports_per_year) {
      out += printable(info.name) + "  " + std::to_string(year) + "  " + std::to_string(count) +
             (count == 1 ? " report\n" : " reports\n");
    }
  }
  return out;
}

std::string render_list_json(const std::vector<SeriesInfo>& series) {
  std::string out;
  JsonWriter w(out);
  w.begin_object();
  w.key("format"), w.string("yoy.list/1");
  w.key("series");
  w.begin_array();
  for (const SeriesInfo& info : series) {
    w.begin_object();
    w.key("name"), w.string(info.name);
    w.key("editions");
    w.begin_array();
    for (const auto& [year, count] : info.reports_per_year) {
      w.begin_object();
      w.key("year"), w.integer(year);
      w.key("reports"), w.integer(count);
      w.end_object();
    }
    w.end_array();
    w.end_object();
  }
  w.end_array();
  w.end_object();
  return out + "\n";
}

std::string render_ingest_text(const std::vector<IngestResult>& results) {
  std::string out;
  for (const IngestResult& r : results) {
    out += r.series + " " + std::to_string(r.year) + ": " + std::to_string(r.added) + " added, " +
           std::to_string(r.changed) + " changed, " + std::to_string(r.unchanged) + " unchanged" +
           (r.committed ? "" : " (no new commit)");
    if (r.previous_year) {
      const EditionDelta& d = r.since_previous;
      out += "; against " + std::to_string(r.previous_year) + ": " + std::to_string(d.added) +
             " new, " + std::to_string(d.changed) + " changed, " + std::to_string(d.removed) +
             " gone, " + std::to_string(d.unchanged) + " same";
    }
    out += "\n";
  }
  return out;
}

std::string render_ingest_json(const std::vector<IngestResult>& results) {
  std::string out;
  JsonWriter w(out);
  w.begin_object();
  w.key("format"), w.string("yoy.ingest/1");
  w.key("editions");
  w.begin_array();
  for (const IngestResult& r : results) {
    w.begin_object();
    w.key("series"), w.string(r.series);
    w.key("year"), w.integer(r.year);
    w.key("added"), w.integer(r.added);
    w.key("changed"), w.integer(r.changed);
    w.key("unchanged"), w.integer(r.unchanged);
    w.key("committed"), w.boolean(r.committed);
    w.key("previous");
    if (!r.previous_year) {
      w.null();
    } else {
      const EditionDelta& d = r.since_previous;
      w.begin_object();
      w.key("year"), w.integer(r.previous_year);
      w.key("new"), w.integer(d.added);
      w.key("changed"), w.integer(d.changed);
      w.key("gone"), w.integer(d.removed);
      w.key("same"), w.integer(d.unchanged);
      w.end_object();
    }
    w.end_object();
  }
  w.end_array();
  w.end_object();
  return out + "\n";
}

std::string render_summary_written_json(const std::string& directory,
                                        const std::vector<std::string>& files,
                                        const SummaryIndex& index) {
  std::string out;
  JsonWriter w(out);
  w.begin_object();
  w.key("format"), w.string("yoy.summary/1");
  w.key("from"), edition(w, index.from);
  w.key("to"), edition(w, index.to);
  w.key("reversed"), w.boolean(index.reversed);
  w.key("directory"), w.string(directory);
  w.key("files");
  w.begin_array();
  for (const std::string& file : files) w.string(file);
  w.end_array();
  w.key("changed"), w.integer(index.changed);
  w.key("added"), w.integer(index.added);
  w.key("removed"), w.integer(index.removed);
  w.key("unchanged"), w.integer(index.unchanged);
  w.key("reports");
  w.begin_array();
  for (const IndexRow& row : index.rows) {
    w.begin_object();
    w.key("id"), w.string(row.id);
    w.key("title"), w.string(row.title);
    w.key("change"), w.string(change_name(row.change));
    w.key("rating");
    if (row.direction == Direction::none) {
      w.null();
    } else {
      w.begin_object();
      w.key("from"), w.string(row.tier_from);
      w.key("to"), w.string(row.tier_to);
      w.key("direction"), w.string(direction_name(row.direction));
      w.end_object();
    }
    w.key("items");
    w.begin_object();
    w.key("added"), w.integer(row.items_added);
    w.key("removed"), w.integer(row.items_removed);
    w.key("reworded"), w.integer(row.items_reworded);
    w.key("moved"), w.integer(row.items_moved);
    w.end_object();
    w.key("statistics_changed"), w.integer(row.statistics_changed);
    w.key("sections_changed"), w.integer(row.sections_changed);
    w.key("blocks_changed"), w.integer(row.blocks_changed);
    w.key("pages");
    if (row.has_pages) {
      w.begin_array();
      w.string(row.id + ".md");
      w.string(row.id + ".html");
      w.end_array();
    } else {
      w.null();
    }
    w.end_object();
  }
  w.end_array();
  w.end_object();
  return out + "\n";
}

std::string render_check_json(const Policy& policy, const CheckResult& result) {
  std::string out;
  JsonWriter w(out);
  w.begin_object();
  w.key("format"), w.string("yoy.check/1");
  w.key("from"), edition(w, result.from);
  w.key("to"), edition(w, result.to);
  w.key("reversed"), w.boolean(result.reversed);
  w.key("policy");
  w.begin_object();
  w.key("source"), w.string(policy.source);
  w.key("rules");
  w.begin_array();
  for (const PolicyRule& rule : policy.rules) {
    w.begin_object();
    w.key("rule"), w.string(rule_name(rule.kind));
    w.key("severity"), w.string(severity_name(rule.severity));
    if (rule_takes_percent(rule.kind)) w.key("percent"), w.number(rule.percent);
    if (!rule.reports.empty()) {
      w.key("reports");
      w.begin_array();
      for (const std::string& id : rule.reports) w.string(id);
      w.end_array();
    }
    if (!rule.measures.empty()) {
      w.key("measures");
      w.begin_array();
      for (const std::string& measure : rule.measures) w.string(measure);
      w.end_array();
    }
    if (rule.direction != StatisticDirection::either)
      w.key("direction"), w.string(rule.direction == StatisticDirection::up ? "up" : "down");
    w.end_object();
  }
  w.end_array();
  w.end_object();
  w.key("reports");
  w.begin_array();
  for (const std::string& id : result.reports) w.string(id);
  w.end_array();
  w.key("findings");
  w.begin_array();
  for (const Finding& f : result.findings) {
    w.begin_object();
    w.key("rule"), w.string(rule_name(f.rule));
    w.key("severity"), w.string(severity_name(f.severity));
    w.key("report"), w.string(f.report_id);
    w.key("title"), w.string(f.report_title);
    w.key("section"), w.string(f.section);
    w.key("from"), w.string(f.from);
    w.key("to"), w.string(f.to);
    w.key("context"), w.string(f.context);
    if (f.rule == RuleKind::statistic_change || f.rule == RuleKind::section_text_change) {
      w.key("measured"), w.number(f.measured);
      w.key("threshold"), w.number(f.threshold);
    }
    if (f.rule == RuleKind::statistic_change || f.rule == RuleKind::statistic_restated) {
      w.key("measure"), w.string(f.measure);
      w.key("subject"), f.subject.empty() ? w.null() : w.string(f.subject);
      w.key("from_period"), f.from_period.empty() ? w.null() : w.string(f.from_period);
      w.key("to_period"), f.to_period.empty() ? w.null() : w.string(f.to_period);
    }
    w.end_object();
  }
  w.end_array();
  w.key("errors"), w.integer(result.errors);
  w.key("warnings"), w.integer(result.warnings);
  w.key("passed"), w.boolean(!result.failed());
  w.end_object();
  return out + "\n";
}

}  // namespace yoy
