// A page's words → lines: words whose vertical middles agree form a row; a
// row is cut where the gap between two words is wider than any word space
// (a column gutter, a table's cell boundary).
#include <algorithm>
#include <cmath>
#include <map>

#include "pdf_internal.h"

namespace yoy::pdf {

namespace {

double mid(const Word& w) { return (w.y0 + w.y1) / 2; }
double height(const Word& w) { return std::max(w.y1 - w.y0, 1.0); }

Line make_line(const std::vector<const Word*>& words) {
  Line line;
  line.x0 = words.front()->x0;
  line.y0 = words.front()->y0;
  line.y1 = words.front()->y1;
  std::map<long, std::size_t> sizes;  // size in 1/10 pt → characters
  std::size_t bold_chars = 0, italic_chars = 0;
  for (std::size_t i = 0; i < words.size(); ++i) {
    const Word& w = *words[i];
    if (i > 0) {
      const Word& p = *words[i - 1];
      if (p.space_after || w.x0 - p.x1 > 0.15 * w.size) line.text += ' ';
    }
    line.text += w.text;
    line.x1 = std::max(line.x1, w.x1);
    line.y0 = std::min(line.y0, w.y0);
    line.y1 = std::max(line.y1, w.y1);
    sizes[std::lround(w.size * 10)] += w.text.size();
    if (w.bold) bold_chars += w.text.size();
    if (w.italic) italic_chars += w.text.size();
    line.chars += w.text.size();
  }
  std::size_t best = 0;
  for (const auto& [size, chars] : sizes)
    if (chars > best) best = chars, line.size = static_cast<double>(size) / 10;
  line.bold = bold_chars * 10 >= line.chars * 9;
  line.italic = italic_chars * 10 >= line.chars * 9;
  return line;
}

}  // namespace

std::vector<Line> group_lines(std::vector<Word> words) {
  std::sort(words.begin(), words.end(),
            [](const Word& a, const Word& b) { return mid(a) < mid(b); });
  std::vector<Line> lines;
  std::size_t i = 0;
  while (i < words.size()) {
    // A row: words whose middles stay within a third of a line of the first.
    std::vector<const Word*> row{&words[i]};
    const double m = mid(words[i]);
    const double tolerance = 0.3 * height(words[i]);
    std::size_t j = i + 1;
    while (j < words.size() && mid(words[j]) - m <= tolerance) row.push_back(&words[j++]);
    i = j;
    std::sort(row.begin(), row.end(), [](const Word* a, const Word* b) { return a->x0 < b->x0; });
    std::vector<const Word*> run;
    for (const Word* w : row) {
      if (!run.empty()) {
        const Word& p = *run.back();
        const double gap = w->x0 - p.x1;
        if (gap > 1.2 * std::max(p.size, w->size)) {
          lines.push_back(make_line(run));
          run.clear();
        }
      }
      run.push_back(w);
    }
    if (!run.empty()) lines.push_back(make_line(run));
  }
  std::sort(lines.begin(), lines.end(),
            [](const Line& a, const Line& b) { return a.y0 != b.y0 ? a.y0 < b.y0 : a.x0 < b.x0; });
  return lines;
}

}  // namespace yoy::pdf
