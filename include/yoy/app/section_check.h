#pragma once
// A filter that matches nothing is a mistake, never "no changes": `--section
// NAME` must name a section some report of either edition has.
#include <string>
#include <vector>

#include "yoy/model/changeset.h"

namespace yoy {

class Archive;

// Throws InputError for the first of `wanted` that matches (by section key, as
// --section does) none of `headings`: "--section 'prosecuton': no section of that
// name in tip/2024 or tip/2025; did you mean 'prosecution'?". `where` names the editions.
void require_sections(const std::vector<std::string>& wanted,
                      const std::vector<std::string>& headings, const std::string& where);

// Every heading a ChangeSet names (sections, renamed sections' old headings,
// lists, statistics' sections).
std::vector<std::string> headings_of(const ChangeSet& changes);

// require_sections for an edition diff: the headings `changes` names first;
// only when some name is not among them, every stored report of the two
// editions (or of `ids`) is read (through the analysis cache, without sentence
// analysis) for all its headings.
void require_edition_sections(const Archive& archive, const EditionRef& from, const EditionRef& to,
                              const std::vector<std::string>& ids, const ChangeSet& changes,
                              const std::vector<std::string>& wanted);

}  // namespace yoy
