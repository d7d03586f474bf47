#pragma once
// Progress on stderr for work that takes more than a second, only when stderr
// is a terminal (and not with -q). Redraws one line; erases it when done.
#include <chrono>
#include <string>

namespace yoy::cli {

struct Globals;

class Progress {
 public:
  Progress(const Globals& globals, std::string label);
  ~Progress();
  Progress(const Progress&) = delete;
  Progress& operator=(const Progress&) = delete;

  // "label done/total", or "label detail (done/total)" with a detail ("reading 2019").
  void update(int done, int total, const std::string& detail = "");
  // Erases the line (before the final message); also done on destruction.
  void finish();

 private:
  bool enabled_ = false;
  bool drawn_ = false;
  std::string label_;
  std::chrono::steady_clock::time_point start_, last_draw_;
};

}  // namespace yoy::cli
