#pragma once
// Where results go. Everything a command prints as its result passes through
// emit / write_stdout (messages and progress go to stderr): unbuffered
// write(2) calls on file descriptor 1, each checked, so a full disk, /dev/full
// or a reader that went away is one line and exit 2 instead of a silent
// truncation. On a terminal, emit hands the result to the pager (pager.h).
#include <string>
#include <string_view>

namespace yoy::cli {

// Writes all of `bytes` to standard output. Throws OutputError. A closed pipe
// ends the process by SIGPIPE as it does every filter (`yoy log | head`),
// unless SIGPIPE is ignored: then it is an OutputError too.
void write_stdout(std::string_view bytes);

// The result to -o FILE (util write_file_atomic: replaced atomically, or a
// stream written in place), or to standard output when FILE is empty (through
// the pager on a terminal) or "-".
void emit(const std::string& output_path, const std::string& content);

}  // namespace yoy::cli
