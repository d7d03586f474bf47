#pragma once
// `yoy check`: a policy applied to every report of two editions, each finding
// able to name the report's file in the archive.
#include "yoy/diff/diff.h"
#include "yoy/model/changeset.h"
#include "yoy/policy/policy.h"

namespace yoy {

class Archive;

// `options` as for the diff (--ignore); unchanged reports are always compared, to count as checked.
CheckResult check_editions(const Archive& archive, const EditionRef& from, const EditionRef& to,
                           const Policy& policy, DiffOptions options = {});

}  // namespace yoy
