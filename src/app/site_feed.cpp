// site_revisions: the fetch record's revisions with what changed in each.
#include "yoy/app/site_feed.h"

#include <algorithm>

#include "yoy/app/fetch_state.h"
#include "yoy/app/stored_report.h"
#include "yoy/archive/archive.h"
#include "yoy/archive/records.h"
#include "yoy/diff/diff.h"

namespace yoy {

std::vector<SiteRevision> site_revisions(const Archive& archive, const std::string& series) {
  RecordStore store(archive);
  const FetchState state = load_fetch_state(store, series).state;
  std::vector<SiteRevision> out;
  for (const RevisionRecord& r : state.revisions) {
    // The stored file's name gives its extension (how the bytes are read).
    std::string path = r.id + ".html";
    if (const auto entry = archive.find(series, r.year, r.id)) path = entry->path;
    const Document before =
        parse_stored_report(store.read(r.from_blob), series, r.year, {r.id, path, r.from_blob});
    const Document after =
        parse_stored_report(store.read(r.to_blob), series, r.year, {r.id, path, r.to_blob});
    SiteRevision revision{r.year, r.id, after.title, r.date, r.url, r.to_blob, {}};
    revision.change = diff_documents(&before, &after, DiffOptions{});
    revision.change.id = r.id;
    out.push_back(std::move(revision));
  }
  std::stable_sort(out.begin(), out.end(),
                   [](const SiteRevision& a, const SiteRevision& b) { return a.date > b.date; });
  return out;
}

}  // namespace yoy
