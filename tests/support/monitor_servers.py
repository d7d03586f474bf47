#!/usr/bin/env python3
"""The monitor tests' network, all on 127.0.0.1: a report site, a webhook
receiver and an SMTP server. Nothing leaves the machine.

Usage: monitor_servers.py STATE_DIR

STATE_DIR/site/     the pages, by URL path (PATH/index.html or PATH/index.txt);
                    the site answers with ETag and Last-Modified and honours
                    If-None-Match / If-Modified-Since (304).
STATE_DIR/control.json (re-read on every request) shapes the answers:
  {"version": "v1",                 # pages under site/<version>/ win over site/
   "slow": {"PATH": seconds},       # wait before answering
   "flaky": {"PATH": [429, 503]},   # answer these statuses first (Retry-After: 1), then the page
   "error200": ["PATH"],            # a "Page Not Found" page with status 200
   "hook_fail": {"NAME": n},        # the webhook NAME fails its next n requests (HTTP 500)
   "hook_delay": seconds}           # the webhook waits before answering
STATE_DIR/requests.log  one line per site request: PATH<TAB>User-Agent<TAB>If-None-Match<TAB>If-Modified-Since<TAB>status
STATE_DIR/hooks/NAME-N.json  every webhook body received (checked first: the
                    generic one against include/yoy/schemas/notification.schema.json,
                    Slack's needs "text", Teams' an Adaptive Card); a bad body gets HTTP 400
STATE_DIR/mail/N.eml every message the SMTP server accepted (login: yoy / the
                    password in STATE_DIR/smtp-password)
STATE_DIR/ports.json {"http": PORT, "smtp": PORT}, written once all listen.
The servers exit by themselves after 15 minutes.
"""

import email.utils
import hashlib
import http.server
import json
import os
import socket
import sys
import threading
import time

state = sys.argv[1]
root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
lock = threading.Lock()
served = {}  # path -> requests answered (for "flaky")
hooks_seen = {}


def control():
    try:
        with open(os.path.join(state, "control.json")) as f:
            return json.load(f)
    except (OSError, ValueError):
        return {}


def schema_check(name, body):
    """None when the body is what the channel NAME takes, else why not."""
    try:
        doc = json.loads(body)
    except ValueError as e:
        return f"not JSON: {e}"
    if name.startswith("slack"):
        return None if isinstance(doc.get("text"), str) and doc["text"] else "no text"
    if name.startswith("teams"):
        try:
            card = doc["attachments"][0]
            ok = card["contentType"] == "application/vnd.microsoft.card.adaptive" and \
                card["content"]["type"] == "AdaptiveCard" and card["content"]["body"]
        except (KeyError, IndexError, TypeError):
            ok = False
        return None if ok else "not an Adaptive Card message"
    try:
        import jsonschema
    except ImportError:
        return None
    with open(os.path.join(root, "include/yoy/schemas/notification.schema.json")) as f:
        schema = json.load(f)
    try:
        jsonschema.validate(doc, schema)
    except jsonschema.ValidationError as e:
        return f"schema: {e.message}"
    return None


class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def answer(self, status, body=b"", headers=()):
        time.sleep(getattr(self, "delay", 0))
        self.send_response(status)
        for name, value in headers:
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def log(self, status):
        """Logged when the answer is decided, before a slow answer waits."""
        with lock, open(os.path.join(state, "requests.log"), "a") as f:
            f.write("\t".join([self.path, self.headers.get("User-Agent", ""),
                               self.headers.get("If-None-Match", ""),
                               self.headers.get("If-Modified-Since", ""), str(status)]) + "\n")

    def page_file(self, path, version):
        for base in ([os.path.join(state, "site", version)] if version else []) + [os.path.join(state, "site")]:
            for name in ("index.html", "index.txt"):
                candidate = os.path.join(base, path.strip("/"), name)
                if os.path.isfile(candidate):
                    return candidate
        return None

    def do_GET(self):
        c = control()
        path = self.path.split("?")[0]
        self.delay = c.get("slow", {}).get(path, 0)
        with lock:
            served[path] = served.get(path, 0) + 1
            n = served[path]
        flaky = c.get("flaky", {}).get(path, [])
        if n <= len(flaky):
            self.log(flaky[n - 1])
            return self.answer(flaky[n - 1], b"<html><body><h1>Busy</h1></body></html>",
                               [("Retry-After", "1"), ("Content-Type", "text/html")])
        if path in c.get("error200", []):
            self.log(200)
            return self.answer(200, b"<!DOCTYPE html><html><head><title>Page Not Found - U.S. Department "
                                    b"of State</title></head><body><main><h1>Page Not Found</h1><p>Sorry, "
                                    b"we cannot find that page.</p></main></body></html>",
                               [("Content-Type", "text/html; charset=utf-8")])
        page = self.page_file(path, c.get("version", ""))
        if not page:
            self.log(404)
            return self.answer(404, b"<html><head><title>Page Not Found</title></head></html>",
                               [("Content-Type", "text/html")])
        with open(page, "rb") as f:
            body = f.read()
        etag = '"' + hashlib.sha1(body).hexdigest()[:16] + '"'
        modified = email.utils.formatdate(os.stat(page).st_mtime, usegmt=True)
        kind = "text/html; charset=utf-8" if page.endswith(".html") else "text/plain; charset=utf-8"
        headers = [("ETag", etag), ("Last-Modified", modified), ("Content-Type", kind)]
        if self.headers.get("If-None-Match") == etag:
            self.log(304)
            return self.answer(304, b"", headers[:2])
        self.log(200)
        self.answer(200, body, headers)

    def do_POST(self):
        self.delay = 0
        c = control()
        length = int(self.headers.get("Content-Length", "0"))
        body = self.rfile.read(length)
        name = self.path.strip("/").split("/")[1] if self.path.startswith("/hook/") else ""
        time.sleep(c.get("hook_delay", 0))
        with lock:
            hooks_seen[name] = hooks_seen.get(name, 0) + 1
            n = hooks_seen[name]
            fail = c.get("hook_fail", {}).get(name, 0)
            failed_so_far = hooks_seen.get(name + "#failed", 0)
            failing = failed_so_far < fail
            if failing:
                hooks_seen[name + "#failed"] = failed_so_far + 1
        if not name:
            return self.answer(404)
        if failing:
            return self.answer(500, b"receiver down")
        problem = schema_check(name, body)
        if problem:
            return self.answer(400, problem.encode())
        with open(os.path.join(state, "hooks", f"{name}-{n}.json"), "wb") as f:
            f.write(body)
        self.answer(200, b"ok")

    def log_message(self, *args):
        pass


def start_smtp():
    from aiosmtpd.controller import Controller
    from aiosmtpd.smtp import AuthResult, LoginPassword

    with open(os.path.join(state, "smtp-password")) as f:
        password = f.read().strip()

    class Store:
        count = 0

        async def handle_DATA(self, server, session, envelope):
            Store.count += 1
            with open(os.path.join(state, "mail", f"{Store.count}.eml"), "wb") as out:
                out.write(b"X-Envelope-From: " + envelope.mail_from.encode() + b"\r\n")
                out.write(b"X-Envelope-To: " + ",".join(envelope.rcpt_tos).encode() + b"\r\n")
                out.write(envelope.original_content)
            return "250 OK"

    def authenticate(server, session, envelope, mechanism, auth_data):
        ok = isinstance(auth_data, LoginPassword) and auth_data.login == b"yoy" and \
            auth_data.password == password.encode()
        return AuthResult(success=ok)

    # aiosmtpd 1.4 cannot listen on port 0 (it connects to its own port to
    # check it is up): take a free port from the kernel first.
    probe = socket.socket()
    probe.bind(("127.0.0.1", 0))
    port = probe.getsockname()[1]
    probe.close()
    controller = Controller(Store(), hostname="127.0.0.1", port=port, authenticator=authenticate,
                            auth_require_tls=False, auth_required=True)
    controller.start()
    return port


def main():
    for d in ("site", "hooks", "mail"):
        os.makedirs(os.path.join(state, d), exist_ok=True)
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    smtp = start_smtp()
    with open(os.path.join(state, "ports.json.tmp"), "w") as f:
        json.dump({"http": server.server_address[1], "smtp": smtp}, f)
    os.replace(os.path.join(state, "ports.json.tmp"), os.path.join(state, "ports.json"))
    time.sleep(900)
    os._exit(0)


if __name__ == "__main__":
    main()
