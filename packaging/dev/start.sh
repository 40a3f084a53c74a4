#!/usr/bin/env bash
# Installs what is missing, builds Helder and starts it with the shipped forms.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
source "$root/packaging/dev/as-root.sh"

as_root bash "$root/packaging/dev/install-deps.sh" run

build=${HELDER_BUILD_DIR:-$root/build/release}
cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=Release -DBUILD_TESTING=OFF
cmake --build "$build" -j"$(nproc)"

# Until the kiosk screens exist, "starting" Helder means checking the shipped forms as the kiosk
# would load them.
exec "$build/kiosk/tools/helder-forms" check "$root/forms" "$root/locales"
