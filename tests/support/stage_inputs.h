#pragma once
// Inputs a stage's tests take from another stage, made here by that stage: a
// real report parsed as `yoy parse` parses it (for the differ, the codec and
// the renderers), a ChangeSet of two files as `yoy compare` makes it, the
// change of two hand-built Documents. So each test includes only its own stage
// and the ones below (scripts/check-layers); tests whose subject is several
// stages working together sit in tests/pipeline/.
#include <string>

#include "yoy/model/changeset.h"
#include "yoy/model/model.h"

namespace yoy::test {

// profile: "auto" | "tip" | "factbook" | "generic". analyze = false: structured
// (factbook) documents with comparison forms only, as an edition diff first reads them.
Document parsed_text(const std::string& bytes, const std::string& source_path,
                     const std::string& profile = "auto", bool analyze = true);
// Throws InputError as parse_file does (fixtures include bad inputs on purpose).
Document parsed_file(const std::string& path, const std::string& profile = "auto");

// OLD and NEW parsed, diffed with the default options and summarized.
ChangeSet compared_files(const std::string& old_path, const std::string& new_path);

// diff_documents of two Documents (either may be null) with the default options
// or with every unchanged block too (`include_unchanged`).
ReportChange diffed(const Document* from, const Document* to, bool include_unchanged = false);

}  // namespace yoy::test
