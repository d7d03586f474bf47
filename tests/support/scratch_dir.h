#pragma once
// A temporary directory for one test, removed afterwards, plus file helpers.
#include <filesystem>
#include <string>

namespace yoy::test {

class ScratchDir {
 public:
  ScratchDir();
  ~ScratchDir();
  ScratchDir(const ScratchDir&) = delete;
  ScratchDir& operator=(const ScratchDir&) = delete;
  const std::filesystem::path& path() const { return path_; }
  std::string operator/(const std::string& relative) const { return (path_ / relative).string(); }

 private:
  std::filesystem::path path_;
};

// Writes bytes to path, creating parent directories.
void write_text(const std::string& path, const std::string& bytes);

}  // namespace yoy::test
