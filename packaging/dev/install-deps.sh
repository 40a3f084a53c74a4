#!/usr/bin/env bash
# Installs every Debian 12 package Helder builds, runs or tests with.
# Usage: install-deps.sh [run|test|bench]   ("test" adds what the test suite needs; "bench" also the
# peers the benchmarks run beside Helder)
# Nothing is assumed to be preinstalled: a fresh Debian 12 machine must pass.
set -euo pipefail

build_packages=(
  cmake g++ make ninja-build pkg-config
  libsfml-dev libpodofo-dev libicu-dev nlohmann-json3-dev doctest-dev
  libharfbuzz-dev libfreetype-dev libfontconfig-dev libcups2-dev
  libespeak-ng-dev libsodium-dev libx11-dev libgl-dev libpng-dev libssl-dev
  x11proto-dev  # keysymdef.h: keysym names of the on-screen keyboard generator and its tests
)
runtime_packages=(
  fonts-dejavu-core fonts-noto-core fonts-hosny-amiri fonts-sil-abyssinica
  fonts-symbola fonts-material-design-icons-iconfont
  xkb-data espeak-ng-data xvfb xauth libgl1-mesa-dri
  libopenal1  # read-aloud's device check loads it by name (SFML's audio module plays through it)
)
test_packages=(
  poppler-utils qpdf python3 python3-jsonschema python3-reportlab
  cups cups-client cups-bsd xdotool x11-apps
  # The Debian packages: dpkg-shlibdeps for their Depends, lintian, systemd-analyze, xinit and kbd (chvt)
  # for the unit, the counters textfile parser
  dpkg-dev lintian systemd xinit kbd python3-prometheus-client
  afl++  # fuzzing in classic afl-g++ mode (tests/fuzz/run.sh)
)
bench_packages=(
  chromium  # tests/bench/kiosk: the same question screen as a web page in kiosk mode
)

mode=${1:-run}
packages=("${build_packages[@]}" "${runtime_packages[@]}")
if [[ $mode == test || $mode == bench ]]; then
  packages+=("${test_packages[@]}")
fi
if [[ $mode == bench ]]; then
  packages+=("${bench_packages[@]}")
fi

if [[ $(id -u) -ne 0 ]]; then
  echo "install-deps: run as root (apt-get needs it)" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update
apt-get install -y --no-install-recommends "${packages[@]}"
