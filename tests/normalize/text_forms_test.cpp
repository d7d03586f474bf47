// Comparison forms: NFC, folded quotes, dashes and spaces, section keys.
#include "yoy/normalize/normalize.h"

#include <gtest/gtest.h>

#include <utf8proc.h>

#include <cstdint>

namespace {

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
