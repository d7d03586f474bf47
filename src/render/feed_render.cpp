// render_site_feed: Atom 1.0. Dates: an edition's is the first day of its
// year (as the archive's commits say it), a revision's the day yoy saw it.
// Ids are URNs that never change for an entry (the pair, or the revision's bytes).
#include "yoy/render/feed_render.h"

#include <algorithm>

#include "render/render_escape.h"
#include "yoy/util/version.h"

namespace yoy {

namespace {

struct Entry {
  std::string updated, id, title, summary;
  std::string link;  // a page of the site, already a link_target
};

std::string x(const std::string& text) { return escape_xml(text); }

std::string plural(int n, const std::string& word) {
  return std::to_string(n) + " " + word + (n == 1 ? "" : "s");
}

std::string direction_word(Direction d) {
  switch (d) {
    case Direction::upgrade:
      return " (upgrade)";
    case Direction::downgrade:
      return " (downgrade)";
    default:
      return "";
  }
}

Entry pair_entry(const SiteModel& model, const SitePair& pair) {
  const SummaryIndex& i = pair.index;
  Entry e;
  e.updated = std::to_string(pair.to_year) + "-01-01T00:00:00Z";
  e.id = "urn:yoy:" + model.series + ":changes:" + std::to_string(pair.from_year) + "-" +
         std::to_string(pair.to_year);
  e.title = model.series + " " + std::to_string(pair.from_year) + " → " +
            std::to_string(pair.to_year) + ": " + std::to_string(i.changed) + " changed, " +
            std::to_string(i.added) + " added, " + std::to_string(i.removed) + " removed";
  e.link = link_target(site_pair_page(pair.from_year, pair.to_year));
  std::string moves;
  for (const IndexRow& row : i.rows)
    if (row.tier_from != row.tier_to && (!row.tier_from.empty() || !row.tier_to.empty()))
      moves += (moves.empty() ? "" : "; ") + (row.title.empty() ? row.id : row.title) + ": " +
               (row.tier_from.empty() ? "none" : row.tier_from) + " → " +
               (row.tier_to.empty() ? "none" : row.tier_to) + direction_word(row.direction);
  e.summary = moves.empty() ? "No rating moved." : "Ratings: " + moves + ".";
  return e;
}

Entry revision_entry(const SiteModel& model, const SiteRevision& r) {
  Entry e;
  e.updated = r.date + "T00:00:00Z";
  // The revised bytes name the entry: a second revision of the same page is a new entry.
  e.id =
      "urn:yoy:" + model.series + ":revision:" + std::to_string(r.year) + ":" + r.id + ":" + r.blob;
  const std::string name = r.title.empty() ? r.id : r.title;
  e.title = "The " + std::to_string(r.year) + " " + name + " page was revised on " + r.date;
  e.link = link_target(site_report_page(r.id));
  int items_added = 0, items_removed = 0, items_reworded = 0;
  for (const ListChange& list : r.change.lists)
    for (const ItemChange& item : list.items) {
      items_added += item.change == Change::added;
      items_removed += item.change == Change::removed;
      items_reworded += item.change == Change::reworded;
    }
  int sections = 0;
  for (const SectionChange& s : r.change.sections) sections += s.change != Change::unchanged;
  std::string parts;
  if (r.change.rating && r.change.rating->from != r.change.rating->to)
    parts += "rating " + r.change.rating->from + " → " + r.change.rating->to + "; ";
  if (items_added || items_removed || items_reworded)
    parts += "recommendations: " + std::to_string(items_added) + " added, " +
             std::to_string(items_removed) + " removed, " + std::to_string(items_reworded) +
             " reworded; ";
  parts += plural(static_cast<int>(r.change.statistics.size()), "statistic") + " and " +
           plural(sections, "section") + " changed.";
  e.summary = model.series + "/" + std::to_string(r.year) + "/" + r.id + ": " + parts +
              (r.url.empty() ? "" : " Source: " + r.url);
  return e;
}

}  // namespace

std::string render_site_feed(const SiteModel& model) {
  std::vector<Entry> entries;
  for (const SitePair& pair : model.pairs) entries.push_back(pair_entry(model, pair));
  for (const SiteRevision& r : model.revisions) entries.push_back(revision_entry(model, r));
  std::stable_sort(entries.begin(), entries.end(),
                   [](const Entry& a, const Entry& b) { return a.updated > b.updated; });
  const std::string updated = entries.empty() ? "1970-01-01T00:00:00Z" : entries.front().updated;
  std::string out = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n";
  out += "<feed xmlns=\"http://www.w3.org/2005/Atom\">\n";
  out += "  <title>" + x(model.series) + ": what changed (yoy)</title>\n";
  out += "  <id>urn:yoy:" + x(model.series) + ":feed</id>\n";
  out += "  <updated>" + updated + "</updated>\n";
  // Every href through link_target (render_escape.h), as on the site's pages.
  out += "  <link rel=\"self\" type=\"application/atom+xml\" href=\"" + x(link_target(kSiteFeed)) +
         "\"/>\n";
  out += "  <link rel=\"alternate\" type=\"text/html\" href=\"" + x(link_target("index.html")) +
         "\"/>\n";
  out += "  <author><name>yoy</name></author>\n";
  out += std::string("  <generator version=\"") + YOY_VERSION + "\">yoy</generator>\n";
  for (const Entry& e : entries) {
    out += "  <entry>\n";
    out += "    <title>" + x(e.title) + "</title>\n";
    out += "    <id>" + x(e.id) + "</id>\n";
    out += "    <updated>" + e.updated + "</updated>\n";
    out += "    <link rel=\"alternate\" type=\"text/html\" href=\"" + x(e.link) + "\"/>\n";
    out += "    <summary type=\"text\">" + x(e.summary) + "</summary>\n";
    out += "  </entry>\n";
  }
  out += "</feed>\n";
  return out;
}

}  // namespace yoy
