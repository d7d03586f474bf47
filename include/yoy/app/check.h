#pragma once
// `yoy check`: a policy applied to every report of two editions, each finding
// able to name the report's file in the archive.
#include "yoy/model/changeset.h"
#include "yoy/policy/policy.h"

namespace yoy {

class Archive;

CheckResult check_editions(const Archive& archive, const EditionRef& from, const EditionRef& to,
                           const Policy& policy);

}  // namespace yoy
