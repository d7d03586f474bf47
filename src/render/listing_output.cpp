// An edition's reports and a report's editions, for people (text) and programs (JSON).
#include "yoy/render/listing_output.h"

#include <algorithm>

#include "render/json_writer.h"
#include "render/render_common.h"
#include "yoy/util/printable.h"

namespace yoy {

namespace {

using render_common::pad;
using render_common::text_width;

std::string or_dash(const std::string& text) { return text.empty() ? "-" : text; }

void trim_line_end(std::string& out) {
  while (!out.empty() && out.back() == ' ') out.pop_back();
  out += "\n";
}

}  // namespace

std::string render_edition_listing_text(const EditionListing& listing) {
  const std::size_t n = listing.reports.size();
  std::string out = printable(listing.series) + "/" + std::to_string(listing.year) + ": " +
                    std::to_string(n) + (n == 1 ? " report\n" : " reports\n");
  std::size_t id_width = 2, title_width = 5;
  for (const ListedReport& r : listing.reports) {
    id_width = std::max(id_width, text_width(printable(r.id)));
    title_width = std::max(title_width, text_width(printable(r.title)));
  }
  out += pad("id", id_width) + "  " + pad("title", title_width) + "  rating";
  trim_line_end(out);
  for (const ListedReport& r : listing.reports) {
    out += pad(printable(r.id), id_width) + "  " + pad(printable(r.title), title_width) + "  " +
           or_dash(r.rating);
    trim_line_end(out);
  }
  return out;
}

std::string render_edition_listing_json(const EditionListing& listing) {
  std::string out;
  JsonWriter w(out);
  w.begin_object();
  w.key("format"), w.string("yoy.list-edition/1");
  w.key("series"), w.string(listing.series);
  w.key("year"), w.integer(listing.year);
  w.key("reports");
  w.begin_array();
  for (const ListedReport& r : listing.reports) {
    w.begin_object();
    w.key("id"), w.string(r.id);
    w.key("title"), w.string(r.title);
    w.key("rating");
    if (r.rating.empty())
      w.null();
    else
      w.string(r.rating);
    w.end_object();
  }
  w.end_array();
  w.end_object();
  return out + "\n";
}

std::string render_report_listing_text(const ReportListing& listing) {
  const std::size_t n = listing.editions.size();
  std::string out = printable(listing.series) + "/" + printable(listing.id);
  if (!listing.title.empty() && listing.title != listing.id)
    out += " — " + printable(listing.title);
  out += ": in " + std::to_string(n) + " of " + std::to_string(n + listing.missing.size()) +
         " editions\n";
  std::size_t rating_width = 6;
  for (const ListedEdition& e : listing.editions)
    rating_width = std::max(rating_width, text_width(or_dash(e.rating)));
  out += "year  " + pad("rating", rating_width) + "  file\n";
  for (const ListedEdition& e : listing.editions) {
    out += std::to_string(e.year) + "  " + pad(or_dash(e.rating), rating_width) + "  " +
           printable(e.file);
    trim_line_end(out);
  }
  if (!listing.missing.empty()) {
    out += "not in";
    for (std::size_t i = 0; i < listing.missing.size(); ++i)
      out += (i == 0 ? " " : ", ") + std::to_string(listing.missing[i]);
    out += "\n";
  }
  return out;
}

std::string render_report_listing_json(const ReportListing& listing) {
  std::string out;
  JsonWriter w(out);
  w.begin_object();
  w.key("format"), w.string("yoy.list-report/1");
  w.key("series"), w.string(listing.series);
  w.key("id"), w.string(listing.id);
  w.key("title"), w.string(listing.title);
  w.key("editions");
  w.begin_array();
  for (const ListedEdition& e : listing.editions) {
    w.begin_object();
    w.key("year"), w.integer(e.year);
    w.key("rating");
    if (e.rating.empty())
      w.null();
    else
      w.string(e.rating);
    w.key("file"), w.string(e.file);
    w.end_object();
  }
  w.end_array();
  w.key("missing");
  w.begin_array();
  for (int year : listing.missing) w.integer(year);
  w.end_array();
  w.end_object();
  return out + "\n";
}

}  // namespace yoy
