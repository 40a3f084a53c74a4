#!/usr/bin/env bash
# Builds everything with AddressSanitizer and UndefinedBehaviorSanitizer (the asan preset) and runs
# the whole ctest suite under them: unit tests, the kiosk under Xvfb, the CUPS and privacy tests,
# helder-forms on the hostile files, the fuzz replays and the e2e journey.
#   tests/run-asan.sh [CTEST-ARGUMENTS...]     e.g. tests/run-asan.sh -R '^ui_'
# The preset points LSAN_OPTIONS and UBSAN_OPTIONS at tests/sanitizers/ (leaks and reports inside
# Debian libraries that Helder cannot fix, each entry says why). HELDER_JOBS (default: the number
# of cores) sets the build and test parallelism.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
source "$root/packaging/dev/as-root.sh"
cd "$root"

as_root bash packaging/dev/install-deps.sh test

jobs=${HELDER_JOBS:-$(nproc)}
launcher=()
if command -v ccache >/dev/null; then
  launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
fi
cmake --preset asan -DBUILD_TESTING=ON "${launcher[@]}"
cmake --build --preset asan -j"$jobs"
ctest --preset asan -j"$jobs" --output-on-failure "$@"
