#!/usr/bin/env bash
# Builds the two Debian packages, checks them with lintian, installs both with apt-get (each .deb
# named), runs the installed kiosk and tools as an operator would, verifies the installed systemd
# unit, then purges both. Builds as the caller; installs through sudo unless run as root, on a
# Debian 12 machine it may install on.
# Usage: deb-install-check.sh [BUILD_DIR]
#   BUILD_DIR: an existing build is reused (tests/run.sh passes its release build, so only
#   main.cpp is compiled again); it is switched to the installed defaults for the packages and
#   switched back at the end.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
source "$root/packaging/dev/as-root.sh"
build=$(realpath -m "${1:-$root/build/deb}")
packages=$build/packages
say() { echo "deb-install-check: $*"; }

cached() { sed -n "s/^$1:[A-Z]*=//p" "$build/CMakeCache.txt" 2>/dev/null; }
old_installed=$(cached HELDER_INSTALLED)
old_prefix=$(cached CMAKE_INSTALL_PREFIX)
restore() {
  if [[ -n $old_prefix ]]; then
    cmake -S "$root" -B "$build" -DHELDER_INSTALLED="${old_installed:-OFF}" -DCMAKE_INSTALL_PREFIX="$old_prefix" >/dev/null
    cmake --build "$build" -j"$(nproc)" --target helder-kiosk >/dev/null
  fi
}
purge() {
  if dpkg-query -W -f='${Status}' helder 2>/dev/null | grep -q 'ok installed'; then
    as_root apt-get purge -y helder helder-forms-starter >/dev/null
  fi
}
trap 'purge; restore' EXIT

# --- build ------------------------------------------------------------------------------------
fresh=()
[[ -f $build/CMakeCache.txt ]] || fresh=(-DCMAKE_BUILD_TYPE=Release -DBUILD_TESTING=OFF)
cmake -S "$root" -B "$build" "${fresh[@]}" -DHELDER_INSTALLED=ON -DCMAKE_INSTALL_PREFIX=/usr >/dev/null
cmake --build "$build" -j"$(nproc)" --target helder-kiosk helder-forms helder-forms-kiosk helder_changelogs
rm -rf "$packages"
# Packaging the starter forms runs `helder-forms check` on them: a broken form fails here.
cpack --config "$build/CPackConfig.cmake" -B "$packages"
version=$(sed -n 's/^set(CPACK_PACKAGE_VERSION "\(.*\)")$/\1/p' "$build/CPackConfig.cmake")
kiosk_deb=$packages/helder_${version}-1_amd64.deb
forms_deb=$packages/helder-forms-starter_${version}-1_all.deb
ls -l "$kiosk_deb" "$forms_deb"

# --- lintian: every tag left is explained in packaging/README.md -------------------------------
lintian --fail-on error,warning --suppress-tags-from-file "$root/packaging/lintian-accepted-tags" \
  "$kiosk_deb" "$forms_deb"

# --- install as an operator would --------------------------------------------------------------
purge
as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "$kiosk_deb" "$forms_deb"
# The maintainer scripts run again without harm.
as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends --reinstall "$kiosk_deb"

test "$(command -v helder-kiosk)" = /usr/bin/helder-kiosk
getent passwd helder | grep -q ':/nonexistent:/usr/sbin/nologin$'
dpkg-query -W -f='${Conffiles}\n' helder | grep -q '/etc/helder/config.json'
say "installed forms"
helder-forms check /usr/share/helder/forms
say "installed config"
/usr/bin/helder-kiosk --check-config
say "installed kiosk, first frame under Xvfb"
runtime=$(mktemp -d)
XDG_RUNTIME_DIR=$runtime xvfb-run -a -s "-screen 0 1280x800x24" /usr/bin/helder-kiosk --smoke
rm -rf "$runtime"
say "installed unit"
out=$(systemd-analyze verify /lib/systemd/system/helder-kiosk.service 2>&1)
echo "$out"
test -z "$out"

# --- purge -------------------------------------------------------------------------------------
as_root apt-get purge -y helder helder-forms-starter
test ! -e /usr/bin/helder-kiosk
test ! -e /etc/helder/config.json
test ! -e /usr/share/helder
say "both packages built, installed, checked and purged"
