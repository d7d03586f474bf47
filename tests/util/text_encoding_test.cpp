// Legacy single-byte pages to UTF-8: charset labels as browsers read them
// (WHATWG), windows-1252 decoding (0x80..0x9F too), and the offset map that
// points decoded text back at the downloaded bytes. The sentence is the seed's
// (2025 North Korea), as a windows-1252 page would hold it.
#include "yoy/util/text_encoding.h"

#include <gtest/gtest.h>

#include <string>

using yoy::Charset;
using yoy::charset_from_label;
using yoy::OffsetMap;
using yoy::windows1252_to_utf8;

TEST(TextEncoding, LabelsAsBrowsersReadThem) {
  EXPECT_EQ(charset_from_label("utf-8"), Charset::utf8);
  EXPECT_EQ(charset_from_label(" UTF8 "), Charset::utf8);
  EXPECT_EQ(charset_from_label("Unicode-1-1-UTF-8"), Charset::utf8);
  // ISO-8859-1 and US-ASCII are decoded as windows-1252, as browsers do.
  for (const char* label :
       {"windows-1252", "ISO-8859-1", "latin1", "cp1252", "us-ascii", "iso_8859-1:1987", "\tl1\n"})
    EXPECT_EQ(charset_from_label(label), Charset::windows1252) << label;
  for (const char* label : {"", "utf-16", "shift_jis", "iso-8859-2", "windows-1251", "utf-8x"})
    EXPECT_EQ(charset_from_label(label), Charset::unsupported) << label;
}

TEST(TextEncoding, Windows1252ToUtf8) {
  // ASCII stays byte for byte.
  EXPECT_EQ(windows1252_to_utf8("The DPRK remained on Tier 3.", nullptr),
            "The DPRK remained on Tier 3.");
  // 0x93 0x94 curly quotes, 0x96 en dash, 0x80 euro, 0x9F Ÿ; 0xA0..0xFF as Latin-1.
  EXPECT_EQ(windows1252_to_utf8("\x93labor training centers\x94", nullptr),
            "\xE2\x80\x9Clabor training centers\xE2\x80\x9D");
  EXPECT_EQ(windows1252_to_utf8("2023\x96"
                                "24",
                                nullptr),
            "2023\xE2\x80\x93"
            "24");
  EXPECT_EQ(windows1252_to_utf8("\x80\x9F", nullptr), "\xE2\x82\xAC\xC5\xB8");
  EXPECT_EQ(windows1252_to_utf8("C\xF4te d\x92Ivoire", nullptr), "C\xC3\xB4te d\xE2\x80\x99Ivoire");
  EXPECT_EQ(windows1252_to_utf8("\xA0\xFF", nullptr), "\xC2\xA0\xC3\xBF");
  // The five holes of the 0x80..0x9F block become C1 controls (U+0081 ...), never dropped.
  EXPECT_EQ(windows1252_to_utf8("\x81\x8D\x8F\x90\x9D", nullptr),
            "\xC2\x81\xC2\x8D\xC2\x8F\xC2\x90\xC2\x9D");
}

TEST(TextEncoding, OffsetsMapBackToTheSourceBytes) {
  // "C" 0xF4 "te d" 0x92 "Ivoire": ô is 2 bytes decoded, ’ is 3.
  const std::string source = "C\xF4te d\x92Ivoire";
  OffsetMap map;
  const std::string decoded = windows1252_to_utf8(source, &map);
  ASSERT_EQ(decoded, "C\xC3\xB4te d\xE2\x80\x99Ivoire");
  EXPECT_EQ(map.to_source(0), 0u);                          // C
  EXPECT_EQ(map.to_source(1), 1u);                          // ô, first byte
  EXPECT_EQ(map.to_source(2), 1u);                          // ô, second byte: the same source byte
  EXPECT_EQ(map.to_source(3), 2u);                          // t
  EXPECT_EQ(map.to_source(7), 6u);                          // ’
  EXPECT_EQ(map.to_source(9), 6u);                          // ’, last byte
  EXPECT_EQ(map.to_source(10), 7u);                         // I
  EXPECT_EQ(map.to_source(decoded.size()), source.size());  // the end maps to the end
  // Every decoded character starts at the source byte it came from.
  for (std::size_t d = 0, s = 0; d < decoded.size(); ++s) {
    EXPECT_EQ(map.to_source(d), s) << d;
    const auto lead = static_cast<unsigned char>(decoded[d]);
    d += lead < 0x80 ? 1 : lead < 0xE0 ? 2 : 3;
  }
}

TEST(TextEncoding, AShiftedMapCountsAPrefix) {
  // A BOM of 3 bytes before UTF-8 text: identity plus 3.
  const OffsetMap bom(3);
  EXPECT_EQ(bom.to_source(0), 3u);
  EXPECT_EQ(bom.to_source(10), 13u);
  // A shift and widened characters together.
  OffsetMap map(2);
  map.add_widened(4, 4,
                  2);  // one 2-byte character decoded at 4 from source byte 4 (before the shift)
  EXPECT_EQ(map.to_source(3), 5u);
  EXPECT_EQ(map.to_source(4), 6u);
  EXPECT_EQ(map.to_source(5), 6u);
  EXPECT_EQ(map.to_source(6), 7u);
  // Without widened characters the map is the identity.
  EXPECT_EQ(OffsetMap().to_source(42), 42u);
}
