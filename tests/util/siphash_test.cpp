// SipHash-2-4 against the reference test vectors (key 00 01 .. 0f, messages
// 00 01 .. of each length; the paper's appendix and vectors.h).
#include "yoy/util/siphash.h"

#include <gtest/gtest.h>

#include <string>

namespace {

std::string counting(std::size_t n) {
  std::string s;
  for (std::size_t i = 0; i < n; ++i) s += static_cast<char>(i);
  return s;
}

TEST(SipHash, ReferenceVectors) {
  const yoy::SipKey key = yoy::sip_key_from_bytes(counting(16));
  EXPECT_EQ(yoy::siphash24(key, ""), 0x726fdb47dd0e0e31ull);
  EXPECT_EQ(yoy::siphash24(key, counting(1)), 0x74f839c593dc67fdull);
  EXPECT_EQ(yoy::siphash24(key, counting(8)), 0x93f5f5799a932462ull);
  EXPECT_EQ(yoy::siphash24(key, counting(15)), 0xa129ca6149be45e5ull);
}

TEST(SipHash, EveryKeyBitAndMessageBitMatters) {
  const yoy::SipKey key = yoy::sip_key_from_bytes(counting(16));
  const std::uint64_t tag = yoy::siphash24(key, "yoy analysis");
  EXPECT_NE(yoy::siphash24({key.k0 ^ 1, key.k1}, "yoy analysis"), tag);
  EXPECT_NE(yoy::siphash24({key.k0, key.k1 ^ (1ull << 63)}, "yoy analysis"), tag);
  EXPECT_NE(yoy::siphash24(key, "yoy analysiS"), tag);
  EXPECT_NE(yoy::siphash24(key, std::string("yoy analysis\0", 13)), tag);
}

}  // namespace
