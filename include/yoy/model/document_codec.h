#pragma once
// A compact binary form of a Document, for the analysis cache the archive
// keeps. The bytes carry a context (what they were made from: the parser's
// version, the source blob, its name) and a checksum; decoding checks every
// length, count and index against the bytes it has and refuses anything
// malformed, foreign or corrupt (nullopt) instead of trusting it.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "yoy/model/model.h"

namespace yoy {

// decode_document(encode_document(d, c), c) == d, field by field.
std::string encode_document(const Document& document, std::string_view context);

// nullopt unless `bytes` is a whole, intact encoding made with this `context`.
std::optional<Document> decode_document(std::string_view bytes, std::string_view context);

// The checksum an encoding ends with (of every byte before it); tests use it
// to build damaged encodings that still pass the checksum.
std::uint64_t document_checksum(std::string_view bytes);

}  // namespace yoy
