#include "yoy/archive/transfer.h"

namespace yoy {

const char* outcome_name(SeriesTransfer::Outcome outcome) {
  switch (outcome) {
    case SeriesTransfer::Outcome::unchanged:
      return "unchanged";
    case SeriesTransfer::Outcome::created:
      return "created";
    case SeriesTransfer::Outcome::fast_forward:
      return "fast-forward";
    case SeriesTransfer::Outcome::rewritten:
      return "rewritten";
    case SeriesTransfer::Outcome::kept_local:
      return "kept-local";
    case SeriesTransfer::Outcome::forced:
      return "forced";
  }
  return "unchanged";
}

}  // namespace yoy
