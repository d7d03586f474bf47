#pragma once
// File I/O with one-line errors and no partial writes.
#include <cstddef>
#include <string>

namespace yoy {

// Reads a whole file ("-": standard input). Throws InputError ("PATH: no such file", "PATH: is a
// directory", "PATH: 70000000 bytes, over the 67108864-byte limit (--max-input)").
std::string read_file(const std::string& path, std::size_t max_bytes);

// Writes through a temporary file in the same directory and renames it into
// place, so readers see the old file or the new one, never half of one.
// Throws InputError("cannot write PATH: reason").
void write_file_atomic(const std::string& path, const std::string& content);

}  // namespace yoy
