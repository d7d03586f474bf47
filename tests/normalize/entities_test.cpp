// decode_entities: named and numeric HTML character references.
#include "yoy/normalize/normalize.h"

#include <gtest/gtest.h>

namespace {

TEST(Entities, NamedAndNumeric) {
  EXPECT_EQ(yoy::decode_entities("A &amp; B &mdash; &#8220;x&#x201D; &bogus; & &#;"),
            "A & B \xE2\x80\x94 \xE2\x80\x9Cx\xE2\x80\x9D &bogus; & &#;");
  EXPECT_EQ(yoy::decode_entities("&#0;"), "\xEF\xBF\xBD");
}

}  // namespace
