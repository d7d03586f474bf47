// http_perform against a server this test runs on 127.0.0.1 (one thread, one
// canned answer per connection): status, headers lower-cased, the body cap,
// the time limit, and what goes out (method, body, User-Agent, headers).
#include "yoy/net/http.h"

#include <arpa/inet.h>
#include <gtest/gtest.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <chrono>
#include <string>
#include <thread>

namespace yoy {
namespace {

class OneShotServer {
 public:
  // Answers one connection with `reply` after `delay_ms`, keeping what it received.
  explicit OneShotServer(std::string reply, int delay_ms = 0) {
    fd_ = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    ::bind(fd_, reinterpret_cast<sockaddr*>(&addr), sizeof addr);
    ::listen(fd_, 1);
    socklen_t len = sizeof addr;
    ::getsockname(fd_, reinterpret_cast<sockaddr*>(&addr), &len);
    port_ = ntohs(addr.sin_port);
    thread_ = std::thread([this, reply, delay_ms] {
      const int client = ::accept(fd_, nullptr, nullptr);
      if (client < 0) return;
      char buffer[8192];
      // Read the request head (and a short body) until it has arrived.
      for (;;) {
        const ssize_t n = ::recv(client, buffer, sizeof buffer, 0);
        if (n <= 0) break;
        received_.append(buffer, static_cast<std::size_t>(n));
        const std::size_t head = received_.find("\r\n\r\n");
        if (head == std::string::npos) continue;
        const std::size_t cl = received_.find("Content-Length: ");
        const std::size_t want =
            cl == std::string::npos ? 0 : std::stoul(received_.substr(cl + 16));
        if (received_.size() >= head + 4 + want) break;
      }
      std::this_thread::sleep_for(std::chrono::milliseconds(delay_ms));
      ::send(client, reply.data(), reply.size(), MSG_NOSIGNAL);
      ::close(client);
    });
  }
  ~OneShotServer() {
    ::shutdown(fd_, SHUT_RDWR);
    ::close(fd_);
    thread_.join();
  }
  std::string url(const std::string& path = "/") const {
    return "http://127.0.0.1:" + std::to_string(port_) + path;
  }
  const std::string& received() const { return received_; }

 private:
  int fd_ = -1;
  int port_ = 0;
  std::thread thread_;
  std::string received_;
};

TEST(Http, StatusHeadersAndBody) {
  OneShotServer server(
      "HTTP/1.1 200 OK\r\nETag: \"abc\"\r\nLast-Modified: Tue, 24 Jun 2025 10:00:00 GMT\r\n"
      "Content-Length: 5\r\nConnection: close\r\n\r\nhello");
  HttpRequest request;
  request.url = server.url("/reports/x/");
  request.user_agent = "yoy-test/1";
  request.headers = {"If-None-Match: \"old\""};
  const HttpResponse r = http_perform(request);
  EXPECT_EQ(r.status, 200);
  EXPECT_EQ(r.body, "hello");
  EXPECT_EQ(header_value(r, "etag"), "\"abc\"");
  EXPECT_EQ(header_value(r, "last-modified"), "Tue, 24 Jun 2025 10:00:00 GMT");
  EXPECT_TRUE(r.transport_error.empty());
  EXPECT_NE(server.received().find("GET /reports/x/ HTTP/1.1"), std::string::npos);
  EXPECT_NE(server.received().find("User-Agent: yoy-test/1"), std::string::npos);
  EXPECT_NE(server.received().find("If-None-Match: \"old\""), std::string::npos);
}

TEST(Http, PostSendsTheBody) {
  OneShotServer server("HTTP/1.1 204 No Content\r\nConnection: close\r\n\r\n");
  HttpRequest request;
  request.method = "POST";
  request.url = server.url("/hook");
  request.body = "{\"text\":\"x\"}";
  request.headers = {"Content-Type: application/json"};
  const HttpResponse r = http_perform(request);
  EXPECT_EQ(r.status, 204);
  EXPECT_NE(server.received().find("POST /hook HTTP/1.1"), std::string::npos);
  EXPECT_NE(server.received().find("{\"text\":\"x\"}"), std::string::npos);
}

TEST(Http, BodyOverTheCapIsRefused) {
  OneShotServer server("HTTP/1.1 200 OK\r\nContent-Length: 20\r\nConnection: close\r\n\r\n" +
                       std::string(20, 'x'));
  HttpRequest request;
  request.url = server.url();
  request.max_bytes = 10;
  const HttpResponse r = http_perform(request);
  EXPECT_EQ(r.status, 0);
  EXPECT_TRUE(r.too_large);
  EXPECT_TRUE(r.body.empty());
  EXPECT_EQ(r.transport_error, "answer over 10 bytes");
}

TEST(Http, SilenceTimesOut) {
  OneShotServer server("HTTP/1.1 200 OK\r\nContent-Length: 1\r\n\r\nx", 1500);
  HttpRequest request;
  request.url = server.url();
  request.timeout_ms = 300;
  const HttpResponse r = http_perform(request);
  EXPECT_EQ(r.status, 0);
  EXPECT_TRUE(r.timed_out);
  EXPECT_EQ(r.transport_error, "timed out after 300 ms");
}

TEST(Http, OnlyHttpUrlsAreAsked) {
  HttpRequest request;
  request.url = "file:///etc/passwd";
  const HttpResponse r = http_perform(request);
  EXPECT_EQ(r.status, 0);
  EXPECT_EQ(r.transport_error, "not an http:// or https:// URL");
}

TEST(Http, ErrorsNeverNameTheUrl) {
  HttpRequest request;
  request.url = "http://127.0.0.1:9/hooks/SECRET-TOKEN";
  const HttpResponse r = http_perform(request);
  EXPECT_EQ(r.status, 0);
  EXPECT_EQ(r.transport_error.find("SECRET-TOKEN"), std::string::npos) << r.transport_error;
}

}  // namespace
}  // namespace yoy
