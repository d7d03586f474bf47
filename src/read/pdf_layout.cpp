// Columns and reading order. A gutter is a vertical strip that almost no
// line crosses, with lines on both sides; lines that cross it (or large
// headings with nothing beside them) span the columns and cut the page into
// bands. Reading order: band by band, in each band column by column, top to
// bottom; a spanning line comes between the bands it separates.
#include <algorithm>
#include <cmath>
#include <map>

#include "pdf_internal.h"

namespace yoy::pdf {

namespace {

struct Gutter {
  double from = 0, to = 0;
};

// Two balanced columns end within this many body sizes of each other (three
// lines and a little).
constexpr double kBalanced = 4.5;

std::vector<Gutter> find_gutters(const std::vector<Line>& lines, double left, double right) {
  std::vector<Gutter> out;
  if (lines.size() < 6 || right - left < 100) return out;
  const int bins = static_cast<int>(std::ceil(right - left)) + 1;
  std::vector<int> cover(static_cast<std::size_t>(bins), 0);
  for (const Line& l : lines) {
    const int a = std::max(0, static_cast<int>(std::floor(l.x0 - left)));
    const int b = std::min(bins - 1, static_cast<int>(std::ceil(l.x1 - left)));
    for (int i = a; i <= b; ++i) ++cover[static_cast<std::size_t>(i)];
  }
  const int most = *std::max_element(cover.begin(), cover.end());
  const int allowed = std::max(1, most / 8);
  for (int i = 0; i < bins;) {
    if (cover[static_cast<std::size_t>(i)] > allowed) {
      ++i;
      continue;
    }
    int j = i;
    while (j < bins && cover[static_cast<std::size_t>(j)] <= allowed) ++j;
    const double from = left + i, to = left + j - 1;
    if (to - from >= 6 && from > left + 20 && to < right - 20) {
      int before = 0, after = 0;
      for (const Line& l : lines) {
        if (l.x1 <= from + 1) ++before;
        if (l.x0 >= to - 1) ++after;
      }
      if (before >= 3 && after >= 3) out.push_back({from, to});
    }
    i = j;
  }
  return out;
}

bool overlaps_y(const Line& a, const Line& b) {
  return std::min(a.y1, b.y1) - std::max(a.y0, b.y0) > 0.2 * std::min(a.y1 - a.y0, b.y1 - b.y0);
}

// A column's frame (left, right) as used across the document: a column with
// few lines (the end of a chapter) takes the right edge of the frame that
// starts where it starts.
struct Frame {
  double left = 0, right = 0;
  std::size_t lines = 0;
};

void extents(const std::vector<Line>& lines, double& left, double& right) {
  left = lines.front().x0, right = lines.front().x1;
  for (const Line& l : lines) left = std::min(left, l.x0), right = std::max(right, l.x1);
}

// A page with too few lines in one column to show its gutter (a chapter's
// last lines, a column ended early) takes the document's usual gutter when
// no body line crosses it.
bool fits_gutter(const std::vector<Line>& lines, const Gutter& g, double body_size) {
  int after = 0;
  for (const Line& l : lines) {
    if (l.x0 < g.to - 1 && l.x1 > g.from + 1 && l.size < 1.15 * body_size && !l.bold) return false;
    if (l.x0 >= g.to - 1) ++after;
  }
  return after > 0;
}

void layout_page(Page& page, double body_size, const std::vector<Gutter>& gutters,
                 std::vector<Frame>& frames) {
  std::vector<Line>& lines = page.lines;
  if (lines.empty()) return;
  double left = 0, right = 0;
  extents(lines, left, right);
  std::vector<double> col_left, col_right;  // column k spans [gutter k-1 .. gutter k]
  col_left.push_back(left);
  for (const Gutter& g : gutters) col_right.push_back(g.from), col_left.push_back(g.to);
  col_right.push_back(right);

  for (Line& l : lines) {
    l.page = page.number;
    l.column = 0;
    for (const Gutter& g : gutters)
      if (l.x0 < g.from - 1 && l.x1 > g.to + 1) l.column = -1;
    if (l.column == 0) {
      const double mid = (l.x0 + l.x1) / 2;
      for (std::size_t k = 0; k < gutters.size(); ++k)
        if (mid > gutters[k].to - 1) l.column = static_cast<int>(k) + 1;
    }
  }
  // A large heading with nothing beside it in another column spans them too
  // (a short title set at the left margin; any title of a one-column page),
  // when it starts a band: nothing above it in the other columns, or their
  // text above ends where its own column's does (the balanced columns of the
  // chapter before). A title inside a column whose other column ends higher
  // up (the last narratives of a section) stays in its column.
  for (Line& l : lines) {
    if (l.column < 0 || l.size < 1.25 * body_size) continue;
    bool beside = false;
    double own_above = -1, other_above = -1;
    for (const Line& o : lines) {
      if (o.column < 0 || &o == &l) continue;
      if (o.column != l.column && overlaps_y(l, o)) beside = true;
      if (o.y1 > l.y0 + 1) continue;
      (o.column == l.column ? own_above : other_above) =
          std::max(o.column == l.column ? own_above : other_above, o.y1);
    }
    const bool starts_band =
        other_above < 0 ||
        (own_above >= 0 && std::abs(other_above - own_above) <= kBalanced * body_size);
    if (!beside && starts_band) l.column = -1;
  }
  // Edges of each column from its lines, then the document's frames.
  std::vector<double> seen_left(col_left.size(), 1e9), seen_right(col_left.size(), -1e9);
  std::vector<std::size_t> count(col_left.size(), 0);
  for (const Line& l : lines) {
    if (l.column < 0) continue;
    const auto k = static_cast<std::size_t>(l.column);
    seen_left[k] = std::min(seen_left[k], l.x0);
    seen_right[k] = std::max(seen_right[k], l.x1);
    ++count[k];
  }
  for (std::size_t k = 0; k < col_left.size(); ++k) {
    if (!count[k]) continue;
    col_left[k] = seen_left[k];
    col_right[k] = seen_right[k];
    Frame* same = nullptr;
    Frame* widest = nullptr;  // the best-supported frame starting here
    for (Frame& f : frames) {
      if (std::abs(f.left - seen_left[k]) >= 3) continue;
      if (std::abs(f.right - seen_right[k]) < 3) same = &f;
      if (f.right >= seen_right[k] - 1 && (!widest || f.lines > widest->lines)) widest = &f;
    }
    if (count[k] < 8 && widest) col_right[k] = std::max(col_right[k], widest->right);
    if (same)
      same->lines += count[k];
    else
      frames.push_back({seen_left[k], seen_right[k], count[k]});
  }
  for (Line& l : lines) {
    if (l.column < 0) {
      l.left = left, l.right = right;
    } else {
      l.left = col_left[static_cast<std::size_t>(l.column)];
      l.right = col_right[static_cast<std::size_t>(l.column)];
    }
  }
  // Bands: a column line's band is the number of spanning lines above it.
  std::vector<double> spans;
  for (const Line& l : lines)
    if (l.column < 0) spans.push_back((l.y0 + l.y1) / 2);
  std::sort(spans.begin(), spans.end());
  for (Line& l : lines) {
    const double mid = (l.y0 + l.y1) / 2;
    const auto above = std::lower_bound(spans.begin(), spans.end(), mid) - spans.begin();
    l.band = static_cast<int>(l.column < 0 ? 2 * above + 1 : 2 * above);
  }
  std::stable_sort(lines.begin(), lines.end(), [](const Line& a, const Line& b) {
    if (a.band != b.band) return a.band < b.band;
    if (a.column != b.column) return a.column < b.column;
    if (std::abs(a.y0 - b.y0) > 1) return a.y0 < b.y0;
    return a.x0 < b.x0;
  });
  // One row of one column split by a wide justified space: one line again.
  std::vector<Line> merged;
  for (Line& l : lines) {
    if (!merged.empty()) {
      Line& p = merged.back();
      if (p.band == l.band && p.column == l.column && l.x0 >= p.x1 && overlaps_y(p, l) &&
          std::abs((p.y0 + p.y1) / 2 - (l.y0 + l.y1) / 2) < 0.3 * (p.y1 - p.y0)) {
        p.text += ' ';
        p.text += l.text;
        p.x1 = l.x1;
        p.chars += l.chars;
        p.bold = p.bold && l.bold;
        p.italic = p.italic && l.italic;
        continue;
      }
    }
    merged.push_back(std::move(l));
  }
  lines = std::move(merged);
}

}  // namespace

std::vector<Line> reading_order(std::vector<Page>& pages) {
  // The body size: the font size of most characters.
  std::map<long, std::size_t> sizes;
  for (const Page& p : pages)
    for (const Line& l : p.lines) sizes[std::lround(l.size * 10)] += l.chars;
  double body = 10;
  std::size_t best = 0;
  for (const auto& [size, chars] : sizes)
    if (chars > best) best = chars, body = static_cast<double>(size) / 10;

  std::vector<std::vector<Gutter>> gutters(pages.size());
  std::map<std::pair<long, long>, int> usual;  // one-gutter pages by gutter
  for (std::size_t i = 0; i < pages.size(); ++i) {
    if (pages[i].lines.empty()) continue;
    double left = 0, right = 0;
    extents(pages[i].lines, left, right);
    gutters[i] = find_gutters(pages[i].lines, left, right);
    if (gutters[i].size() == 1)
      ++usual[{std::lround(gutters[i][0].from), std::lround(gutters[i][0].to)}];
  }
  int most = 0;
  Gutter common;
  for (const auto& [g, n] : usual)
    if (n > most) most = n, common = {static_cast<double>(g.first), static_cast<double>(g.second)};
  std::vector<Frame> frames;
  std::vector<Line> out;
  for (std::size_t i = 0; i < pages.size(); ++i) {
    Page& p = pages[i];
    if (gutters[i].empty() && most > 0 && !p.lines.empty() && fits_gutter(p.lines, common, body))
      gutters[i].push_back(common);
    layout_page(p, body, gutters[i], frames);
    for (Line& l : p.lines) out.push_back(std::move(l));
    p.lines.clear();
  }
  return out;
}

}  // namespace yoy::pdf
