// http_perform: one libcurl easy handle per request; the body is read into
// memory up to a cap, headers are kept lower-cased (those of the last answer
// when redirects were followed).
#include "yoy/net/http.h"

#include <curl/curl.h>

#include <cctype>
#include <memory>
#include <mutex>

#include "net/curl_global.h"

namespace yoy {

namespace {

struct Transfer {
  HttpResponse* response;
  std::size_t max_bytes;
};

std::size_t on_body(char* data, std::size_t size, std::size_t count, void* user) {
  auto* transfer = static_cast<Transfer*>(user);
  const std::size_t bytes = size * count;
  if (transfer->response->body.size() + bytes > transfer->max_bytes) {
    transfer->response->too_large = true;
    return 0;  // libcurl stops with CURLE_WRITE_ERROR
  }
  transfer->response->body.append(data, bytes);
  return bytes;
}

std::string trim(std::string text) {
  while (!text.empty() && std::isspace(static_cast<unsigned char>(text.back()))) text.pop_back();
  std::size_t start = 0;
  while (start < text.size() && std::isspace(static_cast<unsigned char>(text[start]))) ++start;
  return text.substr(start);
}

std::size_t on_header(char* data, std::size_t size, std::size_t count, void* user) {
  auto* transfer = static_cast<Transfer*>(user);
  const std::size_t bytes = size * count;
  const std::string line(data, bytes);
  // A status line opens each answer (a redirect's, then the next): keep only the last's headers.
  if (line.rfind("HTTP/", 0) == 0) {
    transfer->response->headers.clear();
    return bytes;
  }
  const std::size_t colon = line.find(':');
  if (colon == std::string::npos) return bytes;
  std::string name = line.substr(0, colon);
  for (char& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  transfer->response->headers[trim(name)] = trim(line.substr(colon + 1));
  return bytes;
}

struct CurlDeleter {
  void operator()(CURL* curl) const { curl_easy_cleanup(curl); }
};
struct ListDeleter {
  void operator()(curl_slist* list) const { curl_slist_free_all(list); }
};

}  // namespace

bool is_http_url(const std::string& url) {
  std::size_t rest = 0;
  if (url.rfind("http://", 0) == 0) {
    rest = 7;
  } else if (url.rfind("https://", 0) == 0) {
    rest = 8;
  } else {
    return false;
  }
  if (rest >= url.size() || url[rest] == '/' || url[rest] == ':' || url[rest] == '?') return false;
  for (char c : url)
    if (static_cast<unsigned char>(c) <= ' ' || c == 0x7f) return false;
  return true;
}

std::string header_value(const HttpResponse& response, const std::string& name) {
  auto it = response.headers.find(name);
  return it == response.headers.end() ? std::string() : it->second;
}

HttpResponse http_perform(const HttpRequest& request) {
  net_detail::init_curl();
  HttpResponse response;
  if (!is_http_url(request.url)) {
    response.transport_error = "not an http:// or https:// URL";
    return response;
  }
  std::unique_ptr<CURL, CurlDeleter> curl(curl_easy_init());
  if (!curl) {
    response.transport_error = "libcurl could not start a transfer";
    return response;
  }
  Transfer transfer{&response, request.max_bytes};
  std::unique_ptr<curl_slist, ListDeleter> headers;
  for (const std::string& header : request.headers) {
    curl_slist* grown = curl_slist_append(headers.get(), header.c_str());
    if (!grown) {
      response.transport_error = "out of memory";
      return response;
    }
    (void)headers.release();
    headers.reset(grown);
  }
  CURL* h = curl.get();
  curl_easy_setopt(h, CURLOPT_URL, request.url.c_str());
  curl_easy_setopt(h, CURLOPT_PROTOCOLS_STR, "http,https");
  curl_easy_setopt(h, CURLOPT_REDIR_PROTOCOLS_STR, "http,https");
  curl_easy_setopt(h, CURLOPT_FOLLOWLOCATION, 1L);
  curl_easy_setopt(h, CURLOPT_MAXREDIRS, 5L);
  curl_easy_setopt(h, CURLOPT_NOSIGNAL, 1L);
  curl_easy_setopt(h, CURLOPT_TIMEOUT_MS, request.timeout_ms);
  curl_easy_setopt(h, CURLOPT_CONNECTTIMEOUT_MS, request.connect_timeout_ms);
  curl_easy_setopt(h, CURLOPT_ACCEPT_ENCODING, "");  // gzip and deflate, decoded
  if (!request.user_agent.empty())
    curl_easy_setopt(h, CURLOPT_USERAGENT, request.user_agent.c_str());
  if (headers) curl_easy_setopt(h, CURLOPT_HTTPHEADER, headers.get());
  curl_easy_setopt(h, CURLOPT_WRITEFUNCTION, on_body);
  curl_easy_setopt(h, CURLOPT_WRITEDATA, &transfer);
  curl_easy_setopt(h, CURLOPT_HEADERFUNCTION, on_header);
  curl_easy_setopt(h, CURLOPT_HEADERDATA, &transfer);
  if (request.method == "POST") {
    curl_easy_setopt(h, CURLOPT_POST, 1L);
    curl_easy_setopt(h, CURLOPT_POSTFIELDS, request.body.data());
    curl_easy_setopt(h, CURLOPT_POSTFIELDSIZE_LARGE, static_cast<curl_off_t>(request.body.size()));
  }
  const CURLcode rc = curl_easy_perform(h);
  if (rc != CURLE_OK) {
    response.status = 0;
    response.body.clear();
    if (response.too_large) {
      response.transport_error = "answer over " + std::to_string(request.max_bytes) + " bytes";
    } else if (rc == CURLE_OPERATION_TIMEDOUT) {
      response.timed_out = true;
      response.transport_error = "timed out after " + std::to_string(request.timeout_ms) + " ms";
    } else {
      response.unreachable = rc == CURLE_COULDNT_RESOLVE_HOST || rc == CURLE_COULDNT_CONNECT ||
                             rc == CURLE_COULDNT_RESOLVE_PROXY;
      // curl_easy_strerror names the kind of failure, never the URL (which may be a secret).
      response.transport_error = curl_easy_strerror(rc);
    }
    return response;
  }
  curl_easy_getinfo(h, CURLINFO_RESPONSE_CODE, &response.status);
  return response;
}

}  // namespace yoy
