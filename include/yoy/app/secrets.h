#pragma once
// Secrets (webhook URLs, SMTP passwords): read from the environment or from a
// file only its owner can read; kept out of every message yoy prints.
#include <string>
#include <vector>

#include "yoy/model/monitor.h"

namespace yoy {

// The secret's value. Throws InputError (one line, never the value) when the
// variable is unset or empty, or the file is missing, unreadable, not a
// regular file, not the user's own, or readable or writable by group or others:
// "/etc/yoy/hook: readable by others (mode 0644): chmod 600 it".
// `what` names the secret ("channels[0] (slack): url").
std::string read_secret(const SecretSource& source, const std::string& what);

// Replaces every secret it was given by "[secret]" in a message: the URL of a
// webhook, also without its scheme and percent-decoded, a password.
class Redactor {
 public:
  void add(const std::string& secret);
  std::string operator()(std::string text) const;

 private:
  std::vector<std::string> secrets_;
};

}  // namespace yoy
