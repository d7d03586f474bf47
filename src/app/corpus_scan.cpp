// Reading report files and corpus directories into Editions.
#include "yoy/app/corpus_scan.h"

#include <algorithm>
#include <filesystem>
#include <system_error>

#include "yoy/model/edition_check.h"
#include "yoy/model/report_path.h"
#include "yoy/parse/parse.h"
#include "yoy/util/error.h"
#include "yoy/util/files.h"

namespace fs = std::filesystem;

namespace yoy {

namespace {

bool is_year_name(const std::string& name) {
  return !name.empty() && name.size() <= 5 &&
         std::all_of(name.begin(), name.end(), [](char c) { return c >= '0' && c <= '9'; });
}

std::vector<fs::directory_entry> sorted_entries(const fs::path& dir) {
  std::error_code ec;
  std::vector<fs::directory_entry> out;
  for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
    if (it->path().filename().string().front() != '.') out.push_back(*it);
  }
  if (ec) throw InputError(dir.string() + ": cannot read directory: " + ec.message());
  std::sort(out.begin(), out.end(),
            [](const auto& a, const auto& b) { return a.path().filename() < b.path().filename(); });
  return out;
}

bool is_dir(const fs::directory_entry& entry) {
  std::error_code ec;
  return entry.is_directory(ec);
}

// What an entry that is no file is (behind any symlink), or "" for a regular
// file or one that cannot be seen (its read then says why). Opening a FIFO
// waits for a writer forever; a device or socket holds no report.
std::string not_a_file(const fs::directory_entry& entry) {
  std::error_code ec;
  switch (entry.status(ec).type()) {
    case fs::file_type::fifo:
      return "a FIFO";
    case fs::file_type::socket:
      return "a socket";
    case fs::file_type::block:
      return "a block device";
    case fs::file_type::character:
      return "a character device";
    default:
      return "";
  }
}

// <dir> = <year>/ holding <id>.<ext> files.
Edition scan_year(const fs::path& dir, const std::string& series, std::size_t max_bytes,
                  std::vector<std::string>& skipped) {
  Edition edition;
  edition.series = series;
  edition.max_file_bytes = max_bytes;
  const std::string name = dir.filename().string();
  edition.year = std::stoi(name);
  check_year(edition.year, dir.string());
  for (const auto& entry : sorted_entries(dir)) {
    if (is_dir(entry)) {
      throw InputError(entry.path().string() +
                       ": unexpected directory in a year directory (expected <id>.<ext> files)");
    }
    if (const std::string what = not_a_file(entry); !what.empty()) {
      skipped.push_back(entry.path().string() + ": " + what + ", not a report file");
      continue;
    }
    edition.files.push_back(read_report_file(entry.path().string(), "", max_bytes));
  }
  if (edition.files.empty()) {
    throw InputError(dir.string() + ": no reports in this year directory (expected <id>.<ext>)");
  }
  return edition;
}

// <dir> = <series>/ holding <year>/ directories; files beside them are ignored.
void scan_series(const fs::path& dir, const std::string& series, std::size_t max_bytes,
                 std::vector<Edition>& out, std::vector<std::string>& skipped) {
  check_name("series", series, dir.string());
  for (const auto& entry : sorted_entries(dir)) {
    if (!is_dir(entry)) continue;
    const std::string name = entry.path().filename().string();
    if (!is_year_name(name)) {
      throw InputError(entry.path().string() +
                       ": not a year directory (expected <series>/<year>/<id>.<ext>)");
    }
    out.push_back(scan_year(entry.path(), series, max_bytes, skipped));
  }
}

bool holds_year_directories(const fs::path& dir) {
  for (const auto& entry : sorted_entries(dir)) {
    if (is_dir(entry) && is_year_name(entry.path().filename().string())) return true;
  }
  return false;
}

}  // namespace

EditionFile read_report_file(const std::string& path, const std::string& id,
                             std::size_t max_bytes) {
  EditionFile file;
  file.source = path;
  if (path == "-") {
    // Standard input has no name: the id is given, the extension read from the bytes.
    if (id.empty()) throw InputError("-: standard input has no file name; pass --id");
    check_name("report id", id, "--id");
    file.id = id;
    file.bytes = read_file(path, max_bytes);
    check_report_bytes(file.bytes, max_bytes, "standard input");
    file.extension = extension_for(file.bytes);
    return file;
  }
  file.extension = std::string(extension_of_path(path));
  if (file.extension.empty()) {
    throw InputError(path + ": no file extension (name reports <id>.txt, .md, .html or .json)");
  }
  file.id = id.empty() ? report_id_of_path(path) : id;
  check_name("report id", file.id, path);
  check_name("extension", file.extension, path);
  file.bytes = read_file(path, max_bytes);
  check_report_bytes(file.bytes, max_bytes, path);
  return file;
}

std::vector<Edition> scan_corpus(const std::string& dir, const std::string& series,
                                 std::size_t max_bytes, std::vector<std::string>* skipped_out) {
  std::vector<std::string> ignored;
  std::vector<std::string>& skipped = skipped_out ? *skipped_out : ignored;
  std::error_code ec;
  fs::path root = fs::weakly_canonical(fs::path(dir), ec);
  if (ec) root = fs::path(dir);
  if (!fs::is_directory(root, ec)) throw InputError(dir + ": not a directory");
  std::vector<Edition> editions;
  const std::string root_name = root.filename().string();
  const auto entries = sorted_entries(root);
  const bool has_files =
      std::any_of(entries.begin(), entries.end(), [](const auto& e) { return !is_dir(e); });
  if (is_year_name(root_name) && has_files) {
    const std::string series_name =
        series.empty() ? root.parent_path().filename().string() : series;
    check_name("series", series_name, dir);
    editions.push_back(scan_year(root, series_name, max_bytes, skipped));
  } else if (holds_year_directories(root)) {
    scan_series(root, series.empty() ? root_name : series, max_bytes, editions, skipped);
  } else {
    for (const auto& entry : entries) {
      if (is_dir(entry) && holds_year_directories(entry.path())) {
        scan_series(entry.path(), series.empty() ? entry.path().filename().string() : series,
                    max_bytes, editions, skipped);
      }
    }
  }
  if (editions.empty()) {
    throw InputError(dir + ": no editions found (expected <series>/<year>/<id>.<ext>)");
  }
  std::sort(editions.begin(), editions.end(), [](const Edition& a, const Edition& b) {
    return a.series != b.series ? a.series < b.series : a.year < b.year;
  });
  return editions;
}

}  // namespace yoy
