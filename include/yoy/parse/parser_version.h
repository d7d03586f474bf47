#pragma once
// The version of everything that turns bytes into a Document: a hash of the
// parser's own sources taken at build time, and the libraries it reads with.
// Analyses made by another version are never reused (the archive's cache).
#include <string>

namespace yoy {

// "<sha-256 of the sources> utf8proc <v> nlohmann <v> poppler <v>"
const std::string& parser_version();

}  // namespace yoy
