#include "yoy/app/clone.h"

#include "yoy/archive/archive.h"

namespace yoy {

TransferResult clone_archive(const std::string& url, const std::string& dir,
                             const TransferProgress& progress) {
  const Archive archive = Archive::clone(url, dir, progress);
  TransferResult received;
  received.remote = url;
  for (const SeriesInfo& info : archive.series()) {
    SeriesTransfer series{info.name, SeriesTransfer::Outcome::created, {}};
    for (const auto& [year, count] : info.reports_per_year) series.years_in.push_back(year);
    received.series.push_back(std::move(series));
  }
  return received;
}

}  // namespace yoy
