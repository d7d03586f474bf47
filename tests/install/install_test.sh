#!/usr/bin/env bash
# Installs the library (component "development") into a temporary prefix,
# checks that only its API is there (every header compiling alone), and
# builds a program outside the tree against it with find_package(yoy).
# Usage: install_test.sh BUILD_DIR VERSION [COMPILER_LAUNCHER] [SANITIZER_FLAGS]
set -euo pipefail
build=$1 version=$2 launcher=${3:-} flags=${4:-}
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cmake --install "$build" --prefix "$work/prefix" --component development >/dev/null
for f in lib/libyoy_core.a include/yoy/diff/diff.h include/yoy/util/version.h \
  lib/cmake/yoy/yoyConfig.cmake lib/cmake/yoy/yoyConfigVersion.cmake; do
  [[ -e "$work/prefix/$f" || -e "$work/prefix/${f/lib\//lib/x86_64-linux-gnu/}" ]] ||
    { echo "not installed: $f"; exit 1; }
done
# The API only: internals are not installed, and every installed header
# compiles on its own against the installed tree (none reaches an internal one).
for f in include/yoy/normalize include/yoy/read include/yoy/publish include/yoy/parse/profiles.h \
  include/yoy/app/pdf_split.h; do
  [[ ! -e "$work/prefix/$f" ]] || { echo "internal, yet installed: $f"; exit 1; }
done
for h in $(cd "$work/prefix/include" && find yoy -name '*.h' | sort); do
  echo "#include \"$h\"" | ${CXX:-c++} -std=c++20 -fsyntax-only -x c++ -I "$work/prefix/include" - ||
    { echo "installed header does not compile alone: $h"; exit 1; }
done
args=(-DCMAKE_PREFIX_PATH="$work/prefix" -DCMAKE_BUILD_TYPE=Release)
[[ -n "$launcher" ]] && args+=(-DCMAKE_CXX_COMPILER_LAUNCHER="$launcher")
[[ -n "$flags" ]] && args+=(-DCMAKE_CXX_FLAGS="$flags" -DCMAKE_EXE_LINKER_FLAGS="$flags")
cmake -S "$here/consumer" -B "$work/build" "${args[@]}" >/dev/null
cmake --build "$work/build" >/dev/null
out=$("$work/build/consumer")
expected="$version downgrade 1 yoy.changes/2"
if [[ "$out" != "$expected" ]]; then
  echo "consumer printed '$out', expected '$expected'"
  exit 1
fi
# A version the package does not promise is refused.
if cmake -S "$here/consumer" -B "$work/too-new" -DCMAKE_PREFIX_PATH="$work/prefix" \
  -DYOY_WANT=99 "-DCMAKE_PROJECT_INCLUDE_BEFORE=$here/want_99.cmake" >/dev/null 2>&1; then
  echo "find_package(yoy 99) succeeded"
  exit 1
fi
echo "installed and used: $out"
