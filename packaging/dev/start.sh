#!/usr/bin/env bash
# Installs what is missing, builds Helder and starts it with the shipped forms.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
source "$root/packaging/dev/as-root.sh"

as_root bash "$root/packaging/dev/install-deps.sh" run

build=${HELDER_BUILD_DIR:-$root/build/release}
cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=Release -DBUILD_TESTING=OFF
cmake --build "$build" -j"$(nproc)"

# The shipped forms and languages, checked as the kiosk loads them (it skips a broken form).
"$build/kiosk/tools/helder-forms" check "$root/forms" "$root/locales" | tail -n 1

kiosk=("$build/kiosk/app/helder-kiosk" --forms "$root/forms" --locales "$root/locales")
if [[ -n ${DISPLAY:-} ]]; then
  echo "Starting Helder in a window (close it to stop; --kiosk would make it full screen)."
  exec "${kiosk[@]}"
fi
echo "No display here: starting Helder under Xvfb with --smoke (it draws its first frame and exits)."
exec xvfb-run -a -s "-screen 0 1280x800x24" "${kiosk[@]}" --smoke
