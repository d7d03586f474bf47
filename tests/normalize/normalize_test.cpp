// Normalizer: UTF-8 checks, chrome removal, paragraph rejoining, comparison forms, sentences.
#include "yoy/normalize/normalize.h"

#include <gtest/gtest.h>

#include <utf8proc.h>

#include <cstdlib>

#include "yoy/util/error.h"

namespace {

std::string error_of(std::string_view bytes) {
  try {
    yoy::check_utf8(bytes, "f.txt");
  } catch (const yoy::InputError& e) {
    return e.what();
  }
  return "";
}

TEST(CheckUtf8, AcceptsValidText) {
  EXPECT_EQ(error_of("plain ascii"), "");
  EXPECT_EQ(error_of("caf\xC3\xA9 \xE2\x80\x9Cquoted\xE2\x80\x9D \xF0\x9F\x98\x80"), "");
  EXPECT_EQ(error_of("\xEF\xBB\xBFwith BOM"), "");
}

TEST(CheckUtf8, NamesTheByteOffset) {
  EXPECT_EQ(error_of("abc\xFF"), "f.txt: invalid UTF-8 at byte 3");
  EXPECT_EQ(error_of("ab\xC3"), "f.txt: invalid UTF-8 at byte 2");            // truncated
  EXPECT_EQ(error_of("x\xC0\xAF"), "f.txt: invalid UTF-8 at byte 1");         // overlong
  EXPECT_EQ(error_of("xy\xED\xA0\x80"), "f.txt: invalid UTF-8 at byte 2");    // surrogate
  EXPECT_EQ(error_of("\xF4\x90\x80\x80"), "f.txt: invalid UTF-8 at byte 0");  // > U+10FFFF
}

TEST(CheckUtf8, RefusesBinaryAndUtf16) {
  EXPECT_EQ(error_of(std::string_view("ab\0cd", 5)), "f.txt: binary file (NUL byte at byte 2)");
  EXPECT_NE(error_of(std::string_view("\xFF\xFEh\0i\0", 6)).find("UTF-16"), std::string::npos);
}

TEST(Entities, NamedAndNumeric) {
  EXPECT_EQ(yoy::decode_entities("A &amp; B &mdash; &#8220;x&#x201D; &bogus; & &#;"),
            "A & B \xE2\x80\x94 \xE2\x80\x9Cx\xE2\x80\x9D &bogus; & &#;");
  EXPECT_EQ(yoy::decode_entities("&#0;"), "\xEF\xBF\xBD");
}

TEST(Nfc, ComposesDecomposedLetters) {
  EXPECT_EQ(yoy::nfc("Cote\xCC\x82"), "Cot\xC3\xAA");  // e + combining circumflex → ê
  EXPECT_EQ(yoy::nfc("ascii"), "ascii");
}

TEST(CompareForm, FoldsQuotesDashesAndSpaces) {
  EXPECT_EQ(yoy::compare_form("  \xE2\x80\x9Creform\xE2\x80\x9D  the government\xE2\x80\x99s\n"
                              "law \xE2\x80\x93 here&nbsp;now\xE2\x80\xA6 "),
            "\"reform\" the government's law - here now...");
  EXPECT_EQ(yoy::compare_form("Same Case"), "Same Case");
  EXPECT_EQ(yoy::compare_form("Cote\xCC\x82"), yoy::compare_form("Cot\xC3\xAA"));
}

TEST(SectionKey, Normalized) {
  EXPECT_EQ(yoy::section_key("PRIORITIZED RECOMMENDATIONS:"), "prioritized-recommendations");
  EXPECT_EQ(yoy::section_key("Trafficking Profile"), "trafficking-profile");
  EXPECT_EQ(yoy::section_key(" Prosecution. "), "prosecution");
}

TEST(Sentences, AbbreviationAware) {
  const auto s = yoy::split_sentences(
      "The U.S. government helped, e.g. with funds. Dr. Kim agreed. \xE2\x80\x9CIt "
      "works.\xE2\x80\x9D "
      "Then 3.5 percent. Is it? Yes!");
  ASSERT_EQ(s.size(), 6u);
  EXPECT_EQ(s[0], "The U.S. government helped, e.g. with funds.");
  EXPECT_EQ(s[1], "Dr. Kim agreed.");
  EXPECT_EQ(s[2], "\xE2\x80\x9CIt works.\xE2\x80\x9D");
  EXPECT_EQ(s[3], "Then 3.5 percent.");
  EXPECT_EQ(s[4], "Is it?");
  EXPECT_EQ(s[5], "Yes!");
}

TEST(Sentences, ClosingQuoteEndsSentence) {
  const auto s =
      yoy::split_sentences("They face \xE2\x80\x9Creform.\xE2\x80\x9D In some cases, more.");
  ASSERT_EQ(s.size(), 2u);
  EXPECT_EQ(s[1], "In some cases, more.");
}

TEST(NormalizeText, DropsChromeKeepsTags) {
  const auto c = yoy::normalize_text(
      "FEDERAL GOVERNMENT SHUTDOWN\n\nDue to the shutdown, website updates will be limited.\n\n"
      "U.S. DEPARTMENT *of* STATE\n\n[Home](#) > ... > Page\n\n"
      "2024 Trafficking in Persons Report: Ruritania\n\nIN THIS SECTION /\nRURITANIA (TIER 1).\n\n"
      "Body mentions FOIA and Privacy Policy in a "
      "sentence.\n\nTAGS\n\n[Reports](#)\n\n[Ruritania](#)\n\n"
      "White House\n\n[Privacy Policy](#)\n\n[FOIA](#)\n");
  EXPECT_EQ(c.title, "2024 Trafficking in Persons Report: Ruritania");
  ASSERT_EQ(c.blocks.size(), 1u);
  EXPECT_EQ(c.blocks[0].text, "Body mentions FOIA and Privacy Policy in a sentence.");
  EXPECT_EQ(c.tags, (std::vector<std::string>{"Reports", "Ruritania"}));
}

TEST(NormalizeText, JoinsSoftBreaksAndPageCuts) {
  const std::string text =
      "First paragraph that is long enough and wraps\nacross two lines.\n\n"
      "A paragraph cut by a page break in the middle of the\n\nsentence continues here.\n\n"
      "A finished paragraph that ends properly here.\n\nlower-case start stays apart.\n";
  const auto c = yoy::normalize_text(text);
  ASSERT_EQ(c.blocks.size(), 4u);
  EXPECT_EQ(c.blocks[0].text, "First paragraph that is long enough and wraps across two lines.");
  EXPECT_EQ(c.blocks[1].text,
            "A paragraph cut by a page break in the middle of the sentence continues here.");
  EXPECT_EQ(text.substr(c.blocks[1].span.begin, c.blocks[1].span.end - c.blocks[1].span.begin),
            "A paragraph cut by a page break in the middle of the\n\nsentence continues here.");
  EXPECT_EQ(c.blocks[3].text, "lower-case start stays apart.");
}

TEST(NormalizeText, MarkdownHeadingsLinksAndEntities) {
  const auto c = yoy::normalize_text(
      "# Title\n\n## Section Two ##\n\nSee [the law](https://x.org/law) &amp; [sic] text.\n\n"
      "Setext\n------\n\n* item one\n* item\n  continued\n");
  ASSERT_EQ(c.blocks.size(), 6u);
  EXPECT_EQ(c.blocks[0].heading_level, 1);
  EXPECT_EQ(c.blocks[1].text, "Section Two");
  EXPECT_EQ(c.blocks[1].heading_level, 2);
  EXPECT_EQ(c.blocks[2].text, "See the law & [sic] text.");
  EXPECT_EQ(c.blocks[3].heading_level, 2);
  EXPECT_TRUE(c.blocks[4].list_item);
  EXPECT_EQ(c.blocks[5].text, "item continued");
}

TEST(NormalizeText, BomKeepsSpansTrue) {
  const std::string text = "\xEF\xBB\xBFHello there.\n";
  const auto c = yoy::normalize_text(text);
  ASSERT_EQ(c.blocks.size(), 1u);
  EXPECT_EQ(text.substr(c.blocks[0].span.begin, c.blocks[0].span.end - c.blocks[0].span.begin),
            "Hello there.");
}

TEST(NormalizeText, CrlfAndEmpty) {
  EXPECT_TRUE(yoy::normalize_text("").blocks.empty());
  const auto c = yoy::normalize_text("One line\r\nand more.\r\n\r\nTwo.\r\n");
  ASSERT_EQ(c.blocks.size(), 2u);
  EXPECT_EQ(c.blocks[0].text, "One line and more.");
}

}  // namespace

namespace {

// nfc() skips utf8proc for text made only of code points below U+0300 and of
// U+2010..U+205E; utf8proc itself must agree that NFC leaves each of them alone.
TEST(Nfc, FastPathRangesAreStable) {
  const auto check = [](std::uint32_t cp) {
    utf8proc_uint8_t buf[8];
    const auto n = utf8proc_encode_char(static_cast<utf8proc_int32_t>(cp), buf);
    std::string one(reinterpret_cast<char*>(buf), static_cast<std::size_t>(n));
    const std::string pair = "A" + one + "e";
    utf8proc_uint8_t* out = nullptr;
    const auto m = utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(pair.data()),
                                static_cast<utf8proc_ssize_t>(pair.size()), &out,
                                static_cast<utf8proc_option_t>(UTF8PROC_STABLE | UTF8PROC_COMPOSE));
    const std::string mapped(reinterpret_cast<char*>(out), static_cast<std::size_t>(m));
    std::free(out);
    EXPECT_EQ(mapped, pair) << "U+" << std::hex << cp;
    EXPECT_EQ(utf8proc_get_property(static_cast<utf8proc_int32_t>(cp))->combining_class, 0);
  };
  for (std::uint32_t cp = 0x20; cp < 0x300; ++cp)
    if (cp < 0x7F || cp >= 0xA0) check(cp);
  for (std::uint32_t cp = 0x2010; cp <= 0x205E; ++cp) check(cp);
}

}  // namespace
