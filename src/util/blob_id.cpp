// SHA-1 (FIPS 180-4) over git's blob header and the bytes, streamed in 64-byte blocks.
#include "yoy/util/blob_id.h"

#include <array>
#include <cstdint>
#include <cstring>

namespace yoy {

namespace {

class Sha1 {
 public:
  void update(std::string_view data) {
    for (char c : data) {
      block_[used_++] = static_cast<std::uint8_t>(c);
      if (used_ == 64) compress(), used_ = 0;
    }
    bytes_ += data.size();
  }

  std::array<std::uint8_t, 20> finish() {
    const std::uint64_t bits = bytes_ * 8;
    block_[used_++] = 0x80;
    if (used_ > 56) {
      while (used_ < 64) block_[used_++] = 0;
      compress(), used_ = 0;
    }
    while (used_ < 56) block_[used_++] = 0;
    for (int i = 7; i >= 0; --i) block_[used_++] = static_cast<std::uint8_t>(bits >> (i * 8));
    compress();
    std::array<std::uint8_t, 20> out{};
    for (int i = 0; i < 5; ++i)
      for (int b = 0; b < 4; ++b) out[i * 4 + b] = static_cast<std::uint8_t>(h_[i] >> (24 - 8 * b));
    return out;
  }

 private:
  static std::uint32_t rol(std::uint32_t x, int n) { return (x << n) | (x >> (32 - n)); }

  void compress() {
    std::uint32_t w[80];
    for (int i = 0; i < 16; ++i)
      w[i] = std::uint32_t{block_[i * 4]} << 24 | std::uint32_t{block_[i * 4 + 1]} << 16 |
             std::uint32_t{block_[i * 4 + 2]} << 8 | std::uint32_t{block_[i * 4 + 3]};
    for (int i = 16; i < 80; ++i) w[i] = rol(w[i - 3] ^ w[i - 8] ^ w[i - 14] ^ w[i - 16], 1);
    std::uint32_t a = h_[0], b = h_[1], c = h_[2], d = h_[3], e = h_[4];
    for (int i = 0; i < 80; ++i) {
      std::uint32_t f, k;
      if (i < 20)
        f = (b & c) | (~b & d), k = 0x5A827999;
      else if (i < 40)
        f = b ^ c ^ d, k = 0x6ED9EBA1;
      else if (i < 60)
        f = (b & c) | (b & d) | (c & d), k = 0x8F1BBCDC;
      else
        f = b ^ c ^ d, k = 0xCA62C1D6;
      const std::uint32_t t = rol(a, 5) + f + e + k + w[i];
      e = d, d = c, c = rol(b, 30), b = a, a = t;
    }
    h_[0] += a, h_[1] += b, h_[2] += c, h_[3] += d, h_[4] += e;
  }

  std::uint32_t h_[5] = {0x67452301, 0xEFCDAB89, 0x98BADCFE, 0x10325476, 0xC3D2E1F0};
  std::uint8_t block_[64] = {};
  std::size_t used_ = 0;
  std::uint64_t bytes_ = 0;
};

}  // namespace

std::string git_blob_id(std::string_view bytes) {
  Sha1 sha;
  const std::string header = "blob " + std::to_string(bytes.size());
  sha.update(header);
  sha.update(std::string_view("\0", 1));
  sha.update(bytes);
  static constexpr char kHex[] = "0123456789abcdef";
  std::string hex;
  for (std::uint8_t b : sha.finish()) hex += kHex[b >> 4], hex += kHex[b & 15];
  return hex;
}

}  // namespace yoy
