#include "output.h"

#include <unistd.h>

#include "pager.h"
#include "yoy/util/files.h"

namespace yoy::cli {

void write_stdout(std::string_view bytes) { write_all(STDOUT_FILENO, bytes, "standard output"); }

void emit(const std::string& output_path, const std::string& content) {
  if (output_path.empty()) {
    if (write_through_pager(content)) return;  // a terminal: the pager writes it
    write_stdout(content);
  } else if (output_path == "-") {
    write_stdout(content);
  } else {
    write_file_atomic(output_path, content);
  }
}

}  // namespace yoy::cli
