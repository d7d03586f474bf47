#pragma once
// When to ask again, and how long to wait first: timeouts, lost connections,
// 429 Too Many Requests and 5xx answers are retried with exponential backoff;
// a Retry-After header (seconds or an HTTP date) is honoured up to a cap.
#include <ctime>
#include <functional>
#include <string>

#include "yoy/net/http.h"

namespace yoy {

struct RetryPolicy {
  int retries = 4;                // after the first attempt
  double backoff_seconds = 5;     // the first wait, doubled each time
  double max_wait_seconds = 300;  // no wait longer than this (Retry-After included)
};

// Worth another attempt: no answer at all (timeout, connection lost), 408, 429, 500, 502, 503, 504.
bool is_retryable(const HttpResponse& response);

// Seconds a Retry-After value asks for ("120", or "Wed, 21 Oct 2015 07:28:00 GMT"
// against `now`); negative when absent or unreadable.
double retry_after_seconds(const std::string& value, std::time_t now);

// The wait before attempt `attempt` (1 = the first retry): backoff * 2^(attempt-1),
// or what Retry-After asks when longer; never over the cap.
double retry_wait(const RetryPolicy& policy, int attempt, const HttpResponse& last,
                  std::time_t now);

// Called before each wait: the attempt about to be made, the wait, the reason.
using RetryNotice = std::function<void(int attempt, double wait_seconds, const std::string& why)>;
using Sleeper = std::function<void(double seconds)>;

// http_perform, retried as the policy says; a host that cannot be reached at
// all (its name does not resolve, it refuses connections) gets one retry only:
// it will not answer the next request either. `sleep` waits (tests pass one that
// records instead); `attempts` is set to how many requests were made.
HttpResponse perform_with_retries(const HttpRequest& request, const RetryPolicy& policy,
                                  const Sleeper& sleep, const RetryNotice& notice = {},
                                  int* attempts = nullptr);

// What went wrong with an answer, for messages: "HTTP 503", "timed out after 60000 ms".
std::string describe_failure(const HttpResponse& response);

// Sleeps for real (the default sleeper).
void sleep_seconds(double seconds);

}  // namespace yoy
