#!/usr/bin/env bash
# scripts/fetch-tip against a local HTTP server on 127.0.0.1: the corpus layout,
# the User-Agent, resuming, retrying a flaky page, and 404s and HTML error pages
# reported and never saved (nor written over a good file).
# Usage: tests/fetch_tip_test.sh [YOY_EXE]   (with yoy, the saved page must parse)
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
yoy=${1:-}
fetch="$root/scripts/fetch-tip"
fixture="$root/tests/fixtures/html/2025-north-korea.html"

work=$(mktemp -d)
server_pid=""
cleanup() {
  if [[ -n "$server_pid" ]]; then
    kill "$server_pid" 2>/dev/null || true
    wait "$server_pid" 2>/dev/null || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT

failures=0
check() {  # check "what" command...
  local what=$1
  shift
  if "$@"; then echo "ok   $what"; else echo "FAIL $what"; failures=$((failures + 1)); fi
}

# The mirror: the state.gov layout, one directory per page.
site="$work/site"
report="$site/2025-trafficking-in-persons-report"
mkdir -p "$report"/{north-korea,burma,flaky,introduction,narnia}
cp "$fixture" "$report/north-korea/index.html"
sed "s/KOREA, DEMOCRATIC PEOPLE'S REPUBLIC OF (Tier 3)/BURMA (Tier 3)/" "$fixture" \
  >"$report/burma/index.html"
sed "s/KOREA, DEMOCRATIC PEOPLE'S REPUBLIC OF (Tier 3)/FLAKY (Tier 2)/" "$fixture" \
  >"$report/flaky/index.html"
cat >"$report/introduction/index.html" <<'EOF'
<!DOCTYPE html><html><head><title>Introduction</title></head>
<body><main><h1>Introduction</h1><p>Each year the report assesses governments.</p></main></body></html>
EOF
cat >"$report/narnia/index.html" <<'EOF'
<!DOCTYPE html><html><head><title>Page Not Found - United States Department of State</title></head>
<body><main><h1>Page Not Found</h1><p>Sorry, we cannot find that page.</p></main></body></html>
EOF
cat >"$report/index.html" <<'EOF'
<!DOCTYPE html><html><head><title>2025 Trafficking in Persons Report</title></head><body>
<nav><a href="/">Home</a></nav><main><h1>2025 Trafficking in Persons Report</h1><ul>
<li><a href="introduction/">Introduction</a></li>
<li><a href="/2025-trafficking-in-persons-report/north-korea/">Korea, North</a></li>
<li><a href="http://127.0.0.1/2025-trafficking-in-persons-report/burma/">Burma</a></li>
<li><a href="/2024-trafficking-in-persons-report/burma/">Last year</a></li>
</ul></main></body></html>
EOF

# A tiny server: logs each request with its User-Agent, answers 503 twice to
# /flaky/ and always to /down/, 404 with an HTML body to missing pages, and serves the error page
# for every country while the file BROKEN exists. It exits by itself after 120 s.
cat >"$work/server.py" <<'EOF'
import http.server, os, sys, threading
site, port_file, log = sys.argv[1:4]
seen = {}
class Handler(http.server.BaseHTTPRequestHandler):
    def answer(self, status, body):
        self.send_response(status)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)
    def do_GET(self):
        with open(log, "a") as f:
            f.write(f"{self.path}\t{self.headers.get('User-Agent')}\n")
        seen[self.path] = seen.get(self.path, 0) + 1
        if "/down/" in self.path or ("/flaky/" in self.path and seen[self.path] <= 2):
            return self.answer(503, b"<html><body><h1>Service Unavailable</h1></body></html>")
        page = os.path.join(site, self.path.lstrip("/"), "index.html")
        if os.path.exists(os.path.join(site, "BROKEN")) and self.path.count("/") == 3:
            page = os.path.join(site, "2025-trafficking-in-persons-report/narnia/index.html")
        if not os.path.isfile(page):
            return self.answer(404, b"<html><head><title>Page Not Found</title></head></html>")
        with open(page, "rb") as f:
            self.answer(200, f.read())
    def log_message(self, *args):
        pass
server = http.server.HTTPServer(("127.0.0.1", 0), Handler)
threading.Timer(120, lambda: os._exit(0)).start()
with open(port_file + ".tmp", "w") as f:
    f.write(str(server.server_address[1]))
os.replace(port_file + ".tmp", port_file)
server.serve_forever()
EOF
python3 "$work/server.py" "$site" "$work/port" "$work/requests.log" &
server_pid=$!
for _ in $(seq 100); do [[ -s "$work/port" ]] && break; sleep 0.1; done
[[ -s "$work/port" ]] || { echo "FAIL the test server did not start"; exit 1; }
base="http://127.0.0.1:$(cat "$work/port")"
out="$work/corpus"
dir="$out/tip/2025"
run() {  # run fetch-tip quickly and boundedly; keeps status in $status, stderr in $work/err
  status=0
  timeout 60 "$fetch" "$@" --base "$base" -o "$out" --pause 0 --backoff 0 2>"$work/err" || status=$?
}
requests() { grep -c "$1" "$work/requests.log" || true; }

# 1. Two countries: the corpus layout, byte for byte, a User-Agent naming yoy.
run 2025 north-korea burma
check "two pages fetched, exit 0" test "$status" -eq 0
check "north-korea saved byte for byte" cmp -s "$fixture" "$dir/north-korea.html"
check "burma saved byte for byte" cmp -s "$report/burma/index.html" "$dir/burma.html"
check "User-Agent names yoy" grep -q "yoy-fetch-tip" "$work/requests.log"
check "no temporary files left" test -z "$(find "$dir" -name '.fetch-*')"

# 2. Resume: pages already there are not fetched again.
: >"$work/requests.log"
rm "$dir/burma.html"
run 2025 north-korea burma
check "resume exits 0" test "$status" -eq 0
check "resume skips the page already present" test "$(requests /north-korea/)" -eq 0
check "resume fetches the missing page" test "$(requests /burma/)" -eq 1
check "resume says what was already there" grep -q "1 saved, 1 already present" "$work/err"

# 3. A 404 and an HTML error page served with 200 are reported, not saved.
run 2025 atlantis narnia
check "404 and error page exit 1" test "$status" -eq 1
check "404 reported" grep -q "atlantis.*HTTP 404" "$work/err"
check "error page reported" grep -q 'narnia.*error page ("Page Not Found' "$work/err"
check "404 not saved" test ! -e "$dir/atlantis.html"
check "error page not saved" test ! -e "$dir/narnia.html"

# 4. A good file is never replaced by an error page, even with --force.
touch "$site/BROKEN"
run 2025 north-korea --force
rm "$site/BROKEN"
check "refetch of an error page exits 1" test "$status" -eq 1
check "good file kept over an error page" cmp -s "$fixture" "$dir/north-korea.html"

# 5. Retries: two 503s, then the page.
: >"$work/requests.log"
run 2025 flaky --retries 3
check "flaky page saved after retries" test "$status" -eq 0 -a -s "$dir/flaky.html"
check "flaky page asked three times" test "$(requests /flaky/)" -eq 3
run 2025 down --retries 1
check "retries are bounded" test "$status" -eq 1 -a "$(requests /down/)" -eq 2
check "retries reported" grep -q "down.*HTTP 503 (after 2 attempts)" "$work/err"

# 6. No countries given: the index page's links, non-narratives skipped.
rm -rf "$out"
: >"$work/requests.log"
run 2025
check "index run exits 0" test "$status" -eq 0
check "index run saved north-korea" test -s "$dir/north-korea.html"
check "index run saved burma" test -s "$dir/burma.html"
check "index run skipped the introduction" test ! -e "$dir/introduction.html"
check "index run did not leave the report" test "$(requests /2024-)" -eq 0
check "index run names what it skipped" grep -q "introduction/: skipped" "$work/err"

# 7. Bad usage exits 2.
run 20x5 north-korea
check "bad year is a usage error" test "$status" -eq 2
run 2025 "North Korea"
check "bad country is a usage error" test "$status" -eq 2

# 8. A host that cannot be reached stops the run at once with one line: a name
# that does not resolve (.invalid never does) and a port nobody listens on.
for unreachable in "http://no-such-host.invalid" "http://127.0.0.1:9"; do
  status=0
  started=$SECONDS
  timeout 60 "$fetch" 2025 north-korea burma --base "$unreachable" -o "$out/unreachable" --pause 0 \
    2>"$work/err" || status=$?
  check "$unreachable: exit 2" test "$status" -eq 2
  check "$unreachable: one line" test "$(wc -l <"$work/err")" -eq 1
  check "$unreachable: says it cannot reach" grep -q "cannot reach" "$work/err"
  check "$unreachable: stops within 10 s" test $((SECONDS - started)) -le 10
  check "$unreachable: nothing saved" test ! -e "$out/unreachable/tip/2025/north-korea.html"
done

# 9. The saved page is what yoy reads.
if [[ -n "$yoy" ]]; then
  check "yoy parses the saved page" "$yoy" parse "$dir/north-korea.html" --format json -q
fi

if [[ $failures -ne 0 ]]; then
  echo "$failures check(s) failed"
  exit 1
fi
echo "all fetch-tip checks passed"
