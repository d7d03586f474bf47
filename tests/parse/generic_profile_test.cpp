// The generic profile: text without a known structure, Markdown headings as sections.
#include <gtest/gtest.h>

#include "yoy/parse/parse.h"

namespace {

yoy::Document parse_text(const std::string& text, const std::string& path) {
  yoy::ParseOptions o;
  o.source_path = path;
  return yoy::parse_document(text, o);
}

TEST(Generic, NoStructureIsOneSection) {
  const auto d = parse_text("just some words\nwrapped over lines\n\nand a second paragraph here.\n",
                            "notes.txt");
  EXPECT_EQ(d.profile, "generic");
  ASSERT_EQ(d.sections.size(), 1u);
  EXPECT_EQ(d.sections[0].key, "body");
  ASSERT_EQ(d.sections[0].blocks.size(), 2u);
  EXPECT_EQ(d.sections[0].blocks[0].text, "just some words wrapped over lines");
}

TEST(Generic, MarkdownHeadingsMakeSections) {
  const auto d = parse_text("# Annual Review\n\nIntro.\n\n## Findings\n\n- one\n- two\n", "r.md");
  EXPECT_EQ(d.profile, "generic");
  EXPECT_EQ(d.title, "Annual Review");
  ASSERT_EQ(d.sections.size(), 2u);
  EXPECT_EQ(d.sections[1].key, "findings");
  EXPECT_TRUE(d.sections[1].is_list);
}

}  // namespace
