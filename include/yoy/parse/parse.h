#pragma once
// bytes → Document, through the reader and profile that fit the input.
#include <cstddef>
#include <string>
#include <string_view>

#include "yoy/model/model.h"
#include "yoy/util/limits.h"

namespace yoy {

enum class Profile { automatic, tip, factbook, generic };

// "auto" | "tip" | "factbook" | "generic"; throws InputError on anything else.
Profile profile_from_name(std::string_view name);
const char* profile_name(Profile p);

struct ParseOptions {
  Profile profile = Profile::automatic;
  std::string source_path;  // used in messages and for format detection (.html, .json)
  std::size_t max_input = limits::kMaxInputBytes;  // bytes
  // false: structured (factbook) documents come with comparison forms only; a
  // differ then analyzes only the blocks it looks into (diff_documents with a
  // BlockAnalysis, diff/diff.h). Text profiles ignore it.
  bool analyze = true;
  // The git blob id of the bytes when the caller knows it (stored reports);
  // empty: computed.
  std::string source_hash;
};

// Detects format (HTML / JSON / text) and profile, then parses.
// Throws InputError (what + where) on bad input; never crashes.
Document parse_document(std::string_view bytes, const ParseOptions& options);

// What parse_document would refuse for the work the bytes make (a million
// fields or paragraphs, an HTML page whose tree outgrows its budget, JSON
// nested too deeply), checked without building the Document: ingest calls it
// so that such a report is refused once, not at every later diff. PDFs pass.
// The format is told from `source_path` (its extension) and the bytes;
// messages name `where`, else `source_path`.
void check_report_shape(std::string_view bytes, std::string_view source_path,
                        std::string_view where = {});

// Reads the file (at most max_input bytes) and parses it; source_path is the file.
Document parse_file(const std::string& path, Profile profile, std::size_t max_input);
// The extension a report with these bytes is stored under: "json", "html" or "txt"
// (for input without a file name, such as standard input).
const char* extension_for(std::string_view bytes);
// The profile `automatic` would pick for these bytes.
Profile detect_profile(std::string_view bytes, std::string_view source_path);

}  // namespace yoy
