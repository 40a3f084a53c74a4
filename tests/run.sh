#!/usr/bin/env bash
# Installs what the tests need, builds Helder and runs every test; ctest prints its summary.
# The same command runs on a developer's machine, in the README and in CI (.ci/run).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
source "$root/packaging/dev/as-root.sh"
cd "$root"

as_root bash packaging/dev/install-deps.sh test

# Ninja (for build folders made from now on) and unity batches of source files: the three builds
# below compile in about half the time, which keeps CI on 2 cores within 25 minutes.
export CMAKE_GENERATOR=${CMAKE_GENERATOR:-Ninja}

# Every test, on an optimised build with warnings as errors.
build=${HELDER_BUILD_DIR:-$root/build/release}
cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=Release -DHELDER_WARNINGS_AS_ERRORS=ON -DBUILD_TESTING=ON \
  -DCMAKE_UNITY_BUILD=ON
cmake --build "$build" -j"$(nproc)"
ctest --test-dir "$build" --output-on-failure -j"$(nproc)"

# The pure core, the text engine and the printer again under AddressSanitizer and
# UndefinedBehaviorSanitizer (the asan preset; leaks inside Debian libraries that live as long
# as the process are listed in tests/sanitizers/lsan.supp).
sanitized_tests=(core_tests template_loader_tests i18n_tests text_tests
                 printer_tests printer_shared_tests printer_fill_tests printer_shared_fill_tests
                 printer_spool_tests printer_cups_tests)
cmake --preset asan -DCMAKE_UNITY_BUILD=ON
# keep_libraries_loaded: the preset preloads it into every test (tests/sanitizers/).
cmake --build --preset asan -j"$(nproc)" --target "${sanitized_tests[@]}" keep_libraries_loaded
ctest --preset asan -j"$(nproc)" -R "^($(IFS='|'; echo "${sanitized_tests[*]}"))(:|$)"

# The Debian packages from the release build above (only main.cpp is compiled again): lintian,
# installed with apt-get, the installed kiosk under Xvfb, the installed forms and unit, purged.
bash packaging/ci/deb-install-check.sh "$build"

# A few seconds of AFL++ on each fuzz target, so that the harnesses keep building and finding
# nothing new is checked on every change; the long runs (30 minutes a target) are done by hand with
# `bash tests/fuzz/run.sh 1800`.
bash tests/fuzz/run.sh "${HELDER_CI_FUZZ_SECONDS:-3}"
