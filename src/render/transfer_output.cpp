#include "yoy/render/transfer_output.h"

#include "yoy/util/printable.h"

namespace yoy {

namespace {

std::string years_phrase(const std::vector<int>& years) {
  std::string out;
  for (int year : years) out += (out.empty() ? "" : ", ") + std::to_string(year);
  return out;
}

std::string describe(const SeriesTransfer& s, const std::string& verb) {
  using O = SeriesTransfer::Outcome;
  switch (s.outcome) {
    case O::unchanged:
      return "up to date";
    case O::created:
      return "new series (" + years_phrase(s.years_in) + ")";
    case O::fast_forward:
      return s.years_in.empty() ? "fast-forward" : "fast-forward, new " + years_phrase(s.years_in);
    case O::rewritten:
      return std::string("history rebuilt (a back-filled, amended or removed edition)") +
             (s.years_in.empty() ? "" : ", new " + years_phrase(s.years_in)) +
             (verb == "pull" ? "; local editions kept"
                             : "; the remote's old head is kept under refs/yoy/replaced/");
    case O::kept_local:
      return "this archive is ahead (push it with yoy push)";
    case O::forced:
      return "forced: the remote's editions were overwritten (its head is kept)";
  }
  return "";
}

}  // namespace

std::string render_transfer_text(const TransferResult& result, const std::string& verb) {
  std::string out;
  bool moved = false;
  for (const SeriesTransfer& s : result.series) {
    if (s.outcome == SeriesTransfer::Outcome::unchanged) continue;
    moved = true;
    out += printable(s.series) + ": " + describe(s, verb) + "\n";
  }
  if (!moved) out += verb + " " + printable(result.remote) + ": everything up to date\n";
  // Earlier histories (a back-filled or amended year's old head) travel along
  // so that nothing is lost on either side; say where they went.
  if (result.replaced_kept)
    out += std::string(verb == "push" ? "also pushed " : "also brought in ") +
           std::to_string(result.replaced_kept) + " earlier histor" +
           (result.replaced_kept == 1 ? "y" : "ies") +
           " kept under refs/yoy/replaced/ (a head replaced by a back-filled, amended or removed "
           "edition)\n";
  return out;
}

std::string render_remove_text(const RemoveResult& r) {
  std::string out = "removed " +
                    (r.id.empty() ? std::string("edition ") : printable(r.id) + " from ") +
                    printable(r.series) + " " + std::to_string(r.year);
  if (r.later_rebuilt)
    out += "; " + std::to_string(r.later_rebuilt) + " later edition" +
           (r.later_rebuilt == 1 ? "" : "s") + " rebuilt";
  if (!r.replaced.empty()) out += "; the old head stays at " + r.replaced;
  return out + "\n";
}

}  // namespace yoy
