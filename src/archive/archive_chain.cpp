// Reading a series branch as its chain of editions (one commit per year).
#include <sys/stat.h>

#include <algorithm>
#include <cstdlib>
#include <string>

#include "archive/archive_internal.h"
#include "yoy/model/report_path.h"

namespace yoy::archive_detail {

std::string branch_ref(const std::string& series) { return "refs/heads/" + series; }

std::string tag_ref(const std::string& series, int year) {
  return "refs/tags/" + series + "/" + std::to_string(year);
}

std::string broken_branch(const std::string& archive_path, const std::string& ref) {
  return archive_path + ": " + ref +
         " is broken (its file does not hold an object id; `git for-each-ref` warns about it "
         "too): restore it from a tag or a refs/yoy/replaced/ ref";
}

int year_in_message(const std::string& message, const std::string& series) {
  if (message.compare(0, series.size(), series) != 0) return 0;
  std::size_t i = series.size();
  if (i >= message.size() || message[i] != ' ') return 0;
  ++i;
  int year = 0;
  std::size_t digits = 0;
  while (i < message.size() && message[i] >= '0' && message[i] <= '9' && digits < 5) {
    year = year * 10 + (message[i] - '0');
    ++i, ++digits;
  }
  if (digits != 4 || i >= message.size() || message[i] != ':') return 0;
  return year;
}

std::string id_of_entry(const std::string& name) { return report_id_of_path(name); }

Chain read_chain(git_repository* repo, const std::string& archive_path, const std::string& series) {
  return read_chain_at(repo, archive_path, branch_ref(series), series);
}

Chain read_chain_at(git_repository* repo, const std::string& archive_path, const std::string& ref,
                    const std::string& series) {
  Chain chain;
  int rc = git_reference_name_to_id(&chain.head, repo, ref.c_str());
  if (rc == GIT_ENOTFOUND) {
    struct stat st {};
    if (::stat((archive_path + "/" + ref).c_str(), &st) == 0 && S_ISREG(st.st_mode))
      throw ArchiveError(broken_branch(archive_path, ref));
    return chain;
  }
  git::check(rc, archive_path, ("cannot read " + ref).c_str());
  chain.exists = true;

  const std::string where = archive_path + ": " + ref;
  git_oid id = chain.head;
  for (;;) {
    if (chain.editions.size() > 1000)
      throw ArchiveError(where + ": history too long for a yoy series");
    git_commit* raw = nullptr;
    git::check(git_commit_lookup(&raw, repo, &id), where, "cannot read commit");
    git::Commit commit(raw);
    const char* message = git_commit_message(commit.get());
    int year = year_in_message(message ? message : "", series);
    if (year == 0) {
      throw ArchiveError(where + ": commit " + git::hex(id) +
                         " is not a yoy edition (message should start '" + series + " YEAR:')");
    }
    if (!chain.editions.empty() && year >= chain.editions.back().year) {
      throw ArchiveError(where + ": editions out of year order at commit " + git::hex(id));
    }
    chain.editions.push_back({year, id, *git_commit_tree_id(commit.get())});
    if (git_commit_parentcount(commit.get()) == 0) break;
    id = *git_commit_parent_id(commit.get(), 0);
  }
  std::reverse(chain.editions.begin(), chain.editions.end());
  return chain;
}

}  // namespace yoy::archive_detail
