// Splitting a TIP Report PDF into its country narratives.
#include "yoy/app/pdf_split.h"

#include <fcntl.h>
#include <stdlib.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <map>
#include <system_error>

#include "yoy/model/edition_check.h"
#include "yoy/util/blob_id.h"
#include "yoy/util/error.h"
#include "yoy/util/files.h"

namespace fs = std::filesystem;

namespace yoy {

namespace {

std::string pages_of(const Narrative& n) {
  return n.first_page == n.last_page
             ? std::to_string(n.first_page)
             : std::to_string(n.first_page) + "-" + std::to_string(n.last_page);
}

void write_whole(const std::string& path, const std::string& bytes) {
  const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
  if (fd < 0) throw InputError("cannot write " + path + ": " + std::strerror(errno));
  std::size_t done = 0;
  while (done < bytes.size()) {
    const ssize_t n = ::write(fd, bytes.data() + done, bytes.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) {
      const int e = errno;
      ::close(fd);
      throw InputError("cannot write " + path + ": " + std::strerror(e ? e : EIO));
    }
    done += static_cast<std::size_t>(n);
  }
  if (::fsync(fd) != 0 || ::close(fd) != 0)
    throw InputError("cannot write " + path + ": " + std::strerror(errno));
}

// A fresh, empty directory named after `base` in `parent`.
std::string fresh_dir(const fs::path& parent, const std::string& base) {
  std::string pattern = (parent / ("." + base + ".yoy-XXXXXX")).string();
  if (!::mkdtemp(pattern.data()))
    throw InputError("cannot write in " + parent.string() + ": " + std::strerror(errno));
  return pattern;
}

}  // namespace

SplitReport split_pdf(const std::string& path, int year, std::size_t max_bytes,
                      const PdfOptions& options) {
  SplitReport out;
  out.source = path;
  const std::string bytes = read_file(path, max_bytes);
  if (!is_pdf(bytes)) throw InputError(path + ": not a PDF (it does not start with %PDF-)");
  out.bytes = bytes.size();
  out.blob_id = git_blob_id(bytes);
  const PdfText pdf = read_pdf(bytes, path, options);
  out.pages = pdf.pages;
  out.narratives = find_narratives(pdf, year);
  if (out.narratives.empty())
    throw InputError(path + ": no country narrative in its " + std::to_string(pdf.pages) +
                     " pages (a narrative starts at a title such as 'BURMA: TIER 3' or "
                     "'AFGHANISTAN: Tier 2' in a heading face larger than the text)");
  std::map<std::string, const Narrative*> ids;
  for (const Narrative& n : out.narratives) {
    check_name("report id", n.id, path + " (" + n.printed + ")");
    auto [it, fresh] = ids.emplace(n.id, &n);
    if (!fresh)
      throw InputError(path + ": two narratives named " + n.id + " (pages " +
                       pages_of(*it->second) + " and " + pages_of(n) + ")");
    out.texts.push_back(narrative_text(n));
  }
  return out;
}

std::string write_split(const SplitReport& report, const std::string& dir,
                        const std::string& series, int year, bool replace) {
  check_name("series", series, "--series");
  check_year(year, "--year");
  const fs::path parent = fs::path(dir.empty() ? "." : dir) / series;
  const fs::path target = parent / std::to_string(year);
  std::error_code ec;
  const bool exists = fs::exists(fs::symlink_status(target, ec));
  if (exists && !replace)
    throw InputError(target.string() + ": already exists; remove it or pass --force to replace it");
  // Directories made here are removed again if anything fails.
  std::vector<fs::path> made;
  for (fs::path p = parent; !p.empty() && !fs::exists(p, ec); p = p.parent_path())
    made.push_back(p);
  const auto undo = [&] {
    for (const fs::path& p : made) fs::remove(p, ec);
  };
  std::string staging;
  try {
    fs::create_directories(parent, ec);
    if (ec) throw InputError("cannot create " + parent.string() + ": " + ec.message());
    staging = fresh_dir(parent, std::to_string(year));
    for (std::size_t i = 0; i < report.narratives.size(); ++i)
      write_whole(staging + "/" + report.narratives[i].id + ".txt", report.texts[i]);
    if (exists) {
      const std::string old = fresh_dir(parent, std::to_string(year) + ".old");
      fs::rename(target, fs::path(old) / "d", ec);  // out of the way, then in place
      if (ec) throw InputError("cannot replace " + target.string() + ": " + ec.message());
      fs::rename(staging, target, ec);
      if (ec) {
        fs::rename(fs::path(old) / "d", target);
        throw InputError("cannot replace " + target.string() + ": " + ec.message());
      }
      fs::remove_all(old, ec);
    } else {
      fs::rename(staging, target, ec);
      if (ec) throw InputError("cannot write " + target.string() + ": " + ec.message());
    }
  } catch (...) {
    if (!staging.empty()) fs::remove_all(staging, ec);
    undo();
    throw;
  }
  return target.string();
}

Edition split_edition(const SplitReport& report, const std::string& series, int year) {
  Edition edition;
  edition.series = series;
  edition.year = year;
  std::string note = "Split by yoy from " + fs::path(report.source).filename().string() +
                     " (git blob " + report.blob_id + ", " + std::to_string(report.bytes) +
                     " bytes, " + std::to_string(report.pages) + " pages):\n";
  for (std::size_t i = 0; i < report.narratives.size(); ++i) {
    const Narrative& n = report.narratives[i];
    EditionFile file;
    file.id = n.id;
    file.extension = "txt";
    file.bytes = report.texts[i];
    file.source = report.source + " pages " + pages_of(n);
    edition.files.push_back(std::move(file));
    note += "  " + n.id + ".txt: " + (n.first_page == n.last_page ? "page " : "pages ") +
            pages_of(n) + "\n";
  }
  edition.note = std::move(note);
  return edition;
}

}  // namespace yoy
