#pragma once
// Monitoring: where a series' editions come from (sources), what a fetch saw
// (the fetch state), where notifications go (channels). Plain structs; read
// from the monitor file by app/monitor_config, kept in the archive by
// app/fetch_state.
#include <map>
#include <string>
#include <vector>

namespace yoy {

// --- Sources -------------------------------------------------------------

enum class SourceKind {
  tip,      // the TIP Report's country pages: <base>/<year>-trafficking-in-persons-report/<id>/
  pattern,  // any URL pattern with {year} and {id}
  urls,     // a list of pages, each with its year and id
};

// One page to fetch: where it is and what it is.
struct SourcePage {
  int year = 0;
  std::string id;
  std::string url;
};

struct SourceConfig {
  std::string series;
  SourceKind kind = SourceKind::tip;
  std::string base;               // tip: the site root (state.gov, or a mirror's)
  std::string pattern;            // pattern: "https://example.org/{year}/{id}.html"
  std::vector<std::string> ids;   // tip (else every page the year's index links to), pattern
  std::vector<SourcePage> pages;  // urls
  std::vector<int> years;         // which editions to look for ...
  int since = 0;                  // ... or every year from `since` to the current one
  std::string profile = "auto";   // what a page must parse as to count as a report
  double pause_seconds = 2;       // between two requests to the source
  int retries = 4;                // after a timeout, 429 or 5xx
  double backoff_seconds = 5;     // first wait, doubled each retry
  double timeout_seconds = 60;    // one request
};

// --- Channels ------------------------------------------------------------

enum class ChannelKind { webhook, slack, teams, smtp, sendmail, file, standard_output };

// Where a secret comes from: an environment variable or an owner-only file.
// The value itself is never part of the configuration.
struct SecretSource {
  std::string env;   // "YOY_SLACK_URL"
  std::string file;  // "/etc/yoy/slack-url" (mode 0600 or stricter, owned by the user)
  bool given() const { return !env.empty() || !file.empty(); }
};

struct ChannelConfig {
  std::string name;  // unique; names its record refs/yoy/notified/<name>
  ChannelKind kind = ChannelKind::standard_output;
  SecretSource url;  // webhook, slack, teams: the URL is a secret (it grants posting)
  // smtp
  std::string server;  // "smtp://mail.example.org:587" or "smtps://...:465" (not a secret)
  std::string username;
  SecretSource password;
  bool tls = true;  // false only when the configuration says "tls": "none"
  // smtp, sendmail
  std::string from;
  std::vector<std::string> to;
  std::vector<std::string> command;  // sendmail: argv (default /usr/sbin/sendmail -t -oi)
  // file
  std::string path;
};

struct MonitorConfig {
  std::string source;  // the file it was read from (for messages)
  std::map<std::string, SourceConfig> series;
  std::vector<ChannelConfig> channels;
  std::string policy;  // a policy file deciding what is worth a message; "" = the default policy
};

const char* channel_kind_name(ChannelKind kind);
const char* source_kind_name(SourceKind kind);

// --- What fetch keeps (refs/yoy/fetch/<series>) ---------------------------

// What the source said about a page last time, for conditional requests.
struct PageValidators {
  int year = 0;
  std::string id;
  std::string etag, last_modified;
  std::string blob;  // what the archive held for the page when they were saved (git blob id)
  bool operator==(const PageValidators&) const = default;
};

// A page fetched but not yet in the archive (a run was stopped before ingesting).
struct PendingPage {
  int year = 0;
  std::string id, extension, url;
  std::string blob;         // its bytes, kept in the record
  std::string revision_of;  // the stored report's blob it revises; "" for a new report
  std::string date;         // when it was fetched (YYYY-MM-DD)
};

// A report of an existing edition whose words changed after publication.
struct RevisionRecord {
  int year = 0;
  std::string id, url;
  std::string from_blob, to_blob;
  std::string date;  // when yoy saw the revision (YYYY-MM-DD)
};

struct FetchState {
  std::map<std::string, PageValidators> pages;  // by URL
  std::vector<PendingPage> pending;
  std::vector<RevisionRecord> revisions;  // oldest first
};

}  // namespace yoy
