// Archive (not built yet).
#include <stdexcept>
#include "yoy/archive.h"

namespace yoy {
struct Archive::Impl {};
Archive::Archive(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Archive::~Archive() = default;
Archive::Archive(Archive&&) noexcept = default;
Archive& Archive::operator=(Archive&&) noexcept = default;
Archive Archive::open(const std::string&, bool) { throw std::logic_error("not built yet"); }
IngestResult Archive::ingest(const Edition&) { throw std::logic_error("not built yet"); }
std::vector<SeriesInfo> Archive::series() const { throw std::logic_error("not built yet"); }
std::vector<int> Archive::years(const std::string&) const { throw std::logic_error("not built yet"); }
std::vector<ReportEntry> Archive::reports(const std::string&, int) const { throw std::logic_error("not built yet"); }
std::optional<ReportEntry> Archive::find(const std::string&, int, const std::string&) const { throw std::logic_error("not built yet"); }
std::string Archive::read_blob(const std::string&) const { throw std::logic_error("not built yet"); }
Document Archive::document(const std::string&, int, const std::string&) const { throw std::logic_error("not built yet"); }
std::string Archive::default_series() const { throw std::logic_error("not built yet"); }
const std::string& Archive::path() const { throw std::logic_error("not built yet"); }
std::string archive_location(const std::string&) { throw std::logic_error("not built yet"); }
}  // namespace yoy
