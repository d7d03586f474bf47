// curl_global_init is not thread-safe on every libcurl build: call it once.
#include "net/curl_global.h"

#include <curl/curl.h>

#include <mutex>

namespace yoy::net_detail {

void init_curl() {
  static std::once_flag once;
  std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

}  // namespace yoy::net_detail
