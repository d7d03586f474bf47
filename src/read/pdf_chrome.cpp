// Running headers, footers and page numbers: lines at the top or bottom of a
// page whose text (digits aside) recurs at the same height on many pages.
// Left and right pages put them at different x, so only the height counts.
// A slot found that way also takes the varying headers printed in it (the
// country name of the pages of its narrative), in the same font size. A slot
// is also found by position alone: the first (last) row of many pages, in the
// margin, set apart from the text by a gap (a spread's two running heads that
// differ from each other and from page to page).
#include <algorithm>
#include <cmath>
#include <map>

#include "pdf_internal.h"

namespace yoy::pdf {

namespace {

constexpr double kSameHeight = 2.5;  // points

std::string chrome_key(const std::string& text) {
  std::string key;
  for (char c : text) {
    if (c >= '0' && c <= '9') {
      if (key.empty() || key.back() != '#') key += '#';
    } else if (c >= 'a' && c <= 'z') {
      key += static_cast<char>(c - 'a' + 'A');
    } else if (c != ' ') {
      key += c;
    }
  }
  return key;
}

bool is_page_number(const std::string& text) {
  std::size_t digits = 0;
  for (char c : text) {
    if (c >= '0' && c <= '9')
      ++digits;
    else if (c != ' ' && c != '|' && c != '-')
      return false;
  }
  return digits >= 1 && digits <= 4;
}

// Indexes of the lines in the top two and bottom two rows of a page.
std::vector<std::size_t> edge_lines(const Page& page) {
  std::vector<double> rows;
  for (const Line& l : page.lines) rows.push_back(l.y0);
  std::sort(rows.begin(), rows.end());
  rows.erase(
      std::unique(rows.begin(), rows.end(), [](double a, double b) { return b - a < kSameHeight; }),
      rows.end());
  std::vector<std::size_t> out;
  if (rows.empty()) return out;
  const double top = rows.size() > 1 ? rows[1] : rows[0];
  const double bottom = rows.size() > 1 ? rows[rows.size() - 2] : rows.back();
  for (std::size_t i = 0; i < page.lines.size(); ++i) {
    const double y = page.lines[i].y0;
    if (y <= top + kSameHeight / 2 || y >= bottom - kSameHeight / 2) out.push_back(i);
  }
  return out;
}

struct Sighting {
  double y;
  int page;
  double size;
  bool margin;  // in the top or bottom eighth of the page
};

bool in_margin(const Page& page, const Line& l) {
  const double h = page.height > 0 ? page.height : 792;
  return l.y1 < h / 8 || l.y0 > h * 7 / 8;
}

}  // namespace

std::vector<std::pair<double, double>> slots_by_position(const std::vector<Page>& pages,
                                                         int threshold) {
  std::vector<Sighting> seen;
  for (const Page& p : pages) {
    if (p.lines.size() < 2) continue;
    // The first and the last row, and the rows next to them.
    double first = 1e9, last = -1e9;
    for (const Line& l : p.lines) first = std::min(first, l.y0), last = std::max(last, l.y0);
    double second = 1e9, before_last = -1e9;
    for (const Line& l : p.lines) {
      if (l.y0 > first + kSameHeight) second = std::min(second, l.y0);
      if (l.y0 < last - kSameHeight) before_last = std::max(before_last, l.y0);
    }
    for (const Line& l : p.lines) {
      const double height = std::max(l.y1 - l.y0, 1.0);
      const bool top = l.y0 < first + kSameHeight && second - l.y1 > 1.5 * height;
      const bool bottom = l.y0 > last - kSameHeight && l.y0 - before_last > 2.5 * height;
      if ((top || bottom) && in_margin(p, l)) seen.push_back({l.y0, p.number, l.size, true});
    }
  }
  std::sort(seen.begin(), seen.end(),
            [](const Sighting& a, const Sighting& b) { return a.y < b.y; });
  std::vector<std::pair<double, double>> out;
  for (std::size_t i = 0; i < seen.size(); ++i) {
    std::vector<int> on;
    for (std::size_t j = i; j < seen.size() && seen[j].y - seen[i].y < kSameHeight; ++j)
      if (std::abs(seen[j].size - seen[i].size) < 0.3) on.push_back(seen[j].page);
    std::sort(on.begin(), on.end());
    on.erase(std::unique(on.begin(), on.end()), on.end());
    if (static_cast<int>(on.size()) >= threshold) out.push_back({seen[i].y, seen[i].size});
  }
  return out;
}

void drop_chrome(std::vector<Page>& pages) {
  std::map<std::string, std::vector<Sighting>> seen;
  std::vector<std::vector<std::size_t>> edges(pages.size());
  for (std::size_t p = 0; p < pages.size(); ++p) {
    edges[p] = edge_lines(pages[p]);
    for (std::size_t i : edges[p]) {
      const Line& l = pages[p].lines[i];
      if (l.text.size() <= 120)
        seen[chrome_key(l.text)].push_back({l.y0, pages[p].number, l.size, in_margin(pages[p], l)});
    }
  }
  const int threshold = std::max(2, static_cast<int>(std::ceil(0.3 * pages.size())));
  // (key, height) pairs seen on enough pages, and the slots (height, size) they use.
  std::vector<std::pair<std::string, double>> repeated;
  std::vector<std::pair<double, double>> slots = slots_by_position(pages, threshold);
  for (auto& [key, sightings] : seen) {
    std::sort(sightings.begin(), sightings.end(),
              [](const Sighting& a, const Sighting& b) { return a.y < b.y; });
    for (std::size_t i = 0; i < sightings.size();) {
      std::size_t j = i;
      std::vector<int> on;
      while (j < sightings.size() && sightings[j].y - sightings[i].y < kSameHeight)
        on.push_back(sightings[j++].page);
      std::sort(on.begin(), on.end());
      on.erase(std::unique(on.begin(), on.end()), on.end());
      if (static_cast<int>(on.size()) >= threshold) {
        repeated.push_back({key, sightings[i].y});
        if (sightings[i].margin) slots.push_back({sightings[i].y, sightings[i].size});
      }
      i = j;
    }
  }
  for (std::size_t p = 0; p < pages.size(); ++p) {
    std::vector<bool> drop(pages[p].lines.size(), false);
    for (std::size_t i : edges[p]) {
      const Line& l = pages[p].lines[i];
      const std::string key = chrome_key(l.text);
      bool chrome = is_page_number(l.text);
      for (const auto& [k, y] : repeated)
        if (!chrome && k == key && std::abs(l.y0 - y) < kSameHeight) chrome = true;
      for (const auto& [y, size] : slots)
        if (!chrome && l.text.size() <= 80 && std::abs(l.y0 - y) < kSameHeight &&
            std::abs(l.size - size) < 0.3)
          chrome = true;
      drop[i] = chrome;
    }
    std::vector<Line> kept;
    for (std::size_t i = 0; i < pages[p].lines.size(); ++i)
      if (!drop[i]) kept.push_back(std::move(pages[p].lines[i]));
    pages[p].lines = std::move(kept);
  }
}

}  // namespace yoy::pdf
