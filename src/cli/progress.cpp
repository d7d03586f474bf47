#include "progress.h"

#include <unistd.h>

#include <cstdio>

#include "commands.h"

namespace yoy::cli {

namespace {
constexpr auto kQuietPeriod = std::chrono::seconds(1);         // nothing for short jobs
constexpr auto kRedrawEvery = std::chrono::milliseconds(100);  // no flicker
}  // namespace

Progress::Progress(const Globals& globals, std::string label)
    : enabled_(!globals.quiet && ::isatty(STDERR_FILENO) == 1),
      label_(std::move(label)),
      start_(std::chrono::steady_clock::now()) {}

Progress::~Progress() { finish(); }

void Progress::finish() {
  if (drawn_) std::fprintf(stderr, "\r\x1b[K"), std::fflush(stderr);
  drawn_ = false;
}

void Progress::update(int done, int total, const std::string& detail) {
  if (!enabled_) return;
  const auto now = std::chrono::steady_clock::now();
  if (now - start_ < kQuietPeriod) return;
  if (drawn_ && now - last_draw_ < kRedrawEvery && done < total) return;
  if (detail.empty())
    std::fprintf(stderr, "\r\x1b[K%s %d/%d", label_.c_str(), done, total);
  else if (total > 0)
    std::fprintf(stderr, "\r\x1b[K%s %s (%d/%d)", label_.c_str(), detail.c_str(), done, total);
  else
    std::fprintf(stderr, "\r\x1b[K%s %s", label_.c_str(), detail.c_str());
  std::fflush(stderr);
  drawn_ = true;
  last_draw_ = now;
}

}  // namespace yoy::cli
