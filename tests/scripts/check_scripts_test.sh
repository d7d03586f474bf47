#!/usr/bin/env bash
# scripts/check-tests and scripts/check-layers on small made-up trees: each
# fails, naming the file, on exactly what it is there to catch, and passes otherwise.
# Usage: tests/scripts/check_scripts_test.sh
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

failures=0
# expect "what" 0|1 "text in the output or ''" command...
expect() {
  local what=$1 code=$2 text=$3
  shift 3
  local out rc=0
  out=$("$@" 2>&1) || rc=$?
  if [[ $rc -eq $code && ( -z $text || $out == *"$text"* ) ]]; then
    echo "ok   $what"
  else
    echo "FAIL $what (exit $rc, wanted $code and '$text'):"
    echo "$out" | sed 's/^/     /'
    failures=$((failures + 1))
  fi
}

# A tree of two stages: low (nothing below it) and high (may include low).
tree=$work/tree
mkdir -p "$tree/src/low" "$tree/src/high" "$tree/tests/low" "$tree/tests/high" "$tree/tests/support" \
  "$tree/tests/pipeline" "$tree/include/yoy/low"
printf '```layers\nlow:\nhigh: low\n```\n' > "$tree/src/README.md"
echo '#include "yoy/low/a.h"' > "$tree/src/low/a.cpp"
echo '// a' > "$tree/include/yoy/low/a.h"
echo '#include "yoy/low/a.h"' > "$tree/src/low/b.cpp"
echo '' > "$tree/src/low/b.h"
echo '#include "yoy/low/a.h"' > "$tree/src/high/c.cpp"
echo '#include "yoy/low/a.h"' > "$tree/tests/low/a_test.cpp"
echo '#include "yoy/low/a.h"' > "$tree/tests/high/c_test.cpp"
tests="$root/scripts/check-tests"
layers="$root/scripts/check-layers"

expect "a unit without a test or a line is named" 1 "src/low/b: no tests/low/b_test.cpp" python3 "$tests" "$tree"
echo "low/b: a data table" > "$tree/tests/untested.txt"
expect "a line with a reason lets it pass" 0 "2 of 3 units have a test" python3 "$tests" "$tree"
expect "--count tallies per stage" 0 "low             1      2" python3 "$tests" --count "$tree"
echo "low/b:" > "$tree/tests/untested.txt"
expect "a line without a reason fails" 1 "'low/b' says no reason" python3 "$tests" "$tree"
printf 'low/b: a data table\nlow/gone: was here\n' > "$tree/tests/untested.txt"
expect "a line whose unit is gone fails" 1 "'low/gone' is no unit of src/" python3 "$tests" "$tree"
printf 'low/b: a data table\nlow/a: tested elsewhere\n' > "$tree/tests/untested.txt"
expect "a line whose unit has a test now fails" 1 "'low/a' has a test now" python3 "$tests" "$tree"
printf 'low/b: a data table\nlow/b: again\n' > "$tree/tests/untested.txt"
expect "a repeated line fails" 1 "listed already on line 1" python3 "$tests" "$tree"
printf '# comment\n\nlow/b: a data table\n' > "$tree/tests/untested.txt"
touch "$tree/tests/low/b_test.sh"
expect "a shell test counts, and then the line must go" 1 "'low/b' has a test now" python3 "$tests" "$tree"
rm "$tree/tests/low/b_test.sh"
expect "comments and blank lines are no entries" 0 "" python3 "$tests" "$tree"

expect "tests that include their stage and below pass" 0 "every include of src/ and tests/" python3 "$layers" "$tree"
echo '#include "yoy/high/c.h"' >> "$tree/tests/low/a_test.cpp"
expect "a unit test including a stage above fails" 1 "tests/low/a_test.cpp:2: a test of low may not include high" python3 "$layers" "$tree"
echo '#include "yoy/low/a.h"' > "$tree/tests/low/a_test.cpp"
echo '#include "support/helper.h"' >> "$tree/tests/low/a_test.cpp"
echo '#include "yoy/high/c.h"' > "$tree/tests/support/helper.h"
echo '#include "yoy/high/c.h"' > "$tree/tests/pipeline/both_test.cpp"
expect "support and pipeline may include any stage" 0 "" python3 "$layers" "$tree"
mkdir -p "$tree/tests/nowhere"
echo '#include "yoy/low/a.h"' > "$tree/tests/nowhere/x_test.cpp"
expect "a test folder that is no stage fails" 1 "tests/nowhere is no stage" python3 "$layers" "$tree"
rm -r "$tree/tests/nowhere"
echo '#include "yoy/high/c.h"' >> "$tree/src/low/b.cpp"
expect "src keeps its own check" 1 "src/low/b.cpp:2: low may not include high" python3 "$layers" "$tree"

if [[ $failures -gt 0 ]]; then
  echo "$failures failed"
  exit 1
fi
