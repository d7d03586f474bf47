#!/usr/bin/env bash
# The browser test (ctest browser_pages): builds a site, a summary and an edition
# diff page from the shipped corpus (and from real factbook editions when
# ../shared is there), then checks them in chromium (check_pages.mjs).
# Exit 77 (skipped) with a message when node, chromium or playwright-core is missing.
# Usage: tests/browser/run.sh YOY_BINARY [KEEP_DIR]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
yoy=${1:?usage: run.sh YOY_BINARY [KEEP_DIR]}
skip() { echo "browser test skipped: $*" >&2; exit 77; }
command -v node >/dev/null || skip "node is not installed (scripts/setup installs it)"
# playwright-core 1.61 (the last for Debian 12's node 18) needs node 18 or later.
node_major=$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0)
[[ "$node_major" -ge 18 ]] || skip "node $(node --version 2>/dev/null) is older than 18 (playwright-core needs 18)"
[[ -x "${YOY_CHROMIUM:-/usr/bin/chromium}" ]] || skip "chromium is not installed (scripts/setup installs it)"
[[ -d "$here/node_modules/playwright-core" ]] || skip "playwright-core is not installed in tests/browser (scripts/setup runs npm ci there)"

work=${2:-$(mktemp -d -t yoy-browser.XXXXXX)}
[[ -n "${2:-}" ]] || trap 'rm -rf "$work"' EXIT
mkdir -p "$work"
"$yoy" -q --archive "$work/tip.yoy" ingest "$root/corpus" >/dev/null
"$yoy" -q --archive "$work/tip.yoy" site -o "$work/tip-site"
"$yoy" -q --archive "$work/tip.yoy" summary 2024 2025 -o "$work/tip-summary"
dirs=("$work/tip-site" "$work/tip-summary")

# Real editions: a dozen factbook countries over nine years (tier moves, gaps, unrated ones).
factbook=""
for up in .. ../..; do [[ -d "$root/$up/shared/corpus/factbook" ]] && factbook="$root/$up/shared/corpus/factbook" && break; done
if [[ -n "$factbook" ]]; then
  for code in bm bx kn ch cb dj rs us fr ct aa bh; do
    for f in "$factbook"/*/"$code"/*.json; do
      [[ -f "$f" ]] || continue
      year=$(basename "$f" .json)
      mkdir -p "$work/factbook/factbook/$year"
      cp "$f" "$work/factbook/factbook/$year/$code.json"
    done
  done
  "$yoy" -q --archive "$work/fb.yoy" ingest "$work/factbook" >/dev/null
  "$yoy" -q --archive "$work/fb.yoy" site -o "$work/fb-site"
  "$yoy" -q --archive "$work/fb.yoy" summary 2024 2025 -o "$work/fb-summary"
  mkdir -p "$work/fb-diff"
  "$yoy" -q --archive "$work/fb.yoy" diff 2024 2025 --format html -o "$work/fb-diff/diff.html"
  dirs+=("$work/fb-site" "$work/fb-summary" "$work/fb-diff")
else
  echo "browser test: no ../shared/corpus/factbook, checking the shipped corpus only" >&2
fi
cd "$here"
node check_pages.mjs "${dirs[@]}"
