// send_notification: one channel, one message, through net (HTTP, SMTP,
// sendmail) or a file; the text comes from render/notification_render.
#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <ctime>

#include "yoy/net/http.h"
#include "yoy/net/mail.h"
#include "yoy/publish/notify.h"
#include "yoy/render/notification_render.h"
#include "yoy/util/blob_id.h"
#include "yoy/util/error.h"
#include "yoy/util/files.h"
#include "yoy/util/version.h"

namespace yoy {

namespace {

std::string post_json(const std::string& url, const std::string& body, const char* what) {
  HttpRequest request;
  request.method = "POST";
  request.url = url;
  request.body = body;
  request.headers = {"Content-Type: application/json; charset=utf-8"};
  request.user_agent = std::string("yoy/") + YOY_VERSION;
  request.timeout_ms = 30'000;
  request.max_bytes = 1 << 20;
  const HttpResponse response = http_perform(request);
  if (response.status >= 200 && response.status < 300) return "";
  if (response.status == 0) return std::string(what) + ": " + response.transport_error;
  return std::string(what) + " answered HTTP " + std::to_string(response.status);
}

std::string mail_date(long long now) {
  const std::time_t t = static_cast<std::time_t>(now);
  std::tm tm{};
  ::gmtime_r(&t, &tm);
  char buffer[64];
  std::strftime(buffer, sizeof buffer, "%a, %d %b %Y %H:%M:%S +0000", &tm);
  return buffer;
}

MailHeaders headers_for(const ChannelConfig& c, const Notification& n, long long now) {
  MailHeaders h;
  h.from = c.from;
  h.to = c.to;
  h.date = mail_date(now);
  const std::string domain = c.from.substr(c.from.find('@') + 1);
  h.message_id = "<yoy." + std::to_string(now) + "." +
                 git_blob_id(render_notification_text(n)).substr(0, 12) + "." + c.name + "@" +
                 domain + ">";
  return h;
}

std::string append_to_file(const std::string& path, const std::string& text) {
  const int fd = ::open(path.c_str(), O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0600);
  if (fd < 0) return "cannot open " + path + ": " + std::strerror(errno);
  try {
    write_all(fd, text, path);
  } catch (const OutputError& e) {
    ::close(fd);
    return e.what();
  }
  if (::fsync(fd) != 0 && errno != EINVAL) {
    const int err = errno;
    ::close(fd);
    return "cannot write " + path + ": " + std::strerror(err);
  }
  ::close(fd);
  return "";
}

}  // namespace

std::string send_notification(const ResolvedChannel& channel, const Notification& n,
                              const NotifyOptions& options) {
  const ChannelConfig& c = channel.config;
  switch (c.kind) {
    case ChannelKind::webhook:
      return post_json(channel.url, render_notification_json(n), "the webhook");
    case ChannelKind::slack:
      return post_json(channel.url, render_notification_slack(n), "the Slack webhook");
    case ChannelKind::teams:
      return post_json(channel.url, render_notification_teams(n), "the Teams webhook");
    case ChannelKind::smtp: {
      SmtpDelivery delivery;
      delivery.url = c.server;
      delivery.username = c.username;
      delivery.password = channel.password;
      delivery.tls = c.tls ? SmtpTls::required : SmtpTls::none;
      delivery.from = c.from;
      delivery.to = c.to;
      const std::string error =
          smtp_send(delivery, render_notification_email(n, headers_for(c, n, options.now)));
      return error.empty() ? "" : "SMTP: " + error;
    }
    case ChannelKind::sendmail:
      return sendmail_send(c.command, render_notification_email(n, headers_for(c, n, options.now)));
    case ChannelKind::file:
      return append_to_file(c.path, render_notification_text(n) + "\n");
    case ChannelKind::standard_output:
      if (options.to_stdout) options.to_stdout(render_notification_text(n));
      return "";
  }
  return "unknown channel";
}

}  // namespace yoy
