#!/usr/bin/env bash
# Installs every Debian 12 package Helder builds, runs or tests with.
# Usage: install-deps.sh [run|test]   ("test" adds what the test suite needs)
# Nothing is assumed to be preinstalled: a fresh Debian 12 machine must pass.
set -euo pipefail

build_packages=(
  cmake g++ make pkg-config
  libsfml-dev libpodofo-dev libicu-dev nlohmann-json3-dev doctest-dev
  libharfbuzz-dev libfreetype-dev libfontconfig-dev libcups2-dev
  libespeak-ng-dev libsodium-dev libx11-dev libgl-dev libpng-dev libssl-dev
  x11proto-dev  # keysymdef.h: keysym names of the on-screen keyboard generator and its tests
)
runtime_packages=(
  fonts-dejavu-core fonts-noto-core fonts-hosny-amiri fonts-sil-abyssinica
  fonts-symbola fonts-material-design-icons-iconfont
  xkb-data espeak-ng-data xvfb xauth libgl1-mesa-dri
)
test_packages=(
  poppler-utils qpdf python3 python3-jsonschema python3-reportlab
  cups cups-client cups-bsd xdotool x11-apps
  afl++  # fuzzing in classic afl-g++ mode (tests/fuzz/run.sh)
)

mode=${1:-run}
packages=("${build_packages[@]}" "${runtime_packages[@]}")
if [[ $mode == test ]]; then
  packages+=("${test_packages[@]}")
fi

if [[ $(id -u) -ne 0 ]]; then
  echo "install-deps: run as root (apt-get needs it)" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update
apt-get install -y --no-install-recommends "${packages[@]}"
