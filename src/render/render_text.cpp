// Text renderer: what changed, for a terminal. Headline first (tier moves and
// counts per report), then each report's lists, statistics and sections. Word
// changes are red/green with colour, `[-old-]{+new+}` without.
#include <string>

#include "render/render_common.h"
#include "render/statistic_words.h"
#include "yoy/render/render.h"
#include "yoy/util/printable.h"

namespace yoy {
namespace {

using namespace render_common;

constexpr const char* kRed = "\x1b[31m";
constexpr const char* kGreen = "\x1b[32m";
constexpr const char* kYellow = "\x1b[33m";
constexpr const char* kBold = "\x1b[1m";
constexpr const char* kDim = "\x1b[2m";
constexpr const char* kReset = "\x1b[0m";

// Cuts long unchanged text (moved paragraphs) at a word boundary.
std::string shorten(const std::string& text, std::size_t limit) {
  if (text.size() <= limit) return text;
  std::size_t cut = text.rfind(' ', limit);
  if (cut == std::string::npos || cut < limit / 2) {
    cut = limit;
    while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;  // UTF-8
  }
  return text.substr(0, cut) + " …";
}

class TextWriter {
 public:
  explicit TextWriter(const RenderOptions& options) : options_(options) {}

  std::string render(const ChangeSet& changes) {
    out_ += style(kBold, printable(edition_label(changes.from)) + " → " +
                             printable(edition_label(changes.to))) +
            "\n";
    if (changes.reversed)
      out_ += style(kYellow, "Note: " + printable(reversed_phrase(changes))) + "\n";

    bool any = false;
    for (const ReportChange& report : changes.reports) any = any || shown(report);
    if (!any) {
      out_ += "no changes\n";
      return out_;
    }
    out_ += summary_phrase(changes.summary) + "\n\n";

    for (const ReportChange& report : changes.reports)
      if (shown(report)) headline(report);
    for (const ReportChange& report : changes.reports)
      if (shown(report)) details(report);
    return out_;
  }

 private:
  bool shown(const ReportChange& report) const {
    return options_.include_unchanged || !report_is_quiet(report);
  }

  std::string style(const char* code, const std::string& text) const {
    return options_.color ? std::string(code) + text + kReset : text;
  }

  // Inline word diff: red/green with colour, [-x-]{+y+} without.
  std::string words(const std::vector<WordRun>& runs) const {
    std::string line, previous;
    char previous_op = '=';
    for (const WordRun& run : runs) {
      std::string text = printable(run.text);
      if (text.empty()) continue;
      std::string piece;
      if (run.op == '-')
        piece = options_.color ? style(kRed, text) : "[-" + text + "-]";
      else if (run.op == '+')
        piece = options_.color ? style(kGreen, text) : "{+" + text + "+}";
      else
        piece = text;
      // Plain form keeps a replacement together: [-old-]{+new+}.
      const bool replacement = !options_.color && previous_op == '-' && run.op == '+';
      if (!replacement && needs_space(previous, text)) line += ' ';
      line += piece;
      previous = text;
      previous_op = run.op;
    }
    return line;
  }

  void headline(const ReportChange& report) {
    std::string line = style(kBold, printable(report.id)) + ": ";
    if (report.change == Change::added)
      line += "new report";
    else if (report.change == Change::removed)
      line += "report removed";
    if (report.rating) {
      if (report.change == Change::added || report.change == Change::removed) line += ", ";
      const RatingChange& r = *report.rating;
      const char* tone = r.direction == Direction::downgrade ? kRed
                         : r.direction == Direction::upgrade ? kGreen
                                                             : kBold;
      line += style(tone, printable(rating_phrase(r)));
    } else if (report.change == Change::changed || report.change == Change::unchanged) {
      line += change_name(report.change);
    }
    std::string counts = counts_phrase(count(report));
    if (!counts.empty()) line += " — " + counts;
    out_ += line + "\n";
    if (report.rating && report.rating->stated_contradicts)
      out_ += "  " + style(kYellow, "! " + printable(contradiction_phrase(*report.rating))) + "\n";
  }

  void details(const ReportChange& report) {
    std::string title = "== ";
    title += printable(report.id);
    if (!report.title.empty()) title.append(" — ").append(printable(report.title));
    title += " ==";
    out_ += "\n";
    out_ += style(kBold, title);
    out_ += "\n";
    for (const ListChange& list : report.lists) list_changes(list);
    if (!report.statistics.empty()) statistics(report.statistics);
    for (const SectionChange& section : report.sections) section_changes(section);
  }

  void list_changes(const ListChange& list) {
    std::string body;
    for (const ItemChange& item : list.items) {
      switch (item.change) {
        case Change::added:
          body +=
              "  " + style(kGreen, "+ " + rank(item.to_index) + " " + printable(item.to)) + "\n";
          break;
        case Change::removed:
          body +=
              "  " + style(kRed, "- " + rank(item.from_index) + " " + printable(item.from)) + "\n";
          break;
        case Change::reworded: {
          std::string where = rank(item.to_index);
          if (item.from_index != item.to_index) where = rank(item.from_index) + " → " + where;
          std::string text =
              item.words.empty() ? words({{'-', item.from}, {'+', item.to}}) : words(item.words);
          body += "  ~ " + where + " " + text + "\n";
          break;
        }
        case Change::moved:
          body += "  > moved " + rank(item.from_index) + " → " + rank(item.to_index) + ": " +
                  printable(item.text) + "\n";
          break;
        default:
          if (options_.include_unchanged)
            body += "  = " + rank(item.to_index) + " " +
                    printable(item.text.empty() ? item.to : item.text) + "\n";
      }
    }
    if (body.empty()) return;
    out_ += style(kBold, printable(list.section)) + "\n" + body;
  }

  void statistics(const std::vector<StatisticChange>& stats) {
    out_ += style(kBold, "Statistics") + "\n";
    for (const StatisticChange& s : stats) {
      std::string line = "  ";
      if (!s.section.empty()) line += printable(section_label(s.section)) + ": ";
      const std::string name = statistic_name(s);
      if (!name.empty()) line += printable(name) + ": ";
      const bool same_period = s.change == Change::revised || s.change == Change::restated;
      if (s.change == Change::added)
        line += style(kGreen, "new: " + printable(with_period(s.to, s.to_period)));
      else if (s.change == Change::removed)
        line += style(kRed, "gone: " + printable(with_period(s.from, s.from_period)));
      else if (same_period)
        line += style(kRed, printable(s.from)) + " → " +
                style(kGreen, printable(with_period(s.to, statistic_periods(s))));
      else
        line += style(kRed, printable(with_period(s.from, s.from_period))) + " → " +
                style(kGreen, printable(with_period(s.to, s.to_period)));
      if (!s.unit.empty()) line += " (" + printable(s.unit) + ")";
      if (s.delta) {
        line += ", " + format_signed(*s.delta);
        if (s.percent) line += " (" + format_percent(*s.percent) + ")";
      } else if (s.percent) {
        line += ", " + format_percent(*s.percent);
      }
      if (same_period) line += ", " + statistic_revision_note(s);
      out_ += line + "\n";
      if (!s.context.empty()) {
        out_ += "      ";
        std::string quoted = printable(s.context);
        quoted.insert(0, 1, '"').push_back('"');
        out_ += style(kDim, quoted);
        out_ += "\n";
      }
    }
  }

  void section_changes(const SectionChange& section) {
    if (section.change == Change::unchanged && !options_.include_unchanged) return;
    std::string title = printable(section.section);
    if (section.change == Change::renamed)
      title = std::string("\"")
                  .append(printable(section.from_section))
                  .append("\" renamed to \"")
                  .append(title)
                  .append("\"");
    else
      title += " (" + std::string(change_name(section.change)) + ")";
    out_ += style(kBold, title) + "\n";
    for (const BlockChange& block : section.blocks) block_change(block);
  }

  void block_change(const BlockChange& block) {
    switch (block.change) {
      case Change::added:
        out_ += "  " + style(kGreen, "+ " + printable(block.to)) + "\n";
        break;
      case Change::removed:
        out_ += "  " + style(kRed, "- " + printable(block.from)) + "\n";
        break;
      case Change::modified:
        if (block.coarse || block.words.empty()) {
          out_ += "  ~ replaced" + std::string(block.coarse ? " (too large for a word diff)" : "") +
                  ":\n";
          out_ += "    " + style(kRed, "- " + printable(block.from)) + "\n";
          out_ += "    " + style(kGreen, "+ " + printable(block.to)) + "\n";
        } else {
          out_ += "  ~ " + words(around_changes(block.words)) + "\n";
        }
        break;
      case Change::moved:
        out_ += "  > moved from paragraph " + std::to_string(block.from_index + 1) +
                " to paragraph " + std::to_string(block.to_index + 1) + ": " +
                shorten(printable(block.text), 120) + "\n";
        break;
      default:
        if (options_.include_unchanged)
          out_ +=
              "  = " + shorten(printable(block.text.empty() ? block.to : block.text), 120) + "\n";
    }
  }

  const RenderOptions& options_;
  std::string out_;
};

}  // namespace

std::string render_text(const ChangeSet& changes, const RenderOptions& options) {
  return TextWriter(options).render(changes);
}

}  // namespace yoy
