// SipHash-2-4 as in the paper's reference implementation (little-endian words).
#include "yoy/util/siphash.h"

#include <cstring>

namespace yoy {

namespace {

std::uint64_t rotl(std::uint64_t x, int b) { return (x << b) | (x >> (64 - b)); }

std::uint64_t load_le(const unsigned char* p, std::size_t n) {
  std::uint64_t v = 0;
  for (std::size_t i = 0; i < n; ++i) v |= std::uint64_t{p[i]} << (8 * i);
  return v;
}

struct State {
  std::uint64_t v0, v1, v2, v3;
  void round() {
    v0 += v1;
    v1 = rotl(v1, 13);
    v1 ^= v0;
    v0 = rotl(v0, 32);
    v2 += v3;
    v3 = rotl(v3, 16);
    v3 ^= v2;
    v0 += v3;
    v3 = rotl(v3, 21);
    v3 ^= v0;
    v2 += v1;
    v1 = rotl(v1, 17);
    v1 ^= v2;
    v2 = rotl(v2, 32);
  }
  void absorb(std::uint64_t m) {
    v3 ^= m;
    round();
    round();
    v0 ^= m;
  }
};

}  // namespace

SipKey sip_key_from_bytes(std::string_view bytes) {
  unsigned char k[16] = {};
  std::memcpy(k, bytes.data(), bytes.size() < 16 ? bytes.size() : 16);
  return {load_le(k, 8), load_le(k + 8, 8)};
}

std::uint64_t siphash24(const SipKey& key, std::string_view message) {
  State s{0x736f6d6570736575ull ^ key.k0, 0x646f72616e646f6dull ^ key.k1,
          0x6c7967656e657261ull ^ key.k0, 0x7465646279746573ull ^ key.k1};
  const auto* p = reinterpret_cast<const unsigned char*>(message.data());
  const std::size_t n = message.size();
  std::size_t i = 0;
  for (; i + 8 <= n; i += 8) s.absorb(load_le(p + i, 8));
  s.absorb(load_le(p + i, n - i) | (std::uint64_t{n & 0xff} << 56));
  s.v2 ^= 0xff;
  for (int r = 0; r < 4; ++r) s.round();
  return s.v0 ^ s.v1 ^ s.v2 ^ s.v3;
}

}  // namespace yoy
