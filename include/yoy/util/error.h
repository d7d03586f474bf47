#pragma once
// Errors the user can act on: bad input, bad usage, archive trouble.
// The CLI prints what() as one line on stderr and exits 2.
#include <stdexcept>
#include <string>

namespace yoy {

// what() must say what went wrong and where ("file.txt: invalid UTF-8 at byte 1234").
struct InputError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

struct ArchiveError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

// A result could not be written (a full disk, /dev/full, a closed pipe).
// An InputError too, so every caller that reports bad input reports it.
struct OutputError : InputError {
  using InputError::InputError;
};

}  // namespace yoy
