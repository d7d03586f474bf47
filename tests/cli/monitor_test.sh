#!/usr/bin/env bash
# yoy fetch, yoy notify and the site's feed against servers this test starts on
# 127.0.0.1 (tests/support/monitor_servers.py): a report site serving two years of real
# stored TIP copies (tests/fixtures/tip-history) with 404s, a slow page, a page
# that times out, 503 and 429 answers before the page, an error page served
# with status 200 and pages revised between runs; a webhook receiver that checks
# every body and fails once when told; an SMTP server (python3-aiosmtpd); a fake
# sendmail. Nothing leaves the machine.
# Usage: monitor_test.sh YOY_EXE   (exit 77: skipped, python3-aiosmtpd missing)
set -euo pipefail
yoy=$(realpath "$1")
root=$(cd "$(dirname "$0")/../.." && pwd)
py=/usr/bin/python3
[[ -x $py ]] || py=python3
if ! "$py" -c "import aiosmtpd" 2>/dev/null; then
  echo "SKIP: python3-aiosmtpd is not installed (scripts/setup installs it)"
  exit 77
fi
hist=$root/tests/fixtures/tip-history

work=$(mktemp -d)
state=$work/net
mkdir -p "$state"
server_pid=""
cleanup() {
  if [[ -n "$server_pid" ]]; then
    kill "$server_pid" 2>/dev/null || true
    wait "$server_pid" 2>/dev/null || true
  fi
  chmod -R u+rwx "$work" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

failures=0
check() {  # check "what" command...
  local what=$1
  shift
  if "$@"; then echo "ok   $what"; else echo "FAIL $what"; failures=$((failures + 1)); fi
}
contains() { grep -qF -- "$2" "$1"; }
lacks() { ! grep -qF -- "$2" "$1"; }
lines() { wc -l <"$1" | tr -d ' '; }

# --- The site (tests/support/monitor_site.sh): two years of real stored copies.
# shellcheck source=../support/monitor_site.sh
source "$root/tests/support/monitor_site.sh"
monitor_site "$state" "$hist"
P=/reports/2023-trafficking-in-persons-report
cat >"$state/control.json" <<JSON
{"slow": {"$P/north-korea/": 1, "$P/chad/": 4},
 "flaky": {"$P/burma/": [503], "$P/venezuela/": [429]},
 "error200": ["$P/syria/"]}
JSON

# --- Secrets and channels.
printf 'smtp-test-password-42\n' >"$state/smtp-password"
"$py" "$root/tests/support/monitor_servers.py" "$state" 2>"$work/server.err" &
server_pid=$!
for _ in $(seq 200); do [[ -s "$state/ports.json" ]] && break; sleep 0.1; done
[[ -s "$state/ports.json" ]] || { echo "FAIL the test servers did not start"; cat "$work/server.err"; exit 1; }
http=$("$py" -c "import json,sys; print(json.load(open(sys.argv[1]))['http'])" "$state/ports.json")
smtp=$("$py" -c "import json,sys; print(json.load(open(sys.argv[1]))['smtp'])" "$state/ports.json")
base="http://127.0.0.1:$http"
token=TOKEN-b7c1e9d4f2a8
export YOY_TEST_HOOK="$base/hook/hook/$token"
export YOY_TEST_TEAMS="$base/hook/teams/$token"
printf '%s\n' "$base/hook/slack/$token" >"$work/slack-url"
chmod 600 "$work/slack-url"
install -m 600 "$state/smtp-password" "$work/smtp-password"
cat >"$work/fake-sendmail" <<SH
#!/bin/sh
# What a local sendmail -t -oi would take: the whole message on standard input.
cat >"$work/sendmail-\$\$.eml"
SH
chmod +x "$work/fake-sendmail"

write_config() {  # write_config FILE
  cat >"$1" <<JSON
{
  "format": "yoy.monitor/1",
  "series": {"tip": {"source": "tip", "base": "$base/reports", "years": [2022, 2023],
                     "pause": 0.05, "retries": 1, "backoff": 0.2, "timeout": 2}},
  "channels": [
    {"name": "hook", "type": "webhook", "url_env": "YOY_TEST_HOOK"},
    {"name": "slack", "type": "slack", "url_file": "$work/slack-url"},
    {"name": "teams", "type": "teams", "url_env": "YOY_TEST_TEAMS"},
    {"name": "mail", "type": "smtp", "server": "smtp://127.0.0.1:$smtp", "tls": "none",
     "username": "yoy", "password_file": "$work/smtp-password",
     "from": "yoy@example.org", "to": ["analysts@example.org"]},
    {"name": "local-mail", "type": "sendmail", "command": ["$work/fake-sendmail"],
     "from": "yoy@example.org", "to": ["desk@example.org"]},
    {"name": "log", "type": "file", "path": "$work/notifications.log"}
  ]
}
JSON
}
write_config "$work/yoy-monitor.json"
A=$work/archive.yoy   # yoy-monitor.json beside it is found by default
export SOURCE_DATE_EPOCH=1688169600  # 2023-07-01: the 2023 report's month
run() {  # run NAME yoy-args...: status in $status, output in $work/NAME.out and .err
  local name=$1
  shift
  status=0
  timeout 120 "$yoy" "$@" >"$work/$name.out" 2>"$work/$name.err" || status=$?
}
git_a() { git --git-dir "$A" "$@"; }
hooks() { ls "$state/hooks" | grep -c "^$1-" || true; }
log_has() { grep -qP -- "$1" "$state/requests.log"; }

# 1. The first fetch: two editions, politely, nothing but reports kept.
run fetch1 --archive "$A" fetch
cat "$work/fetch1.out"
check "first fetch: exit 1 (a page could not be fetched)" test "$status" -eq 1
check "2022: 4 reports, 2023: 6 reports (chad timed out)" test "$("$yoy" --archive "$A" list)" = "tip  2022  4 reports
tip  2023  6 reports"
check "a stored report is the page byte for byte" \
  cmp -s <(git_a show tip/2023:burma.txt) "$hist/burma-2023-gvnet.txt"
check "the error page served with 200 is reported" contains "$work/fetch1.out" "not fetched: 2023 syria: HTTP 200 but an error page"
check "the error page is not stored" test -z "$(git_a ls-tree tip/2023 syria.txt syria.html)"
check "the page that stays silent times out, reported" contains "$work/fetch1.out" "not fetched: 2023 chad: timed out"
check "the slow page (1 s) is stored" test -n "$(git_a ls-tree tip/2023 north-korea.txt)"
check "404s are absent, not errors" contains "$work/fetch1.out" "2 absent"
check "the introduction linked from the index is skipped" contains "$work/fetch1.out" "2 skipped"
check "503 then the page: asked twice" test "$(grep -c "^$P/burma/	" "$state/requests.log")" -eq 2
check "429 then the page: asked twice" test "$(grep -c "^$P/venezuela/	" "$state/requests.log")" -eq 2
check "Retry-After: 1 honoured (the retry said so)" contains "$work/fetch1.err" "venezuela/: HTTP 429; attempt 2 in 1 s"
check "the silent page: the first try and one retry" test "$(grep -c "^$P/chad/	" "$state/requests.log")" -eq 2
check "every request names yoy" test "$(cut -f2 "$state/requests.log" | grep -vc 'yoy/')" -eq 0
check "a page that is not in the report's pages (another year) is not fetched" \
  test "$(grep -c '^/reports/2021-' "$state/requests.log" || true)" -eq 0
check "git fsck --strict is clean" git_a fsck --strict --no-progress
check "the fetch record is a ref" test -n "$(git_a for-each-ref refs/yoy/fetch/tip)"
listing1="$(git_a ls-tree tip/2022; git_a ls-tree tip/2023)"

# 2. The first notification: the 2022 → 2023 changes to every channel.
run notify1 --archive "$A" notify
cat "$work/notify1.err"
check "first notify: exit 0" test "$status" -eq 0
for c in hook slack teams; do check "$c received one message" test "$(hooks "$c")" -eq 1; done
check "the SMTP server received one message" test "$(ls "$state/mail" | wc -l)" -eq 1
check "sendmail received one message" test "$(ls "$work" | grep -c '^sendmail-')" -eq 1
check "the file channel has the message" contains "$work/notifications.log" "Malaysia"
check "the webhook body names Malaysia's upgrade" \
  "$py" -c "import json,sys; d=json.load(open(sys.argv[1])); assert any(f['id']=='malaysia' and f['rule']=='tier-change' and f['old']=='Tier 3' and f['new']=='Tier 2 Watch List' for f in d['findings'])" "$state/hooks/hook-1.json"
check "the e-mail logged in and went to the configured recipient" contains "$state/mail/1.eml" "X-Envelope-To: analysts@example.org"
check "the e-mail's subject says what moved" grep -q "^Subject: yoy: Malaysia upgraded to Tier 2 Watch List" "$state/mail/1.eml"
check "records per channel" test "$(git_a for-each-ref refs/yoy/notified | wc -l)" -eq 6

# 3. A second run sends nothing new.
run notify2 --archive "$A" notify
check "second notify: exit 0" test "$status" -eq 0
check "second notify: nothing new" test "$(grep -c 'nothing new worth a message' "$work/notify2.err")" -eq 6
for c in hook slack teams; do check "$c received nothing more" test "$(hooks "$c")" -eq 1; done

# 4. Pages revised: conditional requests, revisions kept and reported.
cat >"$state/control.json" <<JSON
{"version": "v2", "hook_fail": {"hook": 1}}
JSON
: >"$state/requests.log"
export SOURCE_DATE_EPOCH=1696204800  # 2023-10-02
run fetch2 --archive "$A" fetch
cat "$work/fetch2.out"
check "second fetch: exit 0" test "$status" -eq 0
check "unchanged pages answered 304 to If-None-Match" log_has '/north-korea/\t[^\t]*\t"[0-9a-f]+"\t[^\t]*\t304$'
check "two revisions" contains "$work/fetch2.out" "2 revised"
check "a page with other bytes but the same words is left as stored" contains "$work/fetch2.out" "1 same words"
check "... byte for byte" cmp -s <(git_a show tip/2023:burma.txt) "$hist/burma-2023-gvnet.txt"
check "the revision is reported with its date" contains "$work/fetch2.out" "revised: the 2023 malaysia page (tip/2023/malaysia), seen on 2023-10-02"
check "the revised page is stored" cmp -s <(git_a show tip/2023:malaysia.txt) "$(report 2023 malaysia v2/)/index.txt"
check "the replaced head is kept" test -n "$(git_a for-each-ref refs/yoy/replaced)"
check "git fsck --strict is clean" git_a fsck --strict --no-progress

# 5. Notify: ranked (the downgrade before the dropped recommendation); a failing channel keeps its message.
run notify3 --archive "$A" notify
cat "$work/notify3.err"
check "a channel failed: exit 1" test "$status" -eq 1
check "the failure is named" contains "$work/notify3.err" "notify: hook: not sent: the webhook answered HTTP 500 (kept for the next run)"
check "the webhook's secret URL is never printed" lacks "$work/notify3.err" "$token"
check "slack got the revisions" test "$(hooks slack)" -eq 2
slack2=$state/hooks/slack-2.json
check "the downgrade comes first" "$py" -c "
import json,sys; t=json.load(open(sys.argv[1]))['text']
assert t.index('Malaysia downgraded to Tier 3') < t.index('Turkmenistan'), t
assert 'was revised on 2023-10-02' in t, t" "$slack2"
check "the e-mail says it too" grep -q "^Subject: yoy: Malaysia downgraded to Tier 3; Turkmenistan: 1 recommendation dropped" "$state/mail/2.eml"
run notify4 --archive "$A" notify
check "the failed channel is told at the next run: exit 0" test "$status" -eq 0
check "the webhook got it" test "$(hooks hook)" -eq 2
check "its body is the revisions, ranked" "$py" -c "
import json,sys; d=json.load(open(sys.argv[1]))
assert [e['kind'] for e in d['events']] == ['revision', 'revision'], d['events']
assert d['findings'][0]['rule'] == 'tier-downgrade' and d['findings'][0]['id'] == 'malaysia', d['findings'][0]
assert d['findings'][1]['rule'] == 'recommendation-removed' and d['findings'][1]['id'] == 'turkmenistan'
assert d['events'][0]['url'].endswith('/malaysia/') and d['events'][0]['date'] == '2023-10-02'" "$(ls -t "$state"/hooks/hook-*.json | head -1)"
check "the others were not told twice" test "$(hooks slack)" -eq 2
run notify5 --archive "$A" notify
check "then nothing" test "$(grep -c 'nothing new worth a message' "$work/notify5.err")" -eq 6
check "no secret in the archive" test "$(git_a cat-file --batch-all-objects --batch | grep -ac "$token" || true)" -eq 0
check "no password in the archive" test "$(git_a cat-file --batch-all-objects --batch | grep -ac smtp-test-password || true)" -eq 0
check "no secret in the file channel" lacks "$work/notifications.log" "$token"

# 6. The site's Atom feed: one entry per edition pair and per revision, newest first.
run site --archive "$A" site tip -o "$work/site"
check "yoy site: exit 0" test "$status" -eq 0
check "the feed is Atom with 3 entries, newest first" "$py" -c "
import sys, xml.etree.ElementTree as ET
a = '{http://www.w3.org/2005/Atom}'
feed = ET.parse(sys.argv[1]).getroot()
assert feed.tag == a + 'feed'
for tag in ('id', 'title', 'updated', 'author'): assert feed.find(a + tag) is not None, tag
entries = feed.findall(a + 'entry')
assert len(entries) == 3, len(entries)
dates = [e.find(a + 'updated').text for e in entries]
assert dates == sorted(dates, reverse=True), dates
ids = [e.find(a + 'id').text for e in entries]
assert len(set(ids)) == 3, ids
titles = [e.find(a + 'title').text for e in entries]
assert titles[0].startswith('The 2023 ') and 'revised on 2023-10-02' in titles[0], titles
assert titles[2].startswith('tip 2022 → 2023'), titles
assert entries[2].find(a + 'link').get('href') == 'changes-2022-2023.html'" "$work/site/feed.xml"

# 7. A killed fetch resumes; a killed notify loses nothing.
B=$work/killed.yoy
cp "$work/yoy-monitor.json" "$work/killed-monitor.json"
cat >"$state/control.json" <<JSON
{"slow": {"$P/venezuela/": 30}}
JSON
export SOURCE_DATE_EPOCH=1688169600
"$yoy" --archive "$B" fetch --config "$work/killed-monitor.json" tip --year 2023 >/dev/null 2>&1 &
fetch_pid=$!
: >"$state/requests.log"
for _ in $(seq 300); do
  [[ -n "$(git --git-dir "$B" for-each-ref refs/yoy/fetch/tip 2>/dev/null)" ]] && grep -q "^$P/venezuela/" "$state/requests.log" && break
  sleep 0.1
done
kill -9 "$fetch_pid" 2>/dev/null || true
wait "$fetch_pid" 2>/dev/null || true
check "killed mid-fetch: git fsck --strict is clean" git --git-dir "$B" fsck --strict --no-progress
check "killed mid-fetch: nothing ingested yet" test -z "$(git --git-dir "$B" for-each-ref refs/heads)"
echo '{}' >"$state/control.json"
: >"$state/requests.log"
run resume --archive "$B" fetch --config "$work/killed-monitor.json" tip --year 2023
check "the next run resumes (pages kept are not asked again)" contains "$work/resume.out" "resumed"
cat "$work/resume.out"
check "burma is not asked again" test "$(grep -c "^$P/burma/	" "$state/requests.log" || true)" -eq 0
run resume2022 --archive "$B" fetch --config "$work/killed-monitor.json" tip --year 2022
cat "$work/resume2022.out" "$work/resume2022.err"
# The same pages as the first run's (chad, silent then, answers now).
check "the resumed archive holds the same reports" test "$(git --git-dir "$B" ls-tree tip/2022
  git --git-dir "$B" ls-tree tip/2023 | grep -v chad)" = "$listing1"
echo '{"hook_delay": 30}' >"$state/control.json"
"$yoy" --archive "$B" notify --config "$work/killed-monitor.json" --channel hook >/dev/null 2>&1 &
notify_pid=$!
sleep 2
kill -9 "$notify_pid" 2>/dev/null || true
wait "$notify_pid" 2>/dev/null || true
check "killed mid-send: no record" test -z "$(git --git-dir "$B" for-each-ref refs/yoy/notified)"
check "killed mid-send: git fsck --strict is clean" git --git-dir "$B" fsck --strict --no-progress
echo '{}' >"$state/control.json"
before=$(hooks hook)
run after-kill --archive "$B" notify --config "$work/killed-monitor.json" --channel hook
check "the next run sends it" test "$status" -eq 0 -a "$(hooks hook)" -gt "$before"
check "and records it" test -n "$(git --git-dir "$B" for-each-ref refs/yoy/notified/hook)"

# 8. Bad configuration: one line, exit 2, nothing written.
bad() {  # bad WHAT EXPECTED-TEXT CONFIG-JSON-SED...
  local what=$1 expected=$2
  shift 2
  sed "$@" "$work/yoy-monitor.json" >"$work/bad.json"
  run bad --archive "$A" notify --config "$work/bad.json"
  check "$what: exit 2" test "$status" -eq 2
  check "$what: one line" test "$(lines "$work/bad.err")" -eq 1
  check "$what: says so" contains "$work/bad.err" "$expected"
}
refs_before=$(git_a for-each-ref | md5sum)
bad "unknown channel" "channels[0].type: unknown channel 'slak' (known: webhook, slack" \
  -e 's/"type": "webhook"/"type": "slak"/'
bad "malformed URL pattern" "series.tip.pattern: 'http://127.0.0.1/{yaer}/{id}': unknown placeholder {yaer}" \
  -e 's|"source": "tip", "base": "[^"]*"|"source": "pattern", "pattern": "http://127.0.0.1/{yaer}/{id}", "ids": ["burma"]|'
bad "unreadable secret file" "secret file $work/missing: cannot read it" -e "s|$work/slack-url|$work/missing|"
chmod 644 "$work/smtp-password"
bad "world-readable secret file" "readable by group or others (mode 0644): chmod 600 $work/smtp-password" -e 's/x/x/'
chmod 600 "$work/smtp-password"
bad "a secret written into the file" "channels[0].url: a secret is never written into the monitor file" \
  -e 's|"url_env": "YOY_TEST_HOOK"|"url": "https://hooks.example.org/x"|'
check "bad configuration changed nothing" test "$(git_a for-each-ref | md5sum)" = "$refs_before"

# 9. A source that cannot be reached: one quick retry, then nothing more is asked.
sed "s|\"base\": \"$base/reports\"|\"base\": \"http://127.0.0.1:9/reports\", \"ids\": [\"burma\", \"malaysia\"]|" \
  "$work/yoy-monitor.json" >"$work/down.json"
run down --archive "$work/down.yoy" fetch --config "$work/down.json"
cat "$work/down.out"
check "unreachable source: exit 1" test "$status" -eq 1
check "unreachable source: one page and one retry" contains "$work/down.out" "(2 requests)"
check "unreachable source: the other pages not asked" test "$(grep -c 'not asked: the source could not be reached' "$work/down.out")" -eq 3

# 10. Scheduling: the systemd units are valid; the cycle the workflow runs keeps
# the archive (editions and records) in a git remote between runs.
if command -v systemd-analyze >/dev/null; then
  mkdir -p "$work/units"
  for u in service timer; do
    sed -e "s|/usr/local/bin/yoy|$yoy|" -e "s|%h/yoy|$work|g" "$root/scripts/systemd/yoy-monitor.$u" \
      >"$work/units/yoy-monitor.$u"
  done
  check "systemd units verify" systemd-analyze verify --man=no "$work/units/yoy-monitor.service" "$work/units/yoy-monitor.timer"
else
  echo "skip systemd units (no systemd-analyze)"
fi
check "the workflow runs on a schedule and saves the archive" "$py" -c "
import sys, yaml
w = yaml.safe_load(open(sys.argv[1]))
assert w[True]['schedule'][0]['cron'] if True in w else w['on']['schedule'][0]['cron']
steps = ' '.join(str(s.get('run', '')) for s in w['jobs']['monitor']['steps'])
assert 'scripts/monitor-cycle' in steps and '--remote' in steps, steps
assert \"push --force --prune origin 'refs/yoy-archive/*:refs/yoy-archive/*'\" in steps, steps
assert w['permissions']['contents'] == 'write'" "$root/scripts/github-action/monitor.yml"
git init -q --bare "$work/origin.git"
echo '{}' >"$state/control.json"
cycle() {  # cycle NAME ARCHIVE: one run of scripts/monitor-cycle on a fresh machine
  status=0
  YOY=$yoy timeout 120 "$root/scripts/monitor-cycle" --archive "$2" --config "$work/yoy-monitor.json" \
    --remote "$work/origin.git" >"$work/$1.out" 2>"$work/$1.err" || status=$?
}
hooks_before=$(hooks slack)
cycle cycle1 "$work/runner1.yoy"
check "first cycle: exit 0" test "$status" -eq 0
check "first cycle: started an archive" contains "$work/cycle1.err" "no archive in $work/origin.git yet"
check "first cycle: checked the latest pair" contains "$work/cycle1.out" "yoy check tip/2022 → tip/2023"
check "first cycle: told slack" test "$(hooks slack)" -eq $((hooks_before + 1))
check "the archive is kept in the remote" test -n "$(git --git-dir "$work/origin.git" for-each-ref refs/yoy-archive/heads/tip refs/yoy-archive/yoy/notified/slack refs/yoy-archive/yoy/fetch/tip)"
check "the analysis cache is not" test -z "$(git --git-dir "$work/origin.git" for-each-ref refs/yoy-archive/yoy/cache)"
: >"$state/requests.log"
cycle cycle2 "$work/runner2.yoy"
check "second cycle on a fresh runner: exit 0" test "$status" -eq 0
check "second cycle: restored the archive" contains "$work/cycle2.err" "restored $work/runner2.yoy"
check "second cycle: conditional requests from the restored record" log_has '/burma/\t[^\t]*\t"[0-9a-f]+"\t[^\t]*\t304$'
check "second cycle: nobody is told twice" test "$(hooks slack)" -eq $((hooks_before + 1))
check "second cycle: says so" test "$(grep -c 'nothing new worth a message' "$work/cycle2.err")" -eq 6
check "the restored archive is a yoy archive with git fsck --strict clean" git --git-dir "$work/runner2.yoy" fsck --strict --no-progress

echo
if [[ $failures -gt 0 ]]; then
  echo "$failures check(s) failed; server log:"
  tail -20 "$work/server.err"
  exit 1
fi
echo "all monitor checks passed"
