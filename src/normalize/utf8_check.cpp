// check_utf8: refuse bytes that are not UTF-8 text, naming where they fail.
#include <string>

#include "yoy/normalize/normalize.h"
#include "yoy/util/error.h"
#include "yoy/util/utf8.h"

namespace yoy {

namespace {

[[noreturn]] void fail(std::string_view where, const std::string& what) {
  throw InputError(std::string(where) + ": " + what);
}

}  // namespace

void check_utf8(std::string_view bytes, std::string_view where) {
  if (bytes.size() >= 2) {
    const auto b0 = static_cast<unsigned char>(bytes[0]);
    const auto b1 = static_cast<unsigned char>(bytes[1]);
    if ((b0 == 0xFF && b1 == 0xFE) || (b0 == 0xFE && b1 == 0xFF))
      fail(where, "UTF-16 text (byte-order mark at byte 0); convert it to UTF-8");
  }
  // The first fault decides the message: a NUL byte or a broken sequence.
  const std::size_t nul = bytes.find('\0');
  const std::size_t bad = first_invalid_utf8(bytes);
  if (nul < bad) fail(where, "binary file (NUL byte at byte " + std::to_string(nul) + ")");
  if (bad != std::string_view::npos) fail(where, "invalid UTF-8 at byte " + std::to_string(bad));
}

}  // namespace yoy
