// smtp_send: libcurl's SMTP client (MAIL FROM, RCPT TO, DATA), TLS required
// unless the configuration says otherwise.
#include <curl/curl.h>

#include <cstring>
#include <memory>

#include "net/curl_global.h"
#include "yoy/net/mail.h"

namespace yoy {

namespace {

struct Reader {
  const std::string* message;
  std::size_t offset = 0;
};

std::size_t on_read(char* buffer, std::size_t size, std::size_t count, void* user) {
  auto* reader = static_cast<Reader*>(user);
  const std::size_t room = size * count;
  const std::size_t left = reader->message->size() - reader->offset;
  const std::size_t n = left < room ? left : room;
  std::memcpy(buffer, reader->message->data() + reader->offset, n);
  reader->offset += n;
  return n;
}

struct CurlDeleter {
  void operator()(CURL* curl) const { curl_easy_cleanup(curl); }
};
struct ListDeleter {
  void operator()(curl_slist* list) const { curl_slist_free_all(list); }
};

}  // namespace

bool is_smtp_url(const std::string& url) {
  std::size_t rest = 0;
  if (url.rfind("smtp://", 0) == 0) {
    rest = 7;
  } else if (url.rfind("smtps://", 0) == 0) {
    rest = 8;
  } else {
    return false;
  }
  if (rest >= url.size() || url[rest] == ':' || url[rest] == '/') return false;
  const std::size_t slash = url.find('/', rest);
  if (slash != std::string::npos && slash + 1 != url.size()) return false;
  for (char c : url)
    if (static_cast<unsigned char>(c) <= ' ' || c == 0x7f || c == '@') return false;
  return true;
}

std::string smtp_send(const SmtpDelivery& delivery, const std::string& message) {
  net_detail::init_curl();
  if (!is_smtp_url(delivery.url)) return "not an smtp:// or smtps:// server URL";
  if (delivery.to.empty()) return "no recipients";
  std::unique_ptr<CURL, CurlDeleter> curl(curl_easy_init());
  if (!curl) return "libcurl could not start a transfer";
  std::unique_ptr<curl_slist, ListDeleter> recipients;
  for (const std::string& to : delivery.to) {
    curl_slist* grown = curl_slist_append(recipients.get(), ("<" + to + ">").c_str());
    if (!grown) return "out of memory";
    (void)recipients.release();
    recipients.reset(grown);
  }
  Reader reader{&message};
  const std::string from = "<" + delivery.from + ">";
  CURL* h = curl.get();
  curl_easy_setopt(h, CURLOPT_URL, delivery.url.c_str());
  curl_easy_setopt(h, CURLOPT_PROTOCOLS_STR, "smtp,smtps");
  curl_easy_setopt(h, CURLOPT_NOSIGNAL, 1L);
  curl_easy_setopt(h, CURLOPT_TIMEOUT_MS, delivery.timeout_ms);
  curl_easy_setopt(h, CURLOPT_CONNECTTIMEOUT_MS, 15'000L);
  curl_easy_setopt(h, CURLOPT_USE_SSL,
                   delivery.tls == SmtpTls::required ? static_cast<long>(CURLUSESSL_ALL)
                                                     : static_cast<long>(CURLUSESSL_NONE));
  if (!delivery.username.empty() || !delivery.password.empty()) {
    curl_easy_setopt(h, CURLOPT_USERNAME, delivery.username.c_str());
    curl_easy_setopt(h, CURLOPT_PASSWORD, delivery.password.c_str());
  }
  curl_easy_setopt(h, CURLOPT_MAIL_FROM, from.c_str());
  curl_easy_setopt(h, CURLOPT_MAIL_RCPT, recipients.get());
  curl_easy_setopt(h, CURLOPT_READFUNCTION, on_read);
  curl_easy_setopt(h, CURLOPT_READDATA, &reader);
  curl_easy_setopt(h, CURLOPT_UPLOAD, 1L);
  const CURLcode rc = curl_easy_perform(h);
  if (rc == CURLE_OK) return "";
  long code = 0;
  curl_easy_getinfo(h, CURLINFO_RESPONSE_CODE, &code);
  std::string why = curl_easy_strerror(rc);
  if (code > 0) why += " (server answered " + std::to_string(code) + ")";
  return why;
}

}  // namespace yoy
