#!/bin/sh
# Fill benchmark (DESIGN §9): whole-process fill of the 20-page, 168-field D8 form by helder-forms
# beside pdftk-java, pdf-lib and pypdf, same values, medians and ratios. Run by hand, not by CI:
#
#   cmake -S . -B build-release -DCMAKE_BUILD_TYPE=Release && cmake --build build-release --target helder-forms
#   tests/bench/fill/run.sh build-release [RUNS]
#
# Installs its peers when missing: pdftk-java with a JRE and python3-pypdf from Debian (as root),
# pdf-lib and @pdf-lib/fontkit from npm into BUILD_DIR/bench-fill/npm (never into the source tree).
# Reads the PDF from ${HELDER_SHARED_DIR:-../shared}/pdfs.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../../.." && pwd)
build=$(cd "${1:?usage: run.sh BUILD_DIR [RUNS]}" && pwd)
runs=${2:-11}
shared=${HELDER_SHARED_DIR:-$repo/../shared}
pdf=$shared/pdfs/uk_hmcts_D8_divorce_2025.pdf
helder_forms=$build/kiosk/tools/helder-forms
work=$build/bench-fill

[ -f "$pdf" ] || { echo "run.sh: $pdf not found (set HELDER_SHARED_DIR)" >&2; exit 1; }
[ -x "$helder_forms" ] || { echo "run.sh: build helder-forms in $build first" >&2; exit 1; }

missing=""
command -v pdftk >/dev/null 2>&1 || missing="$missing pdftk-java default-jre-headless"
/usr/bin/python3 -c 'import pypdf' 2>/dev/null || missing="$missing python3-pypdf"
command -v pdftotext >/dev/null 2>&1 || missing="$missing poppler-utils"
command -v node >/dev/null 2>&1 || missing="$missing nodejs npm"
if [ -n "$missing" ]; then
    echo "installing:$missing" >&2
    apt-get install -y --no-install-recommends $missing >&2
fi
if [ ! -d "$work/npm/node_modules/pdf-lib" ] || [ ! -d "$work/npm/node_modules/@pdf-lib/fontkit" ]; then
    mkdir -p "$work/npm"
    npm install --prefix "$work/npm" --no-audit --no-fund --no-save pdf-lib @pdf-lib/fontkit >&2
fi

exec /usr/bin/python3 "$here/bench.py" "$helder_forms" "$pdf" "$work" "$work/npm" "$runs"
