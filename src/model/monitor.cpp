// Names of the monitor's kinds, as the monitor file spells them.
#include "yoy/model/monitor.h"

namespace yoy {

const char* channel_kind_name(ChannelKind kind) {
  switch (kind) {
    case ChannelKind::webhook:
      return "webhook";
    case ChannelKind::slack:
      return "slack";
    case ChannelKind::teams:
      return "teams";
    case ChannelKind::smtp:
      return "smtp";
    case ChannelKind::sendmail:
      return "sendmail";
    case ChannelKind::file:
      return "file";
    case ChannelKind::standard_output:
      return "stdout";
  }
  return "stdout";
}

const char* source_kind_name(SourceKind kind) {
  switch (kind) {
    case SourceKind::tip:
      return "tip";
    case SourceKind::pattern:
      return "pattern";
    case SourceKind::urls:
      return "urls";
  }
  return "tip";
}

}  // namespace yoy
