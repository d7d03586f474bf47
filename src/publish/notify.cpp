// notify_channels: plan (app), then per channel render and send, then record.
#include "yoy/publish/notify.h"

#include "yoy/app/secrets.h"
#include "yoy/render/notification_render.h"

namespace yoy {

int NotifyResult::failures() const {
  int n = 0;
  for (const ChannelResult& c : channels) n += !c.error.empty();
  return n;
}

NotifyResult notify_channels(Archive& archive, const std::vector<ResolvedChannel>& channels,
                             const NotifyOptions& options) {
  NotifyResult result;
  for (const ChannelPlan& plan : plan_notifications(archive, channels, options)) {
    const ResolvedChannel& channel = *plan.channel;
    ChannelResult out;
    out.name = channel.config.name;
    out.kind = channel.config.kind;
    out.notification = plan.notification;
    const Notification& n = plan.notification;
    if (options.dry_run) {
      if (options.to_stdout)
        options.to_stdout("== " + out.name + " (" + channel_kind_name(out.kind) + ")\n" +
                          (n.empty() ? "nothing worth a message\n" : render_notification_text(n)));
      result.channels.push_back(std::move(out));
      continue;
    }
    if (!n.empty()) {
      Redactor redact;
      redact.add(channel.url);
      redact.add(channel.password);
      const std::string error = send_notification(channel, n, options);
      if (!error.empty()) {
        out.error = redact(error);  // the record stays: the next run tells this channel again
        result.channels.push_back(std::move(out));
        continue;
      }
      out.sent = true;
    }
    out.recorded = record_notified(archive, plan,
                                   n.empty() ? "nothing worth a message" : notification_summary(n),
                                   options.now);
    if (!out.recorded && options.say)
      options.say("notify: " + plan.ref +
                  " changed during this run (another yoy notify?); it will be told again");
    result.channels.push_back(std::move(out));
  }
  return result;
}

}  // namespace yoy
