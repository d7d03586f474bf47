// Retries with exponential backoff, honouring Retry-After (RFC 9110 10.2.3).
#include "yoy/net/retry.h"

#include <algorithm>
#include <cctype>
#include <chrono>
#include <cmath>
#include <ctime>
#include <thread>

namespace yoy {

bool is_retryable(const HttpResponse& response) {
  if (response.status == 0) return !response.too_large;  // no answer: timeout, reset, refused
  switch (response.status) {
    case 408:
    case 429:
    case 500:
    case 502:
    case 503:
    case 504:
      return true;
    default:
      return false;
  }
}

double retry_after_seconds(const std::string& value, std::time_t now) {
  if (value.empty()) return -1;
  bool digits = true;
  for (char c : value) digits = digits && std::isdigit(static_cast<unsigned char>(c));
  if (digits) return value.size() > 9 ? 1e9 : std::stod(value);
  std::tm tm{};
  const char* end = ::strptime(value.c_str(), "%a, %d %b %Y %H:%M:%S GMT", &tm);
  if (!end || *end != '\0') return -1;
  const std::time_t at = ::timegm(&tm);
  return std::max(0.0, std::difftime(at, now));
}

double retry_wait(const RetryPolicy& policy, int attempt, const HttpResponse& last,
                  std::time_t now) {
  double wait = policy.backoff_seconds * std::pow(2.0, std::max(0, attempt - 1));
  const double asked = retry_after_seconds(header_value(last, "retry-after"), now);
  if (asked > wait) wait = asked;
  return std::min(wait, policy.max_wait_seconds);
}

std::string describe_failure(const HttpResponse& response) {
  if (response.status == 0) return response.transport_error;
  return "HTTP " + std::to_string(response.status);
}

void sleep_seconds(double seconds) {
  if (seconds > 0) std::this_thread::sleep_for(std::chrono::duration<double>(seconds));
}

HttpResponse perform_with_retries(const HttpRequest& request, const RetryPolicy& policy,
                                  const Sleeper& sleep, const RetryNotice& notice, int* attempts) {
  HttpResponse response;
  int made = 0;
  for (int attempt = 0;; ++attempt) {
    response = http_perform(request);
    ++made;
    if (!is_retryable(response) || attempt >= policy.retries) break;
    if (response.unreachable && attempt >= 1) break;
    const double wait = retry_wait(policy, attempt + 1, response, std::time(nullptr));
    if (notice) notice(attempt + 2, wait, describe_failure(response));
    if (sleep) sleep(wait);
  }
  if (attempts) *attempts = made;
  return response;
}

}  // namespace yoy
