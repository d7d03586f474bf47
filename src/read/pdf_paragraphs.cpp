// Lines in reading order → paragraphs, list items and headings, from line
// geometry: a paragraph ends at a short line (justified text fills its
// column), before an indented line, at a wider vertical gap, at a change of
// font; it goes on across a column or page break otherwise. Headings are
// short lines in a bold or larger face (or in capitals); their level comes
// from their size. Lines set apart in a smaller or italic face (captions, a
// chart's labels, pull quotes) are asides: blocks of their own, which the
// running text goes on across.
#include <algorithm>
#include <cctype>
#include <cmath>
#include <map>

#include "pdf_internal.h"

namespace yoy::pdf {

namespace {

bool has_lower(std::string_view s) {
  for (char c : s)
    if (c >= 'a' && c <= 'z') return true;
  return false;
}

int letters(std::string_view s) {
  int n = 0;
  for (char c : s) n += ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) ? 1 : 0;
  return n;
}

// "•" and the other bullet glyphs reports use.
std::size_t bullet_length(std::string_view t) {
  for (std::string_view b : {"\xE2\x80\xA2", "\xE2\x96\xAA", "\xE2\x97\x8F", "\xEF\x82\xA7"})
    if (t.substr(0, b.size()) == b) return b.size();
  return 0;
}

bool is_short(const Line& l) {
  return l.x1 < l.right - std::max(1.5 * l.size, 0.06 * (l.right - l.left));
}

bool is_indented(const Line& l) { return l.x0 > l.left + 0.5 * l.size; }

bool ends_sentence(std::string_view t) {
  while (!t.empty() && (t.back() == ' ')) t.remove_suffix(1);
  return !t.empty() && (t.back() == '.' || t.back() == ',' || t.back() == ';');
}

// Ends with a hyphen after a letter, a soft hyphen or U+2010: a word goes on on the next line.
bool ends_with_hyphen(std::string_view t) {
  if (t.size() >= 2 && t.substr(t.size() - 2) == "\xC2\xAD") return true;
  if (t.size() >= 4 && t.substr(t.size() - 3) == "\xE2\x80\x90") return true;
  return t.size() >= 2 && t.back() == '-' &&
         std::isalpha(static_cast<unsigned char>(t[t.size() - 2]));
}

std::string_view last_word(std::string_view t) {
  const std::size_t sp = t.rfind(' ');
  return sp == std::string_view::npos ? t : t.substr(sp + 1);
}

std::string_view first_word(std::string_view t) { return t.substr(0, t.find(' ')); }

// The typical distance between the tops of two lines of one paragraph.
double line_pitch(const std::vector<Line>& lines, double body_size) {
  std::map<long, int> pitches;  // in 1/2 pt
  for (std::size_t i = 1; i < lines.size(); ++i) {
    const Line &a = lines[i - 1], &b = lines[i];
    if (a.page != b.page || a.band != b.band || a.column != b.column) continue;
    if (std::abs(a.size - body_size) > 0.3 || std::abs(b.size - body_size) > 0.3) continue;
    const double d = b.y0 - a.y0;
    if (d > 0 && d < 3 * body_size) ++pitches[std::lround(d * 2)];
  }
  int best = 0;
  double pitch = 1.2 * body_size;
  for (const auto& [p, n] : pitches)
    if (n > best) best = n, pitch = static_cast<double>(p) / 2;
  return pitch;
}

struct Builder {
  const Hyphens& hyphens;
  std::vector<PdfBlock> blocks;
  const Line* last = nullptr;  // last line of the open block

  void open(const Line& l, std::string text, int level, bool item) {
    PdfBlock b;
    b.block.text = std::move(text);
    b.block.heading_level = level;
    b.block.list_item = item;
    b.first_page = b.last_page = l.page;
    b.full_width = l.column < 0;
    b.font_size = l.size;
    b.bold = l.bold;
    blocks.push_back(std::move(b));
    last = &l;
  }

  // Joins a line to the open block: a word hyphenated at the line end is
  // rejoined, without its hyphen unless it is a compound.
  void append(const Line& l) {
    std::string& text = blocks.back().block.text;
    std::string_view next = l.text;
    if (text.size() >= 2 && text.compare(text.size() - 2, 2, "\xC2\xAD") == 0) {
      text.resize(text.size() - 2);  // a soft hyphen: always a break inside a word
    } else if (!text.empty() &&
               (text.back() == '-' ||
                (text.size() >= 3 && text.compare(text.size() - 3, 3, "\xE2\x80\x90") == 0))) {
      const std::size_t mark = text.back() == '-' ? 1 : 3;
      const std::string_view head = last_word(std::string_view(text).substr(0, text.size() - mark));
      const char c = next.empty() ? ' ' : next.front();
      const bool lower_next = c >= 'a' && c <= 'z';
      const bool after_letter =
          !head.empty() && (std::isalpha(static_cast<unsigned char>(head.back())) ||
                            static_cast<unsigned char>(head.back()) >= 0x80);
      if (!after_letter) {
        text += ' ';  // "2019 -" or a dash standing alone
      } else if (lower_next && !hyphens.keep(head, first_word(next))) {
        text.erase(text.size() - mark);  // erase, not resize: GCC 12 -Wrestrict false positive
      } else if (mark == 3) {
        text.erase(text.size() - 3);
        text += '-';
      }
    } else if (text.size() >= 3 && (text.compare(text.size() - 3, 3, "\xE2\x80\x94") == 0) &&
               text.size() > 3 && text[text.size() - 4] != ' ') {
      // "labor—" / "including": an em dash set close
    } else {
      text += ' ';
    }
    text += next;
    blocks.back().last_page = l.page;
    last = &l;
  }
};

}  // namespace

std::vector<bool> aside_lines(const std::vector<Line>& lines, double body_size) {
  const double pitch = line_pitch(lines, body_size);
  std::vector<bool> aside(lines.size(), false);
  const auto same_slot = [&](std::size_t a, std::size_t b) {
    return lines[a].page == lines[b].page && lines[a].band == lines[b].band &&
           lines[a].column == lines[b].column;
  };
  // Apart from the line before (after): none in its slot, or a wider gap than
  // between two lines of a paragraph.
  const auto apart = [&](std::size_t a, std::size_t b) {
    return !same_slot(a, b) || std::abs(lines[b].y0 - lines[a].y0) > 1.25 * pitch;
  };
  for (std::size_t i = 0; i < lines.size();) {
    if (lines[i].size < kAsideSize * body_size) {
      aside[i++] = true;
      continue;
    }
    if (!lines[i].italic) {
      ++i;
      continue;
    }
    // A run of italic lines is an aside when set apart on both sides: an
    // italic phrase filling one line of a paragraph is not.
    std::size_t j = i + 1;
    while (j < lines.size() && lines[j].italic && !apart(j - 1, j)) ++j;
    const bool before = i == 0 || apart(i - 1, i);
    const bool after = j == lines.size() || apart(j - 1, j);
    for (std::size_t k = i; k < j; ++k) aside[k] = before && after;
    i = j;
  }
  return aside;
}

std::vector<PdfBlock> make_blocks(const std::vector<Line>& lines, double body_size,
                                  const Hyphens& hyphens) {
  const double pitch = line_pitch(lines, body_size);
  const std::vector<bool> aside = aside_lines(lines, body_size);
  // Heading levels: the larger the face, the higher the level.
  const auto heading_style = [&](const Line& l) {
    if (letters(l.text) < 2 || l.text.size() > 150 || bullet_length(l.text)) return false;
    if (l.bold || l.size >= 1.15 * body_size) return true;
    return !has_lower(l.text) && l.text.size() <= 60 && !ends_sentence(l.text) && is_short(l);
  };
  std::vector<long> sizes;
  for (std::size_t i = 0; i < lines.size(); ++i)
    if (!aside[i] && heading_style(lines[i])) sizes.push_back(std::lround(lines[i].size * 2));
  std::sort(sizes.begin(), sizes.end(), std::greater<>());
  sizes.erase(std::unique(sizes.begin(), sizes.end()), sizes.end());
  const auto level_of = [&](const Line& l) {
    const auto it = std::find(sizes.begin(), sizes.end(), std::lround(l.size * 2));
    return std::min(6, static_cast<int>(it - sizes.begin()) + 1);
  };

  Builder b{hyphens, {}, nullptr};
  // Asides, each with the number of running-text blocks before it.
  std::vector<std::pair<std::size_t, PdfBlock>> asides;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const Line& l = lines[i];
    if (aside[i]) {
      // One aside goes on in a like face at its own pitch (a caption's lines,
      // a chart's labels); a different one starts after a gap.
      const Line* q = i > 0 ? &lines[i - 1] : nullptr;
      const bool joins = q && aside[i - 1] && !asides.empty() && q->page == l.page &&
                         q->column == l.column && q->band == l.band &&
                         std::abs(q->size - l.size) <= 1 &&
                         l.y0 - q->y0 <= 1.8 * std::max(q->size, l.size);
      if (joins) {
        asides.back().second.block.text += ' ';
        asides.back().second.block.text += l.text;
        asides.back().second.last_page = l.page;
      } else {
        PdfBlock a;
        a.block.text = l.text;
        a.first_page = a.last_page = l.page;
        a.full_width = l.column < 0;
        a.font_size = l.size;
        a.bold = l.bold;
        a.aside = true;
        asides.push_back({b.blocks.size(), std::move(a)});
      }
      continue;
    }
    const Line* p = b.last;
    const bool same_slot = p && p->page == l.page && p->band == l.band && p->column == l.column;
    const bool wide_gap = same_slot && l.y0 - p->y0 > 1.25 * pitch;
    if (heading_style(l)) {
      // A title of two lines is set at its own (larger) pitch.
      const bool close = p && l.y0 - p->y0 <= std::max(1.25 * pitch, 1.5 * l.size);
      const bool continues = p && !b.blocks.empty() && b.blocks.back().block.heading_level > 0 &&
                             same_slot && close && std::abs(p->size - l.size) < 0.3 &&
                             p->bold == l.bold;
      if (continues)
        b.append(l);
      else
        b.open(l, l.text, level_of(l), false);
      continue;
    }
    if (const std::size_t n = bullet_length(l.text)) {
      std::string_view rest = std::string_view(l.text).substr(n);
      while (!rest.empty() && rest.front() == ' ') rest.remove_prefix(1);
      b.open(l, std::string(rest), 0, true);
      continue;
    }
    bool continues = p && !b.blocks.empty() && b.blocks.back().block.heading_level == 0;
    if (continues) {
      const bool hyphenated = ends_with_hyphen(b.blocks.back().block.text);
      if (!hyphenated) {
        if (is_short(*p) || wide_gap || std::abs(p->size - l.size) > 0.3) continues = false;
        if (!b.blocks.back().block.list_item && is_indented(l)) continues = false;
      }
    }
    if (continues)
      b.append(l);
    else
      b.open(l, l.text, 0, false);
  }
  if (asides.empty()) return b.blocks;
  std::vector<PdfBlock> out;
  out.reserve(b.blocks.size() + asides.size());
  std::size_t next = 0;
  for (std::size_t k = 0; k <= b.blocks.size(); ++k) {
    for (; next < asides.size() && asides[next].first == k; ++next)
      out.push_back(std::move(asides[next].second));
    if (k < b.blocks.size()) out.push_back(std::move(b.blocks[k]));
  }
  return out;
}

}  // namespace yoy::pdf
