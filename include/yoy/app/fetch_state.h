#pragma once
// What `yoy fetch` keeps between runs, in the archive under
// refs/yoy/fetch/<series>: each page's validators (ETag, Last-Modified) for
// conditional requests, pages fetched but not yet ingested (a run stopped
// half-way resumes from them), and every revision seen. The record's tree
// holds state.json and, under blobs/, every page it names, so they stay
// reachable and `git fsck --strict` stays clean.
#include <string>
#include <string_view>

#include "yoy/archive/records.h"
#include "yoy/model/monitor.h"

namespace yoy {

std::string fetch_state_ref(const std::string& series);

// "yoy.fetch-state/1" JSON. decode throws ArchiveError naming `where` when damaged.
std::string encode_fetch_state(const FetchState& state);
FetchState decode_fetch_state(std::string_view json_text, const std::string& where);

struct StoredFetchState {
  FetchState state;
  std::string commit;  // the record it was read from; "" when there was none
};

StoredFetchState load_fetch_state(const RecordStore& store, const std::string& series);
// Replaces the record read as `previous` (compare-and-swap: false when another
// fetch changed it meanwhile). On success `previous` holds the new record.
bool save_fetch_state(RecordStore& store, const std::string& series, StoredFetchState& previous,
                      const FetchState& state, const std::string& message, long long time);

}  // namespace yoy
