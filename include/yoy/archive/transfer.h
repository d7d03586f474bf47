#pragma once
// What removing an edition and sharing an archive through git did: the results
// of Archive::remove, clone, pull and push (archive/archive.h), shown by render.
#include <functional>
#include <string>
#include <vector>

namespace yoy {

struct RemoveResult {
  std::string series;
  int year = 0;
  std::string id;         // "" when the whole edition was removed
  int later_rebuilt = 0;  // later editions given new commits
  std::string replaced;   // "refs/yoy/replaced/<n>": where the old head stays
};

// What pull or push did to one series.
struct SeriesTransfer {
  enum class Outcome {
    unchanged,     // both sides already the same
    created,       // new on the receiving side
    fast_forward,  // the receiving side gained later editions
    rewritten,     // the history was rebuilt (a back-filled or amended year), nothing lost
    kept_local,    // pull: the local side is ahead; nothing to bring in
    forced,        // push --force: the remote's editions were overwritten (its head kept)
  };
  std::string series;
  Outcome outcome = Outcome::unchanged;
  std::vector<int> years_in;  // editions the receiving side did not have before
};

struct TransferResult {
  std::string remote;  // name or URL
  std::vector<SeriesTransfer> series;
  int replaced_kept = 0;  // replaced heads copied to the receiving side
};

// Called as objects arrive or leave (received or sent of total), for progress lines.
using TransferProgress = std::function<void(unsigned done, unsigned total)>;

const char* outcome_name(SeriesTransfer::Outcome outcome);

}  // namespace yoy
