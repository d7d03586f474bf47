#pragma once
// Diffs whole editions held in the archive. Reports whose blob ids are equal
// are recognized as unchanged without being read or parsed.
#include <string>
#include <string_view>
#include <vector>

#include "yoy/diff/diff.h"
#include "yoy/model/changeset.h"

namespace yoy {

class Archive;

// "2024" (the archive's only series) or "tip/2024". Throws InputError on a bad or unknown edition.
EditionRef parse_edition_ref(std::string_view text, const Archive& archive);

// diff_documents of two editions parsed without analysis (ParseOptions.analyze
// = false): aligned first, then only the blocks the alignment did not pair as
// identical get their sentences and statistics (identical ones never need them).
ReportChange diff_deferred(Document& from, Document& to, const DiffOptions& options);

// Every report present in either edition (or only `ids`): added / removed /
// changed / unchanged. When `from` is later than `to`, the result has reversed=true.
ChangeSet diff_editions(const Archive& archive, const EditionRef& from, const EditionRef& to,
                        const std::vector<std::string>& ids, const DiffOptions& options);

// diff_editions rendered as render_json would render it (the same bytes), each
// report rendered by the worker that diffed it, so no whole ChangeSet is held.
struct RenderedDiff {
  std::string json;
  bool differs = false;  // a report changed, was added or removed (has_changes)
};
RenderedDiff diff_editions_json(const Archive& archive, const EditionRef& from,
                                const EditionRef& to, const std::vector<std::string>& ids,
                                const DiffOptions& options);

}  // namespace yoy
