#include "support/loose_object.h"

#include <sys/stat.h>
#include <unistd.h>
#include <zlib.h>

#include <filesystem>
#include <stdexcept>

#include "support/scratch_dir.h"
#include "support/subprocess.h"

namespace yoy::test {

std::string loose_object_path(const std::string& git_dir, const std::string& hex) {
  return git_dir + "/objects/" + hex.substr(0, 2) + "/" + hex.substr(2);
}

std::string rev_parse(const std::string& git_dir, const std::string& rev) {
  CommandResult r = run_command({"git", "--git-dir", git_dir, "rev-parse", "--verify", "-q", rev});
  if (r.exit_code != 0) return "";
  while (!r.out.empty() && r.out.back() == '\n') r.out.pop_back();
  return r.out;
}

void write_loose_file(const std::string& git_dir, const std::string& hex, const std::string& raw,
                      int level) {
  uLongf size = compressBound(static_cast<uLong>(raw.size()));
  std::string deflated(size, '\0');
  if (compress2(reinterpret_cast<Bytef*>(deflated.data()), &size,
                reinterpret_cast<const Bytef*>(raw.data()), static_cast<uLong>(raw.size()),
                level) != Z_OK)
    throw std::runtime_error("compress2 failed");
  deflated.resize(size);
  const std::string path = loose_object_path(git_dir, hex);
  std::error_code ec;
  std::filesystem::remove(path, ec);  // loose objects are read-only files
  write_text(path, deflated);
}

void truncate_loose_file(const std::string& git_dir, const std::string& hex, long bytes) {
  const std::string path = loose_object_path(git_dir, hex);
  ::chmod(path.c_str(), 0644);
  if (::truncate(path.c_str(), bytes) != 0) throw std::runtime_error("cannot truncate " + path);
}

}  // namespace yoy::test
