#!/usr/bin/env bash
# Builds the .deb with CPack from the build directory and inspects it with
# dpkg-deb: the binary, man pages, completions and schemas are in it, its
# Depends name the Debian libraries the binary links, and the packaged yoy runs.
set -euo pipefail
build=${1:?usage: deb_package_test.sh BUILD_DIR}
if ! command -v cpack >/dev/null || ! command -v dpkg-deb >/dev/null || ! command -v dpkg-shlibdeps >/dev/null; then
  echo "SKIP: cpack, dpkg-deb or dpkg-shlibdeps missing (scripts/setup installs them)"
  exit 0
fi
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
fail() { echo "deb_package_test: $*" >&2; exit 1; }

cpack -G DEB --config "$build/CPackConfig.cmake" -B "$out" >"$out/cpack.log" 2>&1 || { cat "$out/cpack.log" >&2; fail "cpack failed"; }
deb=$(ls "$out"/yoy_*.deb 2>/dev/null | head -1)
[[ -n $deb ]] || fail "no yoy_*.deb in $(ls "$out")"

info=$(dpkg-deb --info "$deb")
grep -q '^ Package: yoy$' <<<"$info" || fail "package name: $info"
depends=$(grep '^ Depends:' <<<"$info" || true)
for lib in libgit2 libc6 libstdc++6 libutf8proc libgumbo libcurl4; do
  grep -q "$lib" <<<"$depends" || fail "Depends lacks $lib: $depends"
done

contents=$(dpkg-deb --contents "$deb" | awk '{print $6}')
for path in ./usr/bin/yoy ./usr/share/man/man1/yoy.1 ./usr/share/man/man1/yoy-diff.1 \
            ./usr/share/man/man1/yoy-clone.1 ./usr/share/bash-completion/completions/yoy \
            ./usr/share/zsh/vendor-completions/_yoy ./usr/share/fish/vendor_completions.d/yoy.fish \
            ./usr/share/yoy/schemas/changes.schema.json; do
  grep -qx "$path" <<<"$contents" || fail "$path is not in the package"
done
if grep -q '^./usr/include\|^./usr/lib/.*\.a$' <<<"$contents"; then fail "development files in the runtime package"; fi

dpkg-deb -x "$deb" "$out/root"
[[ $("$out/root/usr/bin/yoy" --version) == "yoy "* ]] || fail "the packaged yoy does not run"
if command -v man >/dev/null; then
  page=$(MANWIDTH=80 man -l "$out/root/usr/share/man/man1/yoy-diff.1" 2>&1 | col -b 2>/dev/null || true)
  grep -q "yoy diff \[OPTIONS\] FROM" <<<"$page" || fail "yoy-diff(1) does not render: $page"
fi
echo "ok: $(basename "$deb") ($(du -k "$deb" | cut -f1) KiB)"
