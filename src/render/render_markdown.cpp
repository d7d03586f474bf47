// Markdown renderer: a change summary a person would publish. Per report: a
// headline sentence, a recommendations table, a statistics table, then notes
// section by section with the changed sentences quoted. Report text is escaped
// so it can never become Markdown or HTML syntax (pipes in tables included).
#include <string>

#include "render/render_common.h"
#include "render/render_escape.h"
#include "render/statistic_words.h"
#include "yoy/render/render.h"

namespace yoy {
namespace {

using namespace render_common;

std::string md(std::string_view text) { return escape_markdown(text); }

// Inline word diff: ~~removed~~ **added**, escaped text in between.
std::string md_words(const std::vector<WordRun>& runs) {
  std::string out, previous;
  for (const WordRun& run : runs) {
    std::string_view text = run.text;
    while (!text.empty() && (text.front() == ' ' || text.front() == '\n')) text.remove_prefix(1);
    while (!text.empty() && (text.back() == ' ' || text.back() == '\n')) text.remove_suffix(1);
    if (text.empty()) continue;
    if (needs_space(previous, text)) out += ' ';
    if (run.op == '-')
      out += "~~" + md(text) + "~~";
    else if (run.op == '+')
      out += "**" + md(text) + "**";
    else
      out += md(text);
    previous = std::string(text);
  }
  return out;
}

// A paragraph quoted in a note, shortened when it only needs to be recognised.
std::string quote(std::string_view text, std::size_t limit = std::string::npos) {
  std::string shown(text);
  if (shown.size() > limit) {
    std::size_t cut = shown.rfind(' ', limit);
    if (cut == std::string::npos) cut = limit;
    while (cut > 0 && (static_cast<unsigned char>(shown[cut]) & 0xC0) == 0x80) --cut;
    shown = shown.substr(0, cut) + " …";
  }
  return "“" + md(shown) + "”";
}

class MarkdownWriter {
 public:
  explicit MarkdownWriter(const RenderOptions& options) : options_(options) {}

  std::string render(const ChangeSet& changes) {
    out_ += "# What changed: " + md(edition_label(changes.from)) + " → " +
            md(edition_label(changes.to)) + "\n\n";
    if (changes.reversed) out_ += "> **Note:** " + md(reversed_phrase(changes)) + "\n\n";

    std::vector<const ReportChange*> shown;
    for (const ReportChange& report : changes.reports)
      if (options_.include_unchanged || !report_is_quiet(report)) shown.push_back(&report);
    if (shown.empty()) {
      out_ += "No changes.\n";
      return out_;
    }
    out_ += md(summary_phrase(changes.summary)) + ".\n\n";
    if (shown.size() > 1) {
      for (const ReportChange* report : shown)
        out_ += "- **" + md(report->id) + "**: " + headline(*report) + "\n";
      out_ += "\n";
    }
    for (const ReportChange* report : shown) report_section(*report);
    return out_;
  }

 private:
  // "Tier 3 → Tier 2 Watch List (upgrade). Recommendations: 1 added."
  std::string headline(const ReportChange& report) const {
    std::string sentence;
    if (report.change == Change::added)
      sentence = "New report.";
    else if (report.change == Change::removed)
      sentence = "Report removed.";
    if (report.rating) {
      if (!sentence.empty()) sentence += " ";
      sentence += "**" + md(rating_phrase(*report.rating)) + ".**";
      if (report.rating->stated_contradicts)
        sentence += " Note: " + md(contradiction_phrase(*report.rating)) + ".";
    }
    std::string counts = counts_phrase(count(report));
    if (!counts.empty()) {
      counts[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(counts[0])));
      if (!sentence.empty()) sentence += " ";
      sentence += md(counts) + ".";
    }
    if (sentence.empty())
      sentence = report.change == Change::unchanged ? "No changes." : "Changed.";
    return sentence;
  }

  void report_section(const ReportChange& report) {
    std::string title =
        report.title.empty() ? md(report.id) : md(report.title) + " (" + md(report.id) + ")";
    out_ += "## " + title + "\n\n" + headline(report) + "\n\n";
    for (const ListChange& list : report.lists) list_table(list);
    if (!report.statistics.empty()) statistics_table(report.statistics);
    section_notes(report.sections);
  }

  void list_table(const ListChange& list) {
    std::string rows;
    for (const ItemChange& item : list.items) {
      switch (item.change) {
        case Change::added:
          rows += "| added | " + rank(item.to_index) + " | " + md(item.to) + " |\n";
          break;
        case Change::removed:
          rows += "| removed | was " + rank(item.from_index) + " | " + md(item.from) + " |\n";
          break;
        case Change::reworded: {
          std::string where = item.from_index == item.to_index
                                  ? rank(item.to_index)
                                  : rank(item.from_index) + " → " + rank(item.to_index);
          std::string text = item.words.empty() ? md_words({{'-', item.from}, {'+', item.to}})
                                                : md_words(item.words);
          rows += "| reworded | " + where + " | " + text + " |\n";
          break;
        }
        case Change::moved:
          rows += "| moved | " + rank(item.from_index) + " → " + rank(item.to_index) + " | " +
                  md(item.text) + " |\n";
          break;
        default:
          if (options_.include_unchanged)
            rows += "| unchanged | " + rank(item.to_index) + " | " +
                    md(item.text.empty() ? item.to : item.text) + " |\n";
      }
    }
    if (rows.empty()) return;
    out_ += "### " + md(list.section) + "\n\n";
    out_ += "| Change | Rank | Recommendation |\n|---|---|---|\n" + rows + "\n";
  }

  void statistics_table(const std::vector<StatisticChange>& stats) {
    out_ += "### Statistics\n\n";
    out_ += "| Section | Statistic | Period | Old | New | Unit | Change | Percent | Context |\n";
    out_ += "|---|---|---|---:|---:|---|---:|---:|---|\n";
    for (const StatisticChange& s : stats) {
      std::string change = s.delta ? format_signed(*s.delta) : change_name(s.change);
      if (s.change == Change::revised || s.change == Change::restated)
        change = std::string(change_name(s.change)) + (s.delta ? " " + change : "");
      std::string percent = s.percent ? format_percent(*s.percent) : "";
      out_ += "| " + md(s.section) + " | " + md(statistic_name(s)) + " | " +
              md(statistic_periods(s)) + " | " + (s.change == Change::added ? "—" : md(s.from)) +
              " | " + (s.change == Change::removed ? "—" : md(s.to)) + " | " + md(s.unit) + " | " +
              change + " | " + percent + " | " + (s.context.empty() ? "" : quote(s.context)) +
              " |\n";
    }
    out_ += "\n";
  }

  void section_notes(const std::vector<SectionChange>& sections) {
    std::string notes;
    for (const SectionChange& section : sections) {
      if (section.change == Change::unchanged && !options_.include_unchanged) continue;
      std::string title = md(section.section);
      if (section.change == Change::renamed)
        title = "“" + md(section.from_section) + "” renamed to “" + title + "”";
      else
        title += " (" + std::string(change_name(section.change)) + ")";
      notes += "#### " + title + "\n\n";
      std::string items;
      for (const BlockChange& block : section.blocks) items += block_note(block);
      notes += items.empty() ? "No paragraph changes.\n\n" : items + "\n";
    }
    if (notes.empty()) return;
    out_ += "### Section by section\n\n" + notes;
  }

  std::string block_note(const BlockChange& block) const {
    switch (block.change) {
      case Change::added:
        return "- **Added:** " + quote(block.to) + "\n";
      case Change::removed:
        return "- **Removed:** " + quote(block.from) + "\n";
      case Change::modified:
        if (block.coarse || block.words.empty())
          return "- **Rewritten:** " + quote(block.from) + " became " + quote(block.to) + "\n";
        return "- **Changed:** “" + md_words(around_changes(block.words)) + "”\n";
      case Change::moved:
        return "- **Moved** from paragraph " + std::to_string(block.from_index + 1) +
               " to paragraph " + std::to_string(block.to_index + 1) + ": " +
               quote(block.text, 160) + "\n";
      default:
        if (!options_.include_unchanged) return "";
        return "- Unchanged: " + quote(block.text.empty() ? block.to : block.text, 160) + "\n";
    }
  }

  const RenderOptions& options_;
  std::string out_;
};

}  // namespace

std::string render_markdown(const ChangeSet& changes, const RenderOptions& options) {
  return MarkdownWriter(options).render(changes);
}

}  // namespace yoy
