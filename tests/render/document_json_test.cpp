// document_to_json / document_to_text: the Document as `yoy parse` prints it.
#include "yoy/render/document_json.h"

#include <gtest/gtest.h>

#include "support/stage_inputs.h"

namespace {

TEST(DocumentJson, DeterministicAndComplete) {
  const std::string text = "RURITANIA (Tier 2)\n\nIt holds an estimated 5,000 persons. Next.\n";
  const auto a = yoy::document_to_json(yoy::test::parsed_text(text, "r.txt"));
  const auto b = yoy::document_to_json(yoy::test::parsed_text(text, "r.txt"));
  EXPECT_EQ(a, b);
  EXPECT_NE(a.find("\"format\": \"yoy.document/1\""), std::string::npos);
  EXPECT_NE(a.find("\"value\": \"Tier 2\""), std::string::npos);
  EXPECT_NE(a.find("\"values\": [\n                5000\n"), std::string::npos) << a;
  const auto t = yoy::document_to_text(yoy::test::parsed_text(text, "r.txt"));
  EXPECT_NE(t.find("rating: Tier 2"), std::string::npos);
  EXPECT_NE(t.find("5,000"), std::string::npos);
}

}  // namespace
