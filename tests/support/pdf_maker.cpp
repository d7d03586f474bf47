// A small typesetter over cairo's PDF surface: greedy line breaking with
// hyphenation, justified columns, bands balanced above a full-width title,
// running headers and page numbers. Enough of the printed TIP Report's shape
// to test a reader against, nothing more.
#include "pdf_maker.h"

#include <cairo-pdf.h>
#include <cairo.h>

#include <cmath>
#include <cstdio>
#include <fstream>
#include <memory>
#include <stdexcept>
#include <unordered_map>

namespace yoy::test {

namespace {

// Letter paper, points.
constexpr double kPageW = 612, kPageH = 792;
constexpr double kLeft = 54, kRight = 558, kTop = 72, kBottom = 738;
constexpr double kGutter = 18;
constexpr double kColumnW = (kRight - kLeft - kGutter) / 2;
constexpr double kLeading = 11, kBodySize = 8.5;
constexpr double kIndent = 9, kParaSpace = 3, kBulletIndent = 9;
constexpr double kHeadingBefore = 7, kHeadingAfter = 2;
constexpr double kTitleSize = 15, kTitleLeading = 18, kTitleBefore = 14, kTitleAfter = 8;
constexpr const char* kReportName = "TRAFFICKING IN PERSONS REPORT";
// Narratives set in the columns (the 2015 report): the even pages' running head,
// the title's face, the chart's and captions' small faces.
constexpr const char* kNarrativesHead = "COUNTRY NARRATIVES";
constexpr double kColumnTitleSize = 11, kColumnTitleLeading = 14, kColumnTitleBefore = 10;
constexpr double kChartLeading = 9, kCaptionLeading = 9, kQuoteLeading = 13;

enum class Style {
  body,
  heading,
  title,
  chrome,
  table,
  table_bold,
  cover,
  column_title,
  chart,
  chart_title,
  caption,
  quote
};

struct Font {
  cairo_scaled_font_t* font = nullptr;
  std::unordered_map<std::string, double> widths;
};

class Fonts {
 public:
  Fonts() {
    options_ = cairo_font_options_create();
    cairo_font_options_set_hint_metrics(options_, CAIRO_HINT_METRICS_OFF);
    cairo_font_options_set_hint_style(options_, CAIRO_HINT_STYLE_NONE);
    make(Style::body, "DejaVu Serif", false, kBodySize);
    make(Style::heading, "DejaVu Sans", true, kBodySize);
    make(Style::title, "DejaVu Sans", true, kTitleSize);
    make(Style::chrome, "DejaVu Sans", false, 7);
    make(Style::table, "DejaVu Sans", false, 8);
    make(Style::table_bold, "DejaVu Sans", true, 8);
    make(Style::cover, "DejaVu Sans", true, 26);
    make(Style::column_title, "DejaVu Sans", true, kColumnTitleSize);
    make(Style::chart, "DejaVu Sans", false, 6);
    make(Style::chart_title, "DejaVu Sans", true, 6.5);
    make(Style::caption, "DejaVu Sans", false, 7, true);    // DejaVu Sans Oblique
    make(Style::quote, "DejaVu Serif", false, 10.5, true);  // DejaVu Serif Italic
  }
  ~Fonts() {
    for (auto& [style, f] : fonts_) cairo_scaled_font_destroy(f.font);
    cairo_font_options_destroy(options_);
  }
  Fonts(const Fonts&) = delete;
  Fonts& operator=(const Fonts&) = delete;

  cairo_scaled_font_t* get(Style s) { return fonts_.at(static_cast<int>(s)).font; }
  double width(Style s, const std::string& text) {
    Font& f = fonts_.at(static_cast<int>(s));
    auto it = f.widths.find(text);
    if (it != f.widths.end()) return it->second;
    cairo_text_extents_t ext;
    cairo_scaled_font_text_extents(f.font, text.c_str(), &ext);
    f.widths.emplace(text, ext.x_advance);
    return ext.x_advance;
  }

 private:
  void make(Style s, const char* family, bool bold, double size, bool italic = false) {
    cairo_font_face_t* face = cairo_toy_font_face_create(
        family, italic ? CAIRO_FONT_SLANT_ITALIC : CAIRO_FONT_SLANT_NORMAL,
        bold ? CAIRO_FONT_WEIGHT_BOLD : CAIRO_FONT_WEIGHT_NORMAL);
    cairo_matrix_t font_matrix, ctm;
    cairo_matrix_init_scale(&font_matrix, size, size);
    cairo_matrix_init_identity(&ctm);
    cairo_scaled_font_t* font = cairo_scaled_font_create(face, &font_matrix, &ctm, options_);
    cairo_font_face_destroy(face);
    if (cairo_scaled_font_status(font) != CAIRO_STATUS_SUCCESS)
      throw std::runtime_error(std::string("pdf_maker: no font ") + family);
    fonts_[static_cast<int>(s)].font = font;
  }
  cairo_font_options_t* options_ = nullptr;
  std::unordered_map<int, Font> fonts_;
};

// "fi" and "fl" as the ligature glyphs a typesetter would draw.
std::string with_ligatures(const std::string& s) {
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == 'f' && i + 1 < s.size() && (s[i + 1] == 'i' || s[i + 1] == 'l')) {
      out += s[i + 1] == 'i' ? "\xEF\xAC\x81" : "\xEF\xAC\x82";
      ++i;
    } else {
      out += s[i];
    }
  }
  return out;
}

struct Word {
  std::string text;
  double x = 0;  // from the column's left edge
};

// A filled box (a chart's bar, a photograph, a rule) from the row's top-left.
struct Box {
  double x = 0, y = 0, w = 0, h = 0;
  double grey = 0.6;
};

struct Row {
  enum class Kind { line, gap, column_break, title_slot };
  Row(Kind k, Style s, double h, std::vector<Word> w = {}, bool head = false)
      : kind(k), style(s), height(h), words(std::move(w)), heading(head) {}
  Kind kind = Kind::line;
  Style style = Style::body;
  double height = 0;
  std::vector<Word> words;
  bool heading = false;
  bool hyphenated = false;  // ends inside a word
  std::vector<Box> boxes;
  bool keep = false;  // stays in one column with the row after it
  int chapter = -1;   // in_column runs: whose row it is
  int what = 0;       // in_column runs: 1 title, 2 chart, 3 photo, 4 quote (first row of each)
};

bool is_vowel(char c) {
  c = static_cast<char>(c | 0x20);
  return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y';
}
bool is_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

std::vector<std::string> tokens(const std::string& text) {
  std::vector<std::string> out;
  std::size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && text[i] == ' ') ++i;
    std::size_t j = i;
    while (j < text.size() && text[j] != ' ') ++j;
    if (j > i) out.push_back(text.substr(i, j - i));
    i = j;
  }
  return out;
}

class Typesetter {
 public:
  Typesetter(Fonts& fonts, const PdfReport& report) : fonts_(fonts), report_(report) {}

  double measure(Style s, const std::string& t) { return fonts_.width(s, shaped(s, t)); }
  std::string shaped(Style s, const std::string& t) const {
    return s == Style::body && report_.ligatures ? with_ligatures(t) : t;
  }

  // Break points inside a token that does not fit: after a hyphen or an em
  // dash of a compound, or between two consonants with three letters each side.
  // Returns {head (with its hyphen), tail} of the longest head that fits, or {}.
  std::pair<std::string, std::string> split(Style s, const std::string& t, double room) {
    std::pair<std::string, std::string> best;
    bool compound = false;
    for (std::size_t i = 1; i + 1 < t.size(); ++i) {
      if (t[i] == '-' && is_letter(t[i - 1]) && is_letter(t[i + 1])) {
        compound = true;
        if (measure(s, t.substr(0, i + 1)) <= room) best = {t.substr(0, i + 1), t.substr(i + 1)};
      }
      if (t.compare(i, 3, "\xE2\x80\x94") == 0 && i + 3 < t.size()) {
        compound = true;
        if (measure(s, t.substr(0, i + 3)) <= room) best = {t.substr(0, i + 3), t.substr(i + 3)};
      }
    }
    if (compound) return best;
    std::size_t letters = 0;
    while (letters < t.size() && is_letter(t[letters])) ++letters;
    for (char c : t)
      if (c >= '0' && c <= '9') return best;
    if (letters < 7) return best;
    std::size_t at = 0;
    for (std::size_t k = 3; k + 3 <= letters; ++k) {
      if (is_vowel(t[k - 1]) || is_vowel(t[k])) continue;
      if (measure(s, t.substr(0, k) + "-") <= room) at = k;
    }
    if (at == 0) return best;
    const bool soft = report_.soft_hyphens && ++breaks_ % 3 == 0;
    return {t.substr(0, at) + (soft ? "\xC2\xAD" : "-"), t.substr(at)};
  }

  // Ragged lines of a caption or a quote, `indent` in from both column edges;
  // every row kept with the next.
  void set_ragged(Style style, const std::string& text, double leading, double indent,
                  std::vector<Row>& rows) {
    const double space = measure(style, " ");
    Row row{Row::Kind::line, style, leading, {}, false};
    double x = indent;
    for (const std::string& t : tokens(text)) {
      const double w = measure(style, t);
      if (!row.words.empty() && x + space + w > kColumnW - indent) {
        row.keep = true;
        rows.push_back(std::move(row));
        row = Row{Row::Kind::line, style, leading, {}, false};
        x = indent;
      }
      if (!row.words.empty()) x += space;
      row.words.push_back({t, x});
      x += w;
    }
    rows.push_back(std::move(row));
  }

  // The tier-ranking chart: its title, a row per tier (1, 2, 2WL, 3) with the
  // years' bars, the years below (2011 set as "2 011", as the 2015 report's
  // text layer has it). Kept in one column.
  void set_chart(const std::string& name, std::vector<Row>& rows) {
    static constexpr int kPlaced[8] = {1, 1, 2, 1, 1, 1, 2, 1};  // 2008..2015: row of 1 2 2WL 3
    rows.push_back({Row::Kind::gap, Style::chart, 8, {}, false});
    const std::size_t first = rows.size();
    set_ragged(Style::chart_title, name + " TIER RANKING BY YEAR", 9, 0, rows);
    rows.back().keep = true;
    rows[first].what = 2;
    const char* tiers[4] = {"1", "2", "2WL", "3"};
    for (int t = 0; t < 4; ++t) {
      Row r{Row::Kind::line, Style::chart, kChartLeading, {{tiers[t], 0}}};
      r.keep = true;
      for (int y = 0; y < 8; ++y)
        if (kPlaced[y] == t) r.boxes.push_back({24.0 + 28 * y, 2, 16, 6, 0.55});
      rows.push_back(std::move(r));
    }
    Row years{Row::Kind::line, Style::chart, kChartLeading, {}};
    for (int y = 0; y < 8; ++y) {
      const double x = 22.0 + 28 * y;
      if (y == 3) {  // "2 011": the first digit set apart by kerning
        years.words.push_back({"2", x - 2});
        years.words.push_back({"011", x - 2 + measure(Style::chart, "2") + 1.6});
      } else {
        years.words.push_back({std::to_string(2008 + y), x});
      }
    }
    rows.push_back(std::move(years));
    rows.push_back({Row::Kind::gap, Style::chart, 8, {}, false});
  }

  // Lines of one piece, as rows of a column `width` wide.
  void set_piece(const PdfPiece& piece, bool after_heading, std::vector<Row>& rows) {
    if (piece.kind == PdfPiece::Kind::chart) return set_chart(piece.text, rows);
    if (piece.kind == PdfPiece::Kind::photo) {
      rows.push_back({Row::Kind::gap, Style::caption, 8, {}, false});
      Row photo{Row::Kind::line, Style::caption, 80, {}};
      photo.boxes.push_back({0, 0, kColumnW, 76, 0.75});
      photo.keep = true;
      photo.what = 3;
      rows.push_back(std::move(photo));
      set_ragged(Style::caption, piece.text, kCaptionLeading, 0, rows);
      rows.push_back({Row::Kind::gap, Style::caption, 8, {}, false});
      return;
    }
    if (piece.kind == PdfPiece::Kind::quote) {
      rows.push_back({Row::Kind::gap, Style::quote, 8, {}, false});
      Row rule{Row::Kind::line, Style::quote, 6, {}};
      rule.boxes.push_back({12, 0, kColumnW - 24, 0.8, 0.2});
      rule.keep = true;
      rule.what = 4;
      rows.push_back(std::move(rule));
      set_ragged(Style::quote, piece.text, kQuoteLeading, 12, rows);
      rows.back().keep = true;
      Row end{Row::Kind::line, Style::quote, 6, {}};
      end.boxes.push_back({12, 4, kColumnW - 24, 0.8, 0.2});
      rows.push_back(std::move(end));
      rows.push_back({Row::Kind::gap, Style::quote, 8, {}, false});
      return;
    }
    const bool heading = piece.kind == PdfPiece::Kind::heading;
    const bool bullet = piece.kind == PdfPiece::Kind::bullet;
    const Style style = heading ? Style::heading : Style::body;
    if (piece.column_break_before) rows.push_back({Row::Kind::column_break, style, 0, {}, false});
    if (heading) {
      rows.push_back({Row::Kind::gap, style, kHeadingBefore, {}, false});
    } else if (!after_heading) {
      rows.push_back({Row::Kind::gap, style, bullet ? 2.0 : kParaSpace, {}, false});
    }
    const double first_x = bullet ? kBulletIndent : (heading || after_heading ? 0 : kIndent);
    const double rest_x = bullet ? kBulletIndent : 0;
    std::vector<std::string> queue = tokens(piece.text);
    std::size_t next = 0;
    bool first = true;
    const double space = measure(style, " ");
    while (next < queue.size()) {
      Row row{Row::Kind::line, style, kLeading, {}, heading};
      if (first && bullet) row.words.push_back({"\xE2\x80\xA2", 0});
      const double x0 = first ? first_x : rest_x;
      const double right = kColumnW;
      double x = x0;
      std::vector<std::string> line;
      while (next < queue.size()) {
        const std::string& t = queue[next];
        const double w = measure(style, t);
        const double need = line.empty() ? w : space + w;
        if (x + need <= right + 0.01 || line.empty()) {
          line.push_back(t);
          x += need;
          ++next;
          continue;
        }
        const double room = right - x - space;
        if (!heading && room > 0.12 * kColumnW) {
          auto [head, tail] = split(style, t, room);
          if (!head.empty()) {
            line.push_back(head);
            queue[next] = tail;
            row.hyphenated = true;
          }
        }
        break;
      }
      // Justify every line but a paragraph's last one.
      const bool last = next >= queue.size();
      double natural = 0;
      for (std::size_t i = 0; i < line.size(); ++i)
        natural += measure(style, line[i]) + (i ? space : 0);
      const double extra =
          (!last && !heading && line.size() > 1) ? (right - x0 - natural) / (line.size() - 1) : 0;
      double at = x0;
      for (const std::string& t : line) {
        row.words.push_back({t, at});
        at += measure(style, t) + space + extra;
      }
      rows.push_back(std::move(row));
      first = false;
    }
    if (heading) rows.push_back({Row::Kind::gap, style, kHeadingAfter, {}, false});
  }

 private:
  Fonts& fonts_;
  const PdfReport& report_;
  int breaks_ = 0;
};

class Writer {
 public:
  Writer(const PdfReport& report, const std::string& path) : report_(report), set_(fonts_, report) {
    surface_ = cairo_pdf_surface_create(path.c_str(), kPageW, kPageH);
    // A fixed date: the same report, the same bytes (the README shows its blob id).
    cairo_pdf_surface_set_metadata(surface_, CAIRO_PDF_METADATA_CREATE_DATE, "2025-06-24T00:00:00");
    cr_ = cairo_create(surface_);
    if (cairo_status(cr_) != CAIRO_STATUS_SUCCESS)
      throw std::runtime_error("pdf_maker: cannot write " + path);
  }
  ~Writer() {
    if (cr_) cairo_destroy(cr_);
    if (surface_) cairo_surface_destroy(surface_);
  }
  Writer(const Writer&) = delete;
  Writer& operator=(const Writer&) = delete;

  std::vector<PdfChapterPages> run() {
    if (!report_.cover_title.empty()) {
      page_ = 1;
      const double w = fonts_.width(Style::cover, report_.cover_title);
      text(Style::cover, report_.cover_title, (kPageW - w) / 2, 300);
    }
    std::vector<PdfChapterPages> out;
    for (std::size_t i = 0; i < report_.chapters.size(); ++i) {
      const PdfChapter& c = report_.chapters[i];
      const PdfChapter* next = i + 1 < report_.chapters.size() ? &report_.chapters[i + 1] : nullptr;
      PdfChapterPages pages{c.title, 0, 0, 0, 0};
      if (c.kind == PdfChapter::Kind::tier_list) {
        tier_list(c, pages);
      } else if (c.kind == PdfChapter::Kind::filler) {
        for (int p = 0; p < c.filler_pages; ++p) {
          new_page(c.running_head);
          if (!pages.first_page) pages.first_page = page_;
          const std::string note = "This page is intentionally left blank.";
          text(Style::body, note, (kPageW - fonts_.width(Style::body, note)) / 2, 400);
        }
        pages.last_page = page_;
        band_top_ = kBottom;  // the next chapter starts on a new page
      } else if (c.title_at == PdfChapter::Title::in_column) {
        // The run of chapters set one after another in the columns.
        std::size_t end = i;
        while (end < report_.chapters.size() &&
               report_.chapters[end].kind == PdfChapter::Kind::flow &&
               report_.chapters[end].title_at == PdfChapter::Title::in_column)
          ++end;
        for (PdfChapterPages& p : column_run(i, end)) out.push_back(std::move(p));
        i = end - 1;
        continue;
      } else {
        flow(c, next, pages);
      }
      out.push_back(pages);
    }
    finish();
    return out;
  }

 private:
  void finish() {
    cairo_show_page(cr_);
    cairo_surface_finish(surface_);
    if (cairo_surface_status(surface_) != CAIRO_STATUS_SUCCESS)
      throw std::runtime_error("pdf_maker: cairo failed writing the PDF");
  }

  void text(Style s, const std::string& t, double x, double baseline) {
    cairo_set_scaled_font(cr_, fonts_.get(s));
    cairo_move_to(cr_, x, baseline);
    cairo_show_text(cr_, set_.shaped(s, t).c_str());
  }

  // `narratives`: the pages of a column run, headed "COUNTRY NARRATIVES" on
  // both pages of the spread, the odd page also naming its country on the left.
  void new_page(const std::string& running_head, bool narratives = false) {
    if (page_ > 0) cairo_show_page(cr_);
    ++page_;
    const bool odd = page_ % 2 == 1;
    std::string head = odd && !running_head.empty() ? running_head : kReportName;
    if (narratives) {
      head = kNarrativesHead;
      if (odd && !running_head.empty()) text(Style::chrome, running_head, kLeft, 44);
    }
    const double hw = fonts_.width(Style::chrome, head);
    text(Style::chrome, head, odd ? kRight - hw : kLeft, 44);
    const std::string number = std::to_string(page_);
    const double nw = fonts_.width(Style::chrome, number);
    text(Style::chrome, number, odd ? kRight - nw : kLeft, 764);
    band_top_ = kTop;
  }

  static double height(const std::vector<Row>& rows, std::size_t from, std::size_t to) {
    double h = 0;
    for (std::size_t i = from; i < to; ++i) h += rows[i].height;
    return h;
  }

  void draw_row(const Row& row, double x, double top) {
    const double baseline = top + row.height - 2.5;
    for (const Word& w : row.words) text(row.style, w.text, x + w.x, baseline);
    for (const Box& b : row.boxes) {
      cairo_set_source_rgb(cr_, b.grey, b.grey, b.grey);
      cairo_rectangle(cr_, x + b.x, top + b.y, b.w, b.h);
      cairo_fill(cr_);
      cairo_set_source_rgb(cr_, 0, 0, 0);
    }
  }

  // Chapters [from, to) set one after another down the columns, page after
  // page; each title inside the column where the previous chapter ended.
  std::vector<PdfChapterPages> column_run(std::size_t from, std::size_t to) {
    std::vector<PdfChapterPages> out;
    std::vector<Row> rows;
    for (std::size_t k = from; k < to; ++k) {
      const PdfChapter& c = report_.chapters[k];
      const int owner = static_cast<int>(k - from);
      out.push_back({c.title, 0, 0, 0, 0});
      const std::size_t first = rows.size();
      if (c.near_bottom) rows.push_back({Row::Kind::title_slot, Style::caption, 0, {}, false});
      rows.push_back({Row::Kind::gap, Style::column_title, kColumnTitleBefore, {}, false});
      // A long title takes two lines of its column.
      const std::size_t title = rows.size();
      set_.set_ragged(Style::column_title, c.title, kColumnTitleLeading, 0, rows);
      for (std::size_t r = title; r < rows.size(); ++r) rows[r].heading = true;
      rows[title].what = 1;
      bool after_heading = true;
      for (const PdfPiece& p : c.pieces) {
        set_.set_piece(p, after_heading, rows);
        after_heading = p.kind == PdfPiece::Kind::heading;
      }
      for (std::size_t r = first; r < rows.size(); ++r) rows[r].chapter = owner;
    }
    const auto head_of = [&](int owner) { return report_.chapters[from + owner].running_head; };
    if (page_ == 0 || report_.chapters[from].new_page || band_top_ + 60 > kBottom)
      new_page(head_of(0), true);
    else
      band_top_ += kTitleBefore;
    const double top = band_top_;  // the run's first page may start below another chapter
    const int first_page = page_;
    int column = 0;
    double y = top;
    bool at_top = true;
    struct Drawn {
      int page, column;
      double y0, y1;
      bool text;
    };
    std::vector<Drawn> drawn;
    std::vector<std::pair<std::size_t, Drawn>> titles;  // (chapter, where)
    const auto next_column = [&](int owner) {
      if (column == 0) {
        column = 1;
      } else {
        new_page(head_of(owner), true);
        column = 0;
      }
      y = page_ == first_page && column == 1 ? top : kTop;
      at_top = true;
    };
    // The height of the rows that must share a column with row i: rows kept
    // together, and a heading with the two lines after it.
    const auto group = [&](std::size_t i) {
      double h = 0;
      int lines_after_heading = rows[i].heading ? 2 : 0;
      std::size_t k = i;
      for (; k < rows.size(); ++k) {
        const Row& r = rows[k];
        if (r.kind == Row::Kind::column_break || r.kind == Row::Kind::title_slot) break;
        h += r.height;
        if (k > i && r.kind == Row::Kind::line && !r.heading && lines_after_heading > 0)
          --lines_after_heading;
        if (r.kind == Row::Kind::line && !r.keep && lines_after_heading == 0) break;
      }
      return h;
    };
    for (std::size_t i = 0; i < rows.size(); ++i) {
      const Row& r = rows[i];
      PdfChapterPages& pages = out[static_cast<std::size_t>(r.chapter)];
      if (r.kind == Row::Kind::column_break) {
        if (!at_top) next_column(r.chapter);
        continue;
      }
      if (r.kind == Row::Kind::gap) {
        if (!at_top) y += r.height;
        continue;
      }
      if (r.kind == Row::Kind::title_slot) {
        // A photograph and its caption fill the column down to where the
        // title and its first two lines end it.
        const Style cap = Style::caption;
        const std::string caption = "A survivor of trafficking tells her story at a shelter.";
        double tail = kColumnTitleBefore + 2 * kLeading + 1;
        for (std::size_t k = i + 2; k < rows.size() && rows[k].heading; ++k)
          tail += kColumnTitleLeading;
        double room = kBottom - y - tail - kCaptionLeading - 8;
        if (room < 40) {
          next_column(r.chapter);
          room = kBottom - y - tail - kCaptionLeading - 8;
        }
        Row photo{Row::Kind::line, cap, room - 4, {}};
        photo.boxes.push_back({0, 0, kColumnW, room - 8, 0.75});
        Row text_row{Row::Kind::line, cap, kCaptionLeading, {{caption, 0}}};
        const double x = column == 0 ? kLeft : kLeft + kColumnW + kGutter;
        draw_row(photo, x, y);
        y += photo.height;
        draw_row(text_row, x, y);
        y += text_row.height + 8 - kColumnTitleBefore;
        at_top = false;
        ++pages.photos;
        continue;
      }
      if (!at_top && y + group(i) > kBottom) next_column(r.chapter);
      const double x = column == 0 ? kLeft : kLeft + kColumnW + kGutter;
      if (at_top && r.heading && r.what != 1) ++pages.column_top_headings;
      if (r.hyphenated) ++pages.hyphenated_breaks;
      draw_row(r, x, y);
      const bool text = !r.words.empty() && (r.style == Style::body || r.style == Style::heading);
      drawn.push_back({page_, column, y, y + r.height, text});
      if (!pages.first_page) pages.first_page = page_;
      pages.last_page = page_;
      if (r.what == 1) {
        titles.push_back({static_cast<std::size_t>(r.chapter), drawn.back()});
        pages.title_column = column;
        pages.title_near_bottom = y + 4 * kLeading + r.height > kBottom;
      }
      if (r.what == 2) ++pages.charts;
      if (r.what == 3) ++pages.photos;
      if (r.what == 4) ++pages.quotes;
      y += r.height;
      at_top = false;
    }
    for (const auto& [chapter, t] : titles)
      for (const Drawn& d : drawn)
        if (d.text && d.page == t.page && d.column != t.column && d.y0 < t.y1 && d.y1 > t.y0)
          out[chapter].title_beside_text = true;
    band_top_ = kBottom;  // the next chapter starts on a new page
    return out;
  }

  // Sets rows [from, to) into one column from `top`; returns the height used.
  // Gaps at the top of a column are dropped, as a typesetter does.
  double draw_column(const std::vector<Row>& rows, std::size_t from, std::size_t to, double x,
                     double top, PdfChapterPages& pages) {
    double y = top;
    bool at_top = true;
    for (std::size_t i = from; i < to; ++i) {
      const Row& r = rows[i];
      if (r.kind != Row::Kind::line) {
        if (!at_top) y += r.height;
        continue;
      }
      if (at_top && r.heading) ++pages.column_top_headings;
      if (r.hyphenated) ++pages.hyphenated_breaks;
      draw_row(r, x, y);
      y += r.height;
      at_top = false;
    }
    pages.last_page = page_;
    return y - top;
  }

  // How many rows from `from` fit in `room` (column breaks end the column; a
  // heading is never the last line of a column).
  std::size_t fit(const std::vector<Row>& rows, std::size_t from, double room) {
    double y = 0;
    std::size_t i = from;
    bool at_top = true;
    for (; i < rows.size(); ++i) {
      const Row& r = rows[i];
      if (r.kind == Row::Kind::column_break) {
        if (!at_top) return i + 1;
        continue;
      }
      if (r.kind == Row::Kind::gap) {
        if (!at_top) y += r.height;
        continue;
      }
      if (y + r.height > room) break;
      if (r.heading) {  // keep with the two lines after it
        double ahead = y + r.height;
        int lines = 0;
        for (std::size_t k = i + 1; k < rows.size() && lines < 2; ++k) {
          ahead += rows[k].height;
          if (rows[k].kind == Row::Kind::line && !rows[k].heading) ++lines;
        }
        if (ahead > room && !at_top) break;
      }
      y += r.height;
      at_top = false;
    }
    return i;
  }

  void flow(const PdfChapter& c, const PdfChapter* next, PdfChapterPages& pages) {
    std::vector<Row> rows;
    bool after_heading = true;
    for (const PdfPiece& p : c.pieces) {
      set_.set_piece(p, after_heading, rows);
      after_heading = p.kind == PdfPiece::Kind::heading;
    }
    // The title, across both columns.
    const double need = kTitleLeading + kTitleAfter + 4 * kLeading + (page_ ? kTitleBefore : 0);
    if (page_ == 0 || c.new_page || band_top_ + need > kBottom) new_page(c.running_head);
    if (band_top_ > kTop) band_top_ += kTitleBefore;
    text(Style::title, c.title, kLeft, band_top_ + kTitleLeading - 4);
    pages.first_page = page_;
    band_top_ += kTitleLeading + kTitleAfter;
    running_head_ = c.running_head;

    const bool next_below = next && next->kind == PdfChapter::Kind::flow && !next->new_page;
    std::size_t at = 0;
    while (at < rows.size()) {
      const double room = kBottom - band_top_;
      const std::size_t col1_end = fit(rows, at, room);
      const std::size_t col2_end = fit(rows, col1_end, room);
      if (col2_end >= rows.size() && next_below) {
        // The chapter ends in this band: balance its two columns so that the
        // next title can follow below them.
        const double half = height(rows, at, rows.size()) / 2;
        std::size_t split = at;
        while (split < rows.size() && height(rows, at, split) < half) ++split;
        while (split < rows.size() && rows[split].kind != Row::Kind::line) ++split;
        std::size_t last = split;  // a heading stays with the lines after it
        while (last > at && rows[last - 1].kind != Row::Kind::line) --last;
        if (last > at && rows[last - 1].heading) split = last - 1;
        if (height(rows, at, split) <= room) {
          const double h1 = draw_column(rows, at, split, kLeft, band_top_, pages);
          const double h2 =
              draw_column(rows, split, rows.size(), kLeft + kColumnW + kGutter, band_top_, pages);
          band_top_ += std::max(h1, h2);
          return;
        }
      }
      draw_column(rows, at, col1_end, kLeft, band_top_, pages);
      draw_column(rows, col1_end, col2_end, kLeft + kColumnW + kGutter, band_top_, pages);
      at = col2_end;
      if (at < rows.size()) new_page(running_head_);
    }
    band_top_ = kBottom;  // full columns: the next chapter starts on a new page
  }

  void tier_list(const PdfChapter& c, PdfChapterPages& pages) {
    new_page(c.running_head);
    pages.first_page = page_;
    double y = band_top_ + kTitleLeading;
    text(Style::title, c.title, kLeft, y - 4);
    y += kTitleAfter;
    const auto ensure = [&](double h) {
      if (y + h <= kBottom) return;
      new_page(c.running_head);
      y = band_top_;
    };
    for (const auto& [tier, names] : c.tiers) {
      ensure(30);
      y += 12;
      text(Style::heading, tier, kLeft, y);
      y += 4;
      for (std::size_t i = 0; i < names.size(); i += 4) {
        ensure(10);
        y += 10;
        for (std::size_t k = i; k < i + 4 && k < names.size(); ++k)
          text(Style::table, names[k], kLeft + 126 * static_cast<double>(k - i), y);
      }
    }
    if (!c.table.empty()) {
      ensure(40);
      y += 20;
      text(Style::table_bold, "COUNTRY", kLeft, y);
      text(Style::table_bold, "TIER", kLeft + 300, y);
      for (const auto& [name, tier] : c.table) {
        ensure(11);
        y += 11;
        text(Style::table_bold, name, kLeft, y);
        text(Style::table, tier, kLeft + 300, y);
      }
    }
    pages.last_page = page_;
    band_top_ = kBottom;
  }

  const PdfReport& report_;
  Fonts fonts_;
  Typesetter set_;
  cairo_surface_t* surface_ = nullptr;
  cairo_t* cr_ = nullptr;
  int page_ = 0;
  double band_top_ = kTop;
  std::string running_head_;
};

}  // namespace

std::vector<PdfChapterPages> write_report_pdf(const PdfReport& report, const std::string& path) {
  Writer writer(report, path);
  return writer.run();
}

void write_image_only_pdf(const std::string& path, int pages) {
  cairo_surface_t* pdf = cairo_pdf_surface_create(path.c_str(), kPageW, kPageH);
  cairo_t* cr = cairo_create(pdf);
  // The page's text, rendered to pixels first: what a scanner produces.
  cairo_surface_t* image = cairo_image_surface_create(CAIRO_FORMAT_RGB24, 612, 792);
  cairo_t* ic = cairo_create(image);
  cairo_set_source_rgb(ic, 1, 1, 1);
  cairo_paint(ic);
  cairo_set_source_rgb(ic, 0, 0, 0);
  cairo_select_font_face(ic, "DejaVu Sans", CAIRO_FONT_SLANT_NORMAL, CAIRO_FONT_WEIGHT_BOLD);
  cairo_set_font_size(ic, 15);
  cairo_move_to(ic, 54, 90);
  cairo_show_text(ic, "BURMA: TIER 3");
  cairo_select_font_face(ic, "DejaVu Serif", CAIRO_FONT_SLANT_NORMAL, CAIRO_FONT_WEIGHT_NORMAL);
  cairo_set_font_size(ic, 8.5);
  for (int i = 0; i < 40; ++i) {
    cairo_move_to(ic, 54, 120 + 11 * i);
    cairo_show_text(ic, "The Government of Burma does not fully meet the minimum standards.");
  }
  cairo_destroy(ic);
  for (int p = 0; p < pages; ++p) {
    cairo_set_source_surface(cr, image, 0, 0);
    cairo_paint(cr);
    cairo_show_page(cr);
  }
  cairo_surface_destroy(image);
  cairo_destroy(cr);
  cairo_surface_finish(pdf);
  const bool ok = cairo_surface_status(pdf) == CAIRO_STATUS_SUCCESS;
  cairo_surface_destroy(pdf);
  if (!ok) throw std::runtime_error("pdf_maker: cannot write " + path);
}

void write_shared_content_pdf(const std::string& path, int pages, int text_objects,
                              std::size_t* word_chars) {
  std::string content;
  std::size_t chars = 0;
  for (int i = 0; i < text_objects; ++i) {
    const std::string word = "w" + std::to_string(i % 997);
    chars += word.size();
    content += "BT /F1 8 Tf " + std::to_string(40 + (i % 10) * 55) + " " +
               std::to_string(760 - ((i / 10) % 70) * 10) + " Td (" + word + ") Tj ET\n";
  }
  if (word_chars) *word_chars = chars;
  std::vector<std::string> objects = {
      "<< /Type /Catalog /Pages 2 0 R >>", "",
      "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
      "<< /Length " + std::to_string(content.size()) + " >>\nstream\n" + content + "\nendstream"};
  std::string kids;
  for (int p = 0; p < pages; ++p) {
    kids += std::to_string(5 + p) + " 0 R ";
    objects.push_back(
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R "
        ">> >> /Contents 4 0 R >>");
  }
  objects[1] = "<< /Type /Pages /Count " + std::to_string(pages) + " /Kids [" + kids + "] >>";
  std::string pdf = "%PDF-1.4\n";
  std::vector<std::size_t> offsets;
  for (std::size_t n = 0; n < objects.size(); ++n) {
    offsets.push_back(pdf.size());
    pdf += std::to_string(n + 1) + " 0 obj\n" + objects[n] + "\nendobj\n";
  }
  const std::size_t xref = pdf.size();
  pdf += "xref\n0 " + std::to_string(objects.size() + 1) + "\n0000000000 65535 f \n";
  for (std::size_t o : offsets) {
    char entry[21];
    std::snprintf(entry, sizeof entry, "%010zu 00000 n \n", o);
    pdf += entry;
  }
  pdf += "trailer\n<< /Size " + std::to_string(objects.size() + 1) +
         " /Root 1 0 R >>\nstartxref\n" + std::to_string(xref) + "\n%%EOF\n";
  std::ofstream out(path, std::ios::binary);
  out << pdf;
  if (!out.flush()) throw std::runtime_error("pdf_maker: cannot write " + path);
}

}  // namespace yoy::test
