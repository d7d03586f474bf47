#pragma once
// libcurl's process-wide setup, done once before the first transfer.
namespace yoy::net_detail {
void init_curl();
}
