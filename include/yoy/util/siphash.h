#pragma once
// SipHash-2-4 (Aumasson and Bernstein, 2012): a keyed 64-bit hash, a message
// authentication code for short inputs. Without the 128-bit key nobody can
// make a tag that checks; the analysis cache seals its entries with it.
#include <cstdint>
#include <string_view>

namespace yoy {

struct SipKey {
  std::uint64_t k0 = 0, k1 = 0;
};

// The key from 16 bytes, read little-endian as the reference implementation does.
SipKey sip_key_from_bytes(std::string_view sixteen_bytes);

std::uint64_t siphash24(const SipKey& key, std::string_view message);

}  // namespace yoy
