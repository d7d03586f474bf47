// When to ask again and how long to wait: backoff doubling, Retry-After in
// seconds and as an HTTP date (RFC 9110's own example date), the cap; which
// answers are worth another attempt.
#include "yoy/net/retry.h"

#include <gtest/gtest.h>

namespace yoy {
namespace {

HttpResponse answer(long status, const std::string& retry_after = "") {
  HttpResponse r;
  r.status = status;
  if (!retry_after.empty()) r.headers["retry-after"] = retry_after;
  return r;
}

TEST(Retry, RetryableAnswers) {
  for (long status : {408L, 429L, 500L, 502L, 503L, 504L})
    EXPECT_TRUE(is_retryable(answer(status))) << status;
  for (long status : {200L, 304L, 400L, 401L, 403L, 404L, 410L, 501L})
    EXPECT_FALSE(is_retryable(answer(status))) << status;
  HttpResponse timeout;
  timeout.transport_error = "timed out after 2000 ms";
  timeout.timed_out = true;
  EXPECT_TRUE(is_retryable(timeout));
  HttpResponse too_large;
  too_large.transport_error = "answer over 10 bytes";
  too_large.too_large = true;
  EXPECT_FALSE(is_retryable(too_large));  // asking again gets the same bytes
}

TEST(Retry, RetryAfterSecondsAndDates) {
  // "Wed, 21 Oct 2015 07:28:00 GMT" is RFC 9110's example; 120 s after `now`.
  const std::time_t now = 1445412360;  // 2015-10-21 07:26:00 UTC
  EXPECT_DOUBLE_EQ(retry_after_seconds("120", now), 120);
  EXPECT_DOUBLE_EQ(retry_after_seconds("Wed, 21 Oct 2015 07:28:00 GMT", now), 120);
  EXPECT_DOUBLE_EQ(retry_after_seconds("Wed, 21 Oct 2015 07:20:00 GMT", now), 0);  // past: now
  EXPECT_LT(retry_after_seconds("", now), 0);
  EXPECT_LT(retry_after_seconds("soon", now), 0);
  EXPECT_LT(retry_after_seconds("-5", now), 0);
}

TEST(Retry, WaitDoublesHonoursRetryAfterAndIsCapped) {
  RetryPolicy policy;
  policy.backoff_seconds = 5;
  policy.max_wait_seconds = 300;
  EXPECT_DOUBLE_EQ(retry_wait(policy, 1, answer(503), 0), 5);
  EXPECT_DOUBLE_EQ(retry_wait(policy, 2, answer(503), 0), 10);
  EXPECT_DOUBLE_EQ(retry_wait(policy, 3, answer(503), 0), 20);
  EXPECT_DOUBLE_EQ(retry_wait(policy, 1, answer(429, "30"), 0), 30);  // longer than the backoff
  EXPECT_DOUBLE_EQ(retry_wait(policy, 3, answer(429, "1"), 0), 20);   // shorter: the backoff stays
  EXPECT_DOUBLE_EQ(retry_wait(policy, 1, answer(429, "86400"), 0), 300);  // capped
  EXPECT_DOUBLE_EQ(retry_wait(policy, 20, answer(503), 0), 300);
}

TEST(Retry, UnreachableHostIsRetriedOnce) {
  // Port 9 on 127.0.0.1 (discard) is closed here: connection refused, no network needed.
  HttpRequest request;
  request.url = "http://127.0.0.1:9/";
  request.timeout_ms = 2000;
  RetryPolicy policy;
  policy.retries = 2;
  policy.backoff_seconds = 0.5;
  std::vector<double> waits;
  int attempts = 0;
  const HttpResponse r = perform_with_retries(
      request, policy, [&](double s) { waits.push_back(s); }, {}, &attempts);
  EXPECT_EQ(r.status, 0);
  EXPECT_FALSE(r.transport_error.empty());
  EXPECT_TRUE(r.unreachable);
  EXPECT_EQ(attempts, 2);  // not 3: a refusing host will refuse again
  EXPECT_EQ(waits, (std::vector<double>{0.5}));
  EXPECT_EQ(describe_failure(r), r.transport_error);
}

TEST(Retry, HttpUrls) {
  EXPECT_TRUE(
      is_http_url("https://www.state.gov/reports/2025-trafficking-in-persons-report/burma/"));
  EXPECT_TRUE(is_http_url("http://127.0.0.1:8080/x"));
  EXPECT_FALSE(is_http_url("ftp://example.org/x"));
  EXPECT_FALSE(is_http_url("file:///etc/passwd"));
  EXPECT_FALSE(is_http_url("https:///path"));
  EXPECT_FALSE(is_http_url("https://exa mple.org/"));
  EXPECT_FALSE(is_http_url("example.org"));
}

}  // namespace
}  // namespace yoy
