#pragma once
// File I/O with one-line errors and no partial writes.
#include <cstddef>
#include <string>
#include <string_view>

namespace yoy {

// Reads a whole file ("-": standard input). Throws InputError ("PATH: no such file", "PATH: is a
// directory", "PATH: 70000000 bytes, over the 67108864-byte input limit (--max-input)");
// `limit` names the limit in that message.
std::string read_file(const std::string& path, std::size_t max_bytes,
                      std::string_view limit = "input limit (--max-input)");

// Writes an output file (-o PATH, summary pages). A regular file, or none
// yet, is written to a fresh temporary name beside it (O_EXCL, never through a
// planted symlink) and renamed into place: readers see the old file or the new
// one, never half of one. A stream is written in place: "-" and /dev/stdout
// (fd 1), /dev/stderr, /dev/fd/N and /proc/self/fd/N (that descriptor, as
// the shell opened it), and whatever else is not a regular file, directly or
// through a symlink: a FIFO, a character device (/dev/null, a terminal), a
// socket. Throws OutputError("cannot write PATH: reason").
void write_file_atomic(const std::string& path, const std::string& content);

// Writes all of `bytes` to `fd` (short writes and EINTR retried). Throws
// OutputError("cannot write <what>: reason"), e.g. ENOSPC, EPIPE, EBADF.
void write_all(int fd, std::string_view bytes, const std::string& what);

}  // namespace yoy
