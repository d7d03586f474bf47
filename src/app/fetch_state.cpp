// The fetch state's JSON and its record in the archive.
#include "yoy/app/fetch_state.h"

#include <nlohmann/json.hpp>

#include "yoy/util/error.h"

namespace yoy {

namespace {

using json = nlohmann::json;

std::string str(const json& object, const char* key) {
  auto it = object.find(key);
  return it != object.end() && it->is_string() ? it->get<std::string>() : std::string();
}

int num(const json& object, const char* key) {
  auto it = object.find(key);
  return it != object.end() && it->is_number_integer() ? it->get<int>() : 0;
}

bool is_hex_id(const std::string& id) {
  if (id.size() != 40) return false;
  for (char c : id)
    if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) return false;
  return true;
}

}  // namespace

std::string fetch_state_ref(const std::string& series) { return "refs/yoy/fetch/" + series; }

std::string encode_fetch_state(const FetchState& state) {
  json root = json::object();
  root["format"] = "yoy.fetch-state/1";
  json pages = json::object();
  for (const auto& [url, page] : state.pages) {
    json entry = {{"year", page.year}, {"id", page.id}, {"blob", page.blob}};
    if (!page.etag.empty()) entry["etag"] = page.etag;
    if (!page.last_modified.empty()) entry["last_modified"] = page.last_modified;
    pages[url] = entry;
  }
  root["pages"] = pages;
  json pending = json::array();
  for (const PendingPage& p : state.pending)
    pending.push_back({{"year", p.year},
                       {"id", p.id},
                       {"extension", p.extension},
                       {"url", p.url},
                       {"blob", p.blob},
                       {"revision_of", p.revision_of},
                       {"date", p.date}});
  root["pending"] = pending;
  json revisions = json::array();
  for (const RevisionRecord& r : state.revisions)
    revisions.push_back({{"year", r.year},
                         {"id", r.id},
                         {"url", r.url},
                         {"from", r.from_blob},
                         {"to", r.to_blob},
                         {"date", r.date}});
  root["revisions"] = revisions;
  return root.dump(2) + "\n";
}

FetchState decode_fetch_state(std::string_view json_text, const std::string& where) {
  json root;
  try {
    root = json::parse(json_text);
  } catch (const json::parse_error&) {
    throw ArchiveError(where + ": damaged (not JSON)");
  }
  if (!root.is_object() || root.value("format", "") != "yoy.fetch-state/1")
    throw ArchiveError(where + ": not a yoy.fetch-state/1 record");
  FetchState state;
  if (root.contains("pages") && root["pages"].is_object())
    for (const auto& [url, entry] : root["pages"].items()) {
      if (!entry.is_object()) continue;
      state.pages[url] = {num(entry, "year"), str(entry, "id"), str(entry, "etag"),
                          str(entry, "last_modified"), str(entry, "blob")};
    }
  if (root.contains("pending") && root["pending"].is_array())
    for (const json& entry : root["pending"]) {
      if (!entry.is_object()) continue;
      PendingPage p{num(entry, "year"), str(entry, "id"),   str(entry, "extension"),
                    str(entry, "url"),  str(entry, "blob"), str(entry, "revision_of"),
                    str(entry, "date")};
      if (!is_hex_id(p.blob)) throw ArchiveError(where + ": a pending page without its bytes");
      state.pending.push_back(p);
    }
  if (root.contains("revisions") && root["revisions"].is_array())
    for (const json& entry : root["revisions"]) {
      if (!entry.is_object()) continue;
      state.revisions.push_back({num(entry, "year"), str(entry, "id"), str(entry, "url"),
                                 str(entry, "from"), str(entry, "to"), str(entry, "date")});
    }
  return state;
}

StoredFetchState load_fetch_state(const RecordStore& store, const std::string& series) {
  StoredFetchState stored;
  const std::string ref = fetch_state_ref(series);
  const auto head = store.head(ref);
  if (!head) return stored;
  stored.commit = head->commit;
  const auto file = store.find(head->tree, "state.json");
  if (!file || file->tree) throw ArchiveError(ref + ": no state.json in the record");
  stored.state = decode_fetch_state(store.read(file->id), ref);
  return stored;
}

bool save_fetch_state(RecordStore& store, const std::string& series, StoredFetchState& previous,
                      const FetchState& state, const std::string& message, long long time) {
  std::map<std::string, RecordObject> entries;
  entries["state.json"] = {store.write_blob(encode_fetch_state(state)), false};
  auto keep = [&entries](const std::string& blob) {
    if (is_hex_id(blob)) entries["blobs/" + blob] = {blob, false};
  };
  for (const PendingPage& p : state.pending) keep(p.blob);
  for (const RevisionRecord& r : state.revisions) {
    keep(r.from_blob);
    keep(r.to_blob);
  }
  const std::string tree = store.write_tree(entries);
  const std::string ref = fetch_state_ref(series);
  if (!store.publish(ref, previous.commit, "", tree, message, time)) return false;
  previous.state = state;
  previous.commit = store.head(ref)->commit;
  return true;
}

}  // namespace yoy
