// Report ids and extensions from paths (see report_path.h).
#include "yoy/model/report_path.h"

namespace yoy {

namespace {

// The last path component; a trailing '/' is not a file name.
std::string_view base_name(std::string_view path) {
  const std::size_t slash = path.rfind('/');
  return slash == std::string_view::npos ? path : path.substr(slash + 1);
}

std::string_view parent_name(std::string_view path) {
  const std::size_t slash = path.rfind('/');
  if (slash == std::string_view::npos) return {};
  return base_name(path.substr(0, slash));
}

std::string_view stem_of(std::string_view name) {
  const std::size_t dot = name.rfind('.');
  return dot == std::string_view::npos || dot == 0 ? name : name.substr(0, dot);
}

bool is_year(std::string_view name) {
  if (name.size() != 4) return false;
  for (char c : name)
    if (c < '0' || c > '9') return false;
  return true;
}

}  // namespace

std::string report_id_of_path(std::string_view path) {
  const std::string_view stem = stem_of(base_name(path));
  const std::string_view parent = parent_name(path);
  if (is_year(stem) && !parent.empty() && parent != "." && parent != ".." && !is_year(parent))
    return std::string(parent);
  return std::string(stem);
}

std::string_view extension_of_path(std::string_view path) {
  const std::string_view name = base_name(path);
  const std::size_t dot = name.rfind('.');
  if (dot == std::string_view::npos || dot == 0) return {};
  return name.substr(dot + 1);
}

std::string archive_path(std::string_view series, int year, std::string_view file) {
  return std::string(series) + "/" + std::to_string(year) + "/" + std::string(file);
}

}  // namespace yoy
