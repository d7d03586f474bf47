// The bounds on PDF work (read/pdf_document: PdfLimits; issue 21, item 5):
// pages, words (the text objects poppler builds) on a page and in all, and
// characters, each tested on both sides, on PDFs written byte by byte in the
// reproducer's shape (support/pdf_maker: write_shared_content_pdf: many pages
// sharing one content stream). The report PDFs the tests typeset stay far
// below every bound.
#include <gtest/gtest.h>

#include <cstdio>

#include "support/pdf_samples.h"
#include "support/scratch_dir.h"
#include "yoy/read/pdf.h"
#include "yoy/util/error.h"
#include "yoy/util/files.h"

using yoy::PdfLimits;
using yoy::PdfOptions;
using yoy::PdfText;

namespace {

struct Shared {
  std::string bytes;
  std::size_t chars = 0;
};

Shared shared_pdf(int pages, int objects) {
  yoy::test::ScratchDir dir;
  const std::string path = dir / "shared.pdf";
  Shared s;
  yoy::test::write_shared_content_pdf(path, pages, objects, &s.chars);
  s.bytes = yoy::read_file(path, 1u << 30);
  return s;
}

// The one line read_pdf refuses with, or "" when it reads the file.
std::string refusal(const std::string& bytes, const PdfLimits& limits) {
  PdfOptions options;
  options.limits = limits;
  try {
    yoy::read_pdf(bytes, "shared.pdf", options);
  } catch (const yoy::InputError& e) {
    return e.what();
  }
  return "";
}

}  // namespace

TEST(PdfLimits, EachBoundAcceptsItsValueAndRefusesOneMore) {
  const Shared s = shared_pdf(3, 40);
  const PdfText pdf = yoy::read_pdf(s.bytes, "shared.pdf");
  ASSERT_EQ(pdf.pages, 3);
  // Each text object is one word at its own place.
  ASSERT_EQ(pdf.most_words_on_a_page, 40u);
  ASSERT_EQ(pdf.words, 120u);
  ASSERT_EQ(pdf.glyphs, 3 * s.chars);

  PdfLimits at;
  at.max_pages = 3;
  at.max_words_per_page = 40;
  at.max_words = 120;
  at.max_glyphs = 3 * s.chars;
  EXPECT_EQ(refusal(s.bytes, at), "");

  PdfLimits pages = at;
  pages.max_pages = 2;
  EXPECT_EQ(refusal(s.bytes, pages),
            "shared.pdf: 3 pages, more than the 2 a report PDF may have (a printed report has 400 "
            "to 700); refused");

  PdfLimits per_page = at;
  per_page.max_words_per_page = 39;
  EXPECT_NE(refusal(s.bytes, per_page).find("holds 40 words, more than the 39"), std::string::npos)
      << refusal(s.bytes, per_page);

  PdfLimits words = at;
  words.max_words = 119;
  EXPECT_NE(refusal(s.bytes, words).find("shared.pdf: more than 119 words of text by page "),
            std::string::npos)
      << refusal(s.bytes, words);

  PdfLimits glyphs = at;
  glyphs.max_glyphs = 3 * s.chars - 1;
  EXPECT_NE(refusal(s.bytes, glyphs)
                .find("more than " + std::to_string(3 * s.chars - 1) + " characters of text"),
            std::string::npos)
      << refusal(s.bytes, glyphs);
}

TEST(PdfLimits, TheReproducerIsRefusedAtItsFirstPage) {
  // Issue 21: 2,000 pages sharing one content stream of 5,000 text objects
  // (ten million words in a file of some 500 KB) cost 82 s and 2.4 GB before
  // the bounds; now its first page is too many words for a report's page.
  const Shared s = shared_pdf(2000, 5000);
  EXPECT_LT(s.bytes.size(), 600'000u);
  PdfOptions options;
  options.threads = 1;
  int read = 0;
  options.progress = [&](int done, int) { read = done; };
  try {
    yoy::read_pdf(s.bytes, "hostile.pdf", options);
    FAIL() << "ten million words read";
  } catch (const yoy::InputError& e) {
    EXPECT_STREQ(e.what(),
                 "hostile.pdf: page 1 holds 5000 words, more than the 4000 a report's page may "
                 "hold (a dense printed page holds about 1,100); refused");
  }
  EXPECT_EQ(read, 0);
}

TEST(PdfLimits, TooManyWordsInAllStopTheReadingAtThePageThatCrossesTheBound) {
  // Pages each within the bound, too many in all: reading stops at the page
  // that crosses it, the pages after it unread.
  const Shared s = shared_pdf(400, 100);
  PdfOptions options;
  options.threads = 1;
  options.limits.max_words = 10'000;
  int read = 0;
  options.progress = [&](int done, int) { read = done; };
  try {
    yoy::read_pdf(s.bytes, "many.pdf", options);
    FAIL() << "40,000 words read";
  } catch (const yoy::InputError& e) {
    EXPECT_NE(std::string(e.what()).find("many.pdf: more than 10000 words of text by page 101, "),
              std::string::npos)
        << e.what();
  }
  EXPECT_EQ(read, 100);
}

TEST(PdfLimits, AReportOfRealSizeIsFarFromEveryBound) {
  // The generated report at the size of a printed one (some 600 pages, as
  // the reports of the 2020s; the 2015 one had 384), set as the 2015 report
  // is, whose pages hold the most words: pages and words on a page under a
  // quarter of their bounds, words and characters in all under 40%.
  yoy::test::ScratchDir dir;
  const std::string path = dir / "report.pdf";
  yoy::test::write_report_pdf(yoy::test::real_size_report(yoy::test::Layout::in_column), path);
  const PdfText pdf = yoy::read_pdf(yoy::read_file(path, 1u << 30), path);
  const PdfLimits bounds;
  EXPECT_GE(pdf.pages, 500);
  EXPECT_LT(pdf.pages * 4, bounds.max_pages);
  EXPECT_LT(pdf.most_words_on_a_page * 4, bounds.max_words_per_page);
  EXPECT_LT(pdf.words * 5, bounds.max_words * 2);
  EXPECT_LT(pdf.glyphs * 5, bounds.max_glyphs * 2);
  // The densest page is a page of two full columns.
  EXPECT_GT(pdf.most_words_on_a_page, 800u);
  std::printf("real-size report: %d pages, %zu words (most on a page %zu), %zu characters\n",
              pdf.pages, pdf.words, pdf.most_words_on_a_page, pdf.glyphs);
}
