#pragma once
// Field-by-field comparison of two Documents, for round-trip tests and the
// codec's fuzz target. Every struct is unpacked with a structured binding, so a
// field added to the model fails to compile here until it is compared too.
#include <string>

#include "yoy/model/model.h"

namespace yoy::test {

// "" when equal; else where they first differ ("sections[2].blocks[7].compare: ...").
// Doubles compare bit for bit.
std::string document_difference(const Document& a, const Document& b);

}  // namespace yoy::test
