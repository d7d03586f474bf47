#pragma once
// "Now" for records and dates: $SOURCE_DATE_EPOCH when set (reproducible
// runs, tests, demos), else the clock.
#include <string>

namespace yoy::cli {

long long now_seconds();
std::string date_of(long long seconds);  // YYYY-MM-DD (UTC)
int year_of(long long seconds);

}  // namespace yoy::cli
