#!/usr/bin/env bash
# The generated bash completion, run as bash runs it: commands, options, format
# names, and the archive's years, ids and ID@YEAR (also after FROM..); zsh and
# fish scripts parse when those shells are present; the man pages render.
set -euo pipefail
build=$(cd "${1:?usage: completions_test.sh BUILD_DIR SOURCE_DIR}" && pwd)
source_dir=$(cd "${2:?}" && pwd)
generated="$build/generated"
failures=0
check() {  # check "what" expected actual
  if [[ "$2" == "$3" ]]; then echo "ok   $1"; else echo "FAIL $1: expected [$2], got [$3]"; failures=$((failures + 1)); fi
}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export PATH="$build:$PATH" YOY_ARCHIVE= NO_COLOR=1
unset YOY_ARCHIVE
cd "$work"
yoy -q ingest "$source_dir/tests/fixtures/constructed" >/dev/null

# shellcheck source=/dev/null
source "$generated/completions/yoy.bash"
words() {  # the completions offered for the command line "$@" (the last word is being typed)
  COMP_WORDS=("$@")
  COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
  COMPREPLY=()
  _yoy
  printf '%s\n' "${COMPREPLY[@]}" | sort | tr '\n' ' ' | sed 's/ $//'
}
check "commands" "diff" "$(words yoy di)"
check "all commands" "clone compare" "$(words yoy c | tr ' ' '\n' | grep -E '^(clone|compare)$' | tr '\n' ' ' | sed 's/ $//')"
check "command after a global option" "list log" "$(words yoy --archive .yoy l)"
check "options of the command" "--format" "$(words yoy diff --for)"
check "format names" "html json markdown md text" "$(words yoy diff --format '')"
check "check formats" "github json junit text" "$(words yoy check 2024 2025 --format '')"
check "editions from the archive" "2024 2025" "$(words yoy diff 20)"
check "series/year" "tip/2024 tip/2025" "$(words yoy diff tip/)"
check "FROM..TO" "2024..2024 2024..2025" "$(words yoy diff 2024..20)"
check "report ids after two editions" "north-korea" "$(words yoy diff 2024 2025 no)"
check "ID@YEAR" "north-korea@2024 north-korea@2025" "$(words yoy blame no)"
check "log takes an id" "north-korea" "$(words yoy log nor)"
check "rm takes editions and ID@YEAR" "2024 2025" "$(words yoy rm 20)"
check "--archive elsewhere" "2024 2025" "$(cd / && words yoy --archive "$work/.yoy" diff 20)"
check "global option values" "always auto never" "$(words yoy --color '')"
check "only kinds" "recommendations" "$(words yoy diff 2024 2025 --only rec)"
check "help takes a command" "diff" "$(words yoy help dif)"
check "hidden commands are not offered" "" "$(words yoy __)"

if command -v zsh >/dev/null; then
  zsh -n "$generated/completions/_yoy" && echo "ok   zsh script parses" || { echo "FAIL zsh -n"; failures=$((failures + 1)); }
else
  echo "skip zsh is not installed: its script is not parsed"
fi
if command -v fish >/dev/null; then
  fish -n "$generated/completions/yoy.fish" && echo "ok   fish script parses" || { echo "FAIL fish -n"; failures=$((failures + 1)); }
else
  echo "skip fish is not installed: its script is not parsed"
fi

# The man pages: one per command plus yoy(1), rendered by man.
pages=$(ls "$generated/man1" | wc -l)
commands=$(yoy help | awk '/^Commands:/{on=1; next} on && /^$/{exit} on{n++} END{print n}')
check "one man page per command, and yoy(1)" "$((commands + 1))" "$pages"
if command -v man >/dev/null; then
  page=$(MANWIDTH=100 man -l "$generated/man1/yoy.1" 2>/dev/null | col -b)
  grep -q "^COMMANDS" <<<"$page" && echo "ok   yoy(1) renders" || { echo "FAIL yoy(1) does not render"; failures=$((failures + 1)); }
  page=$(MANWIDTH=100 man -l "$generated/man1/yoy-diff.1" 2>/dev/null | col -b)
  for want in "yoy diff [OPTIONS] FROM" "--stat" "--archive DIR" "yoy diff 2024 2025"; do
    grep -qF -- "$want" <<<"$page" && echo "ok   yoy-diff(1) has $want" || { echo "FAIL yoy-diff(1) lacks $want"; failures=$((failures + 1)); }
  done
fi
[[ $failures -eq 0 ]] || { echo "$failures check(s) failed"; exit 1; }
echo "all completion checks passed"
