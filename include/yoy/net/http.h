#pragma once
// HTTP through libcurl: one request, one answer, bounded in time and size.
// Knows no report and no retry policy (retry.h); never prints anything.
#include <cstddef>
#include <map>
#include <string>
#include <vector>

namespace yoy {

struct HttpRequest {
  std::string method = "GET";  // GET | POST
  std::string url;
  std::vector<std::string> headers;  // "Name: value"
  std::string body;                  // POST
  std::string user_agent;
  long timeout_ms = 60'000;                       // the whole exchange
  long connect_timeout_ms = 15'000;               // reaching the host
  std::size_t max_bytes = std::size_t{64} << 20;  // a larger body is refused
};

struct HttpResponse {
  long status = 0;                             // 0: no answer (transport_error says why)
  std::map<std::string, std::string> headers;  // names lower-cased; the last of repeated ones
  std::string body;
  // "" when an HTTP answer came; else what went wrong ("timed out after 2000 ms",
  // "connection refused", "body over 67108864 bytes"). Never the URL (it may be a secret).
  std::string transport_error;
  bool timed_out = false;
  bool too_large = false;
  bool unreachable = false;  // the host's name did not resolve or it refused the connection
};

// Performs the request (http:// and https:// only: redirects followed, at most 5,
// never to another scheme). Never throws for network trouble: the answer says it.
HttpResponse http_perform(const HttpRequest& request);

// The value of header `name` (lower-case) or "".
std::string header_value(const HttpResponse& response, const std::string& name);

// "scheme://host[:port]/path" with scheme http or https and a host: false for anything else.
bool is_http_url(const std::string& url);

}  // namespace yoy
