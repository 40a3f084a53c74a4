#!/usr/bin/env bash
# Fuzzes Helder's input readers with AFL++ in classic GCC mode (PLATFORM.md §1: afl-g++ with a stdin
# driver; the plugin mode and libAFLDriver do not work on Debian 12).
#   tests/fuzz/run.sh SECONDS [TARGET...]     default: every target, SECONDS each
# Targets: template expression locale languages config validators postcodes acroform fill.
# Crashes and hangs are listed at the end and the exit status is 1 if there is any: reduce each to a
# small input (afl-tmin), fix it, and keep it in tests/fuzz/corpus/<target>/ as a regression.
# HELDER_FUZZ_ASAN=1 adds AddressSanitizer; HELDER_FUZZ_DIR (default build/fuzz) holds build and findings.
# HELDER_FUZZ_SHARED_SEEDS=1 also seeds acroform and fill with the real PDFs under 200 KB in
# $HELDER_SHARED_DIR/pdfs (default ../shared, as for the tests) for long runs; nothing from there is committed.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
seconds=${1:?usage: run.sh SECONDS [TARGET...]}
shift
targets=("$@")
if [[ ${#targets[@]} -eq 0 ]]; then
  targets=(template expression locale languages config validators postcodes acroform fill)
fi
work=${HELDER_FUZZ_DIR:-$root/build/fuzz}
build=$work/build${HELDER_FUZZ_ASAN:+-asan}

command -v afl-g++ >/dev/null || { echo "fuzz: afl-g++ is missing (apt-get install afl++)" >&2; exit 1; }
export AFL_SKIP_CPUFREQ=1 AFL_NO_UI=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_QUIET=1
if [[ -n ${HELDER_FUZZ_ASAN:-} ]]; then export AFL_USE_ASAN=1; fi

# Line tables only (-g1): afl-tmin and a replay under gdb find the line, and it compiles faster than -g.
cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O2 -g1 -DNDEBUG" \
  -DBUILD_TESTING=ON -DCMAKE_UNITY_BUILD=ON \
  -DCMAKE_C_COMPILER=afl-gcc -DCMAKE_CXX_COMPILER=afl-g++ >/dev/null
cmake --build "$build" -j"$(nproc)" --target "${targets[@]/#/fuzz_}" >/dev/null

seeds_of() {
  local target=$1
  [[ -d $root/tests/fuzz/corpus/$target ]] && echo "$root/tests/fuzz/corpus/$target"
  case $target in acroform|fill) echo "$root/tests/fixtures/printer" ;; esac
  return 0
}

shared_seeds_of() {
  local pdfs=${HELDER_SHARED_DIR:-$root/../shared}/pdfs
  case $1 in acroform|fill) [[ -n ${HELDER_FUZZ_SHARED_SEEDS:-} && -d $pdfs ]] && echo "$pdfs" ;; esac
  return 0
}

found=0
for target in "${targets[@]}"; do
  seeds=$work/seeds/$target
  findings=$work/findings/$target
  rm -rf "$seeds" "$findings"
  mkdir -p "$seeds" "$(dirname "$findings")"
  for folder in $(seeds_of "$target"); do
    find "$folder" -maxdepth 1 -type f -size -1000k -exec cp -t "$seeds" {} +
  done
  for folder in $(shared_seeds_of "$target"); do
    find "$folder" -maxdepth 1 -type f -name '*.pdf' -size -200k -exec cp -t "$seeds" {} +
  done
  echo "fuzz: $target for ${seconds}s from $(ls "$seeds" | wc -l) seeds"
  # -t: an input that takes longer than 2 s is a hang (DESIGN §7's goal for any answer).
  afl-fuzz -i "$seeds" -o "$findings" -V "$seconds" -t 2000 -m none -- "$build/tests/fuzz/fuzz_$target" \
    >"$work/$target.log" 2>&1 || { echo "fuzz: afl-fuzz failed for $target, see $work/$target.log" >&2; exit 1; }
  stats=$findings/default/fuzzer_stats
  crashes=$(find "$findings/default/crashes" -type f -name 'id:*' | wc -l)
  hangs=$(find "$findings/default/hangs" -type f -name 'id:*' | wc -l)
  execs=$(awk -F': *' '/^execs_done/ {print $2}' "$stats")
  echo "fuzz: $target: $execs executions, $crashes crashes, $hangs hangs"
  if (( crashes + hangs > 0 )); then
    found=1
    find "$findings/default/crashes" "$findings/default/hangs" -type f -name 'id:*' | sed 's/^/  /'
  fi
done
exit $found
