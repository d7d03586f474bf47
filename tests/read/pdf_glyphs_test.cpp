// Glyph-level clean-up of the PDF reader's words (read/pdf_glyphs): ligatures
// back to letters, soft hyphens kept only where they mark a line-end break,
// invisible characters out; bold and italic faces from font names as
// typesetters name them.
#include <gtest/gtest.h>

#include "read/pdf_internal.h"

namespace yoy::pdf {
namespace {

TEST(PdfGlyphs, LigaturesAndSoftHyphensFold) {
  EXPECT_EQ(fold_glyphs("tra\xEF\xAC\x83"
                        "c"),
            "traffic");
  EXPECT_EQ(fold_glyphs("\xEF\xAC\x81nal \xEF\xAC\x82ow"), "final flow");
  EXPECT_EQ(fold_glyphs("pro\xC2\xADse\xC2\xAD"), "prose\xC2\xAD");  // kept at the end only
  EXPECT_TRUE(is_bold_font("ABCDEF+DejaVuSans-Bold"));
  EXPECT_FALSE(is_bold_font("ABCDEF+DejaVuSerif"));
}

// U+FB00..U+FB06 each, and the code points just outside that range untouched.
TEST(PdfGlyphs, EveryLigatureAndNoOther) {
  EXPECT_EQ(fold_glyphs("\xEF\xAC\x80"), "ff");
  EXPECT_EQ(fold_glyphs("\xEF\xAC\x81"), "fi");
  EXPECT_EQ(fold_glyphs("\xEF\xAC\x82"), "fl");
  EXPECT_EQ(fold_glyphs("\xEF\xAC\x83"), "ffi");
  EXPECT_EQ(fold_glyphs("\xEF\xAC\x84"), "ffl");
  EXPECT_EQ(fold_glyphs("\xEF\xAC\x85"), "st");
  EXPECT_EQ(fold_glyphs("\xEF\xAC\x86"), "st");
  EXPECT_EQ(fold_glyphs("\xEF\xAC\x87"), "\xEF\xAC\x87");  // U+FB07, not a ligature
  EXPECT_EQ(fold_glyphs("\xEF\xAB\xBF"), "\xEF\xAB\xBF");  // U+FAFF
  EXPECT_EQ(fold_glyphs("a\xEF\xAC"), "a\xEF\xAC") << "a cut sequence is left as it is";
}

TEST(PdfGlyphs, InvisibleAndControlCharactersGo) {
  EXPECT_EQ(fold_glyphs("traf\xE2\x80\x8B"
                        "ficking"),
            "trafficking");                                // zero-width space
  EXPECT_EQ(fold_glyphs("\xEF\xBB\xBFTier 3"), "Tier 3");  // zero-width no-break space
  EXPECT_EQ(fold_glyphs("Tier\t3\x01\x7F"), "Tier3");
  EXPECT_EQ(fold_glyphs("C\xC3\xB4te d'Ivoire"), "C\xC3\xB4te d'Ivoire");
  EXPECT_EQ(fold_glyphs("\xE2\x80\x8C"), "\xE2\x80\x8C") << "U+200C is not U+200B";
  EXPECT_EQ(fold_glyphs("\xC2\xAD"), "\xC2\xAD") << "a lone soft hyphen is at the end";
  EXPECT_EQ(fold_glyphs(""), "");
}

TEST(PdfGlyphs, BoldFaces) {
  for (const char* bold : {"MyriadPro-Bold", "Helvetica-Black", "Gotham-Heavy",
                           "MyriadPro-SemiboldIt", "Futura-DemiBold", "Arial-BD", "X-ExtraBold"})
    EXPECT_TRUE(is_bold_font(bold)) << bold;
  for (const char* regular :
       {"MyriadPro-Regular", "Times-Roman", "Abdul-Light", "MinionPro-It", ""})
    EXPECT_FALSE(is_bold_font(regular)) << regular;
}

TEST(PdfGlyphs, ItalicFaces) {
  for (const char* italic : {"DejaVuSans-Oblique", "Times-Italic", "X-Slanted", "MinionPro-It",
                             "MyriadPro-BoldIt", "MyriadPro-LightIt", "Gotham-MediumIt"})
    EXPECT_TRUE(is_italic_font(italic)) << italic;
  for (const char* upright :
       {"MinionPro-Regular", "MyriadPro-Bold", "Italia-Bold", "Pro-Itx", "Times-Roman", "it", ""})
    EXPECT_FALSE(is_italic_font(upright)) << upright;
}

}  // namespace
}  // namespace yoy::pdf
