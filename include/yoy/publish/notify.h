#pragma once
// `yoy notify` carried out: each channel's notification (app/notify) rendered
// for its channel (render/notification_render) and sent (net, or a file, or
// standard output); the channel's record moves only once it was told.
#include <string>
#include <vector>

#include "yoy/app/notify.h"

namespace yoy {

class Archive;

struct ChannelResult {
  std::string name;
  ChannelKind kind = ChannelKind::standard_output;
  Notification notification;  // what was (or would be) sent
  bool sent = false;          // a message went out
  bool recorded = false;      // the channel's record moved
  std::string error;          // the send failed (secrets redacted)
};

struct NotifyResult {
  std::vector<ChannelResult> channels;
  int failures() const;
};

NotifyResult notify_channels(Archive& archive, const std::vector<ResolvedChannel>& channels,
                             const NotifyOptions& options);

// Sends one notification through its channel; "" when it went, else why not
// (as the transport said it: the caller redacts secrets).
std::string send_notification(const ResolvedChannel& channel, const Notification& notification,
                              const NotifyOptions& options);

}  // namespace yoy
