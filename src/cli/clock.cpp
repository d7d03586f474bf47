// now_seconds: SOURCE_DATE_EPOCH (https://reproducible-builds.org/specs/source-date-epoch/) or
// time().
#include "clock.h"

#include <cstdlib>
#include <ctime>

namespace yoy::cli {

long long now_seconds() {
  if (const char* epoch = std::getenv("SOURCE_DATE_EPOCH"); epoch && *epoch) {
    char* end = nullptr;
    const long long value = std::strtoll(epoch, &end, 10);
    if (end && *end == '\0' && value >= 0) return value;
  }
  return static_cast<long long>(std::time(nullptr));
}

std::string date_of(long long seconds) {
  const std::time_t t = static_cast<std::time_t>(seconds);
  std::tm tm{};
  ::gmtime_r(&t, &tm);
  char buffer[16];
  std::strftime(buffer, sizeof buffer, "%Y-%m-%d", &tm);
  return buffer;
}

int year_of(long long seconds) {
  const std::time_t t = static_cast<std::time_t>(seconds);
  std::tm tm{};
  ::gmtime_r(&t, &tm);
  return tm.tm_year + 1900;
}

}  // namespace yoy::cli
