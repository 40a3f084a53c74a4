#!/usr/bin/env bash
# Installs what the tests need, builds Helder and runs every test; ctest prints its summary.
# The same command runs on a developer's machine, in the README and in CI (.ci/run).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
source "$root/packaging/dev/as-root.sh"

as_root bash "$root/packaging/dev/install-deps.sh" test

build=${HELDER_BUILD_DIR:-$root/build/release}
cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=Release -DHELDER_WARNINGS_AS_ERRORS=ON
cmake --build "$build" -j"$(nproc)"
ctest --test-dir "$build" --output-on-failure -j"$(nproc)"
