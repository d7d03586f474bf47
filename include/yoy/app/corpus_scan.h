#pragma once
// Reading editions from disk: report files, and corpus directories laid out
// <series>/<year>/<id>.<ext>. Every file is read and validated here, before
// anything is written to an archive.
#include <cstddef>
#include <string>
#include <vector>

#include "yoy/archive/archive.h"

namespace yoy {

// A report file: id from `id` or the file name's stem, extension from its name.
// Throws InputError (missing, empty, binary, invalid UTF-8, too large, bad id).
EditionFile read_report_file(const std::string& path, const std::string& id, std::size_t max_bytes);

// Every edition under `dir`: a corpus root (<series>/<year>/<id>.<ext>), a series
// directory (<year>/<id>.<ext>) or a year directory (<id>.<ext>); the series
// name comes from `series` when given, else from the directory names. Editions
// are sorted by series then year. Dot files are skipped, and so are entries
// that are no regular file (a FIFO, a socket, a device: never opened), each
// named in `skipped` ("PATH: a FIFO, not a report file"). Throws InputError
// when nothing is found or an entry is malformed.
std::vector<Edition> scan_corpus(const std::string& dir, const std::string& series,
                                 std::size_t max_bytes,
                                 std::vector<std::string>* skipped = nullptr);

}  // namespace yoy
