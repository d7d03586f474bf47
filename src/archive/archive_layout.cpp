// A git repository is a yoy archive by its layout, not only by the yoy.archive
// key that `yoy ingest` writes: a clone or mirror made with plain git has no such
// key, yet every branch is a series of yearly editions tagged <series>/<year>.
#include <cstring>
#include <string>
#include <vector>

#include "archive/archive_internal.h"

namespace yoy::archive_detail {

std::string layout_problem(git_repository* repo, const std::string& archive_path) {
  git_reference_iterator* raw = nullptr;
  if (git_reference_iterator_glob_new(&raw, repo, "refs/heads/*") < 0)
    return "its branches cannot be listed: " + git::last_error();
  git::ReferenceIterator iterator(raw);
  std::vector<std::string> series;
  const char* name = nullptr;
  while (git_reference_next_name(&name, iterator.get()) == 0)
    series.emplace_back(name + std::strlen("refs/heads/"));
  if (series.empty()) return "it has no branches";
  for (const std::string& s : series) {
    Chain chain;
    try {
      chain = read_chain(repo, archive_path, s);
    } catch (const ArchiveError&) {
      return "branch '" + s + "' is not one commit per edition year (\"" + s + " YEAR: ...\")";
    }
    for (const EditionCommit& edition : chain.editions) {
      git_oid tagged;
      if (git_reference_name_to_id(&tagged, repo, tag_ref(s, edition.year).c_str()) < 0 ||
          !git_oid_equal(&tagged, &edition.commit))
        return "tag " + s + "/" + std::to_string(edition.year) + " is missing or elsewhere";
    }
  }
  return "";
}

}  // namespace yoy::archive_detail
