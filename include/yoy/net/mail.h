#pragma once
// Sending a finished e-mail message: over SMTP (libcurl) or through a local
// sendmail program. The message itself is composed elsewhere (render).
#include <string>
#include <vector>

namespace yoy {

enum class SmtpTls { required, none };  // required: smtps://, or STARTTLS on smtp://

struct SmtpDelivery {
  std::string url;                 // smtp://host[:port] or smtps://host[:port]
  std::string username, password;  // both empty: no login
  SmtpTls tls = SmtpTls::required;
  std::string from;             // envelope sender: "yoy@example.org"
  std::vector<std::string> to;  // envelope recipients
  long timeout_ms = 60'000;
};

// "" when the server accepted the message, else why not ("Login denied",
// "Failed sending data to the peer"): never the password or the URL.
std::string smtp_send(const SmtpDelivery& delivery, const std::string& message);

// "smtp://host[:port]" or "smtps://..." with a host and nothing after the port.
bool is_smtp_url(const std::string& url);

// Runs `command` (argv; argv[0] a path) with the message on its standard input,
// as `sendmail -t -oi` takes one. "" when it exited 0, else what happened
// ("/usr/sbin/sendmail exited 75", "cannot run /usr/sbin/sendmail: No such file").
std::string sendmail_send(const std::vector<std::string>& command, const std::string& message,
                          int timeout_seconds = 120);

}  // namespace yoy
