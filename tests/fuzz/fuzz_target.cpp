// One libFuzzer target; YOY_FUZZ_ENTRY names the entry point of
// tests/support/fuzz_entries.h it drives (set by tests/fuzz/CMakeLists.txt).
// Returning or throwing InputError is fine; any other exception, a crash, a
// sanitizer report, a hang or runaway memory is a finding.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "support/fuzz_entries.h"
#include "yoy/util/error.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  try {
    yoy::fuzz::YOY_FUZZ_ENTRY(std::string_view(reinterpret_cast<const char*>(data), size));
  } catch (const yoy::InputError&) {
  }
  return 0;
}
