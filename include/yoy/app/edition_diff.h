#pragma once
// Diffs whole editions held in the archive. Reports whose blob ids are equal
// are recognized as unchanged without being read or parsed.
#include <string>
#include <string_view>
#include <vector>

#include "yoy/diff/diff.h"
#include "yoy/model/changeset.h"
#include "yoy/tally/report_sink.h"

namespace yoy {

class Archive;

// "2024" (the archive's only series) or "tip/2024". Throws InputError on a bad or unknown edition.
EditionRef parse_edition_ref(std::string_view text, const Archive& archive);

// Every report present in either edition (or only `ids`) diffed, and handed
// to `sink` in id order (added / removed / changed / unchanged; identical
// blobs are unchanged without being read, and handed over only with
// include_unchanged). When `from` is later than `to`, the head has reversed=true.
void diff_editions(const Archive& archive, const EditionRef& from, const EditionRef& to,
                   const std::vector<std::string>& ids, const DiffOptions& options,
                   ReportSink& sink);

// diff_editions collected: the reports that changed (every one with
// include_unchanged), summarized over every report compared.
ChangeSet diff_editions(const Archive& archive, const EditionRef& from, const EditionRef& to,
                        const std::vector<std::string>& ids, const DiffOptions& options);

}  // namespace yoy
