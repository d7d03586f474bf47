#pragma once
// A directory of generated pages (yoy summary, yoy site) replaced as a whole:
// readers see the old set or the new one, never a mix, whatever happens
// during the write (a full disk, a kill, a file in the way).
#include <string>
#include <vector>

namespace yoy {

struct OutputFile {
  std::string name;  // a plain file name inside the directory: "index.html"
  std::string content;
};

// The manifest kept in the directory: the names yoy wrote there, one a line.
inline constexpr const char* kManifestName = ".yoy-manifest";

// Replaces yoy's files in `dir` by `files`:
//  - the new set is written into a fresh directory beside `dir`
//    (".<name>.yoy-tmp-<pid>-<n>"), with every file the manifest does not list
//    (the user's own) linked in unchanged, then swapped with `dir` in one
//    rename (RENAME_EXCHANGE; where the file system lacks it, two renames, so
//    `dir` is briefly absent but never mixed);
//  - files a previous run wrote that are not in `files` are gone with the old set;
//  - leftovers of writers that died (a kill) are removed first.
// Throws InputError (and leaves `dir` as it was) when the directory cannot be
// written, a name is not a plain file name, or a file yoy did not write (not in
// the manifest) has the name of one it would write.
void write_output_directory(const std::string& dir, const std::vector<OutputFile>& files);

}  // namespace yoy
