#!/bin/sh
# A private cupsd for Helder's printer tests (PLATFORM.md §6, §8): everything lives under ROOT, it
# listens on ROOT/run/cups.sock only, and the system cupsd (/run/cups) is never contacted.
#
#   private-cupsd.sh start ROOT [OWNER_PID]   prints the socket path once the queues exist
#   private-cupsd.sh stop ROOT
#
# With OWNER_PID, a watchdog stops cupsd and removes ROOT when that process dies, so a crashed test
# leaves nothing behind.
# Queues: kiosk_copy (file device, byte copy of the PDF), kiosk_nopaper (test backend reporting an empty
# tray), kiosk_badpath (file device in a folder that does not exist).
set -eu

here=$(cd "$(dirname "$0")" && pwd)
fixtures="$here/../../fixtures/cups"

fail() {
    echo "private-cupsd: $*" >&2
    exit 1
}

require() {
    for tool in "$@"; do
        command -v "$tool" >/dev/null 2>&1 || fail "$tool is missing (install cups, cups-client, cups-bsd)"
    done
}

# ServerBin: links to the system's programs, but backend/ is a real folder so a test backend fits in.
fill_server_bin() {
    lib="$1/lib"
    mkdir -p "$lib/backend"
    for part in filter daemon cgi-bin driver monitor notifier; do
        [ -e "/usr/lib/cups/$part" ] && ln -s "/usr/lib/cups/$part" "$lib/$part"
    done
    for backend in /usr/lib/cups/backend/*; do
        ln -s "$backend" "$lib/backend/$(basename "$backend")"
    done
    # Mode 0700: cupsd runs such a backend as root, like the system's own privileged backends.
    install -m 0700 "$here/nopaper-backend.sh" "$lib/backend/nopaper"
}

configure() {
    root="$1"
    # Filters run as the unprivileged lp user: it must be able to walk into ROOT to reach lib/filter.
    chmod 0755 "$root"
    mkdir -p "$root/etc/ppd" "$root/spool/tmp" "$root/run" "$root/cache" "$root/log" "$root/out"
    for conf in cupsd.conf cups-files.conf; do
        sed "s|@CUPS_ROOT@|$root|g" "$fixtures/$conf.in" >"$root/etc/$conf"
    done
    fill_server_bin "$root"
}

# `lpstat -r` exits 0 even when cupsd is down; `lpstat -p` fails both when cupsd is down and when it
# has no queue yet, so its message tells the two apart.
answers() {
    LC_ALL=C lpstat -p 2>&1 | grep -q -e "No destinations added" -e "^printer "
}

wait_until_answering() {
    tries=0
    until answers; do
        tries=$((tries + 1))
        [ "$tries" -lt 200 ] || fail "cupsd did not answer on $CUPS_SERVER (see $1/log/error_log)"
        kill -0 "$(cat "$1/cupsd.pid")" 2>/dev/null || fail "cupsd exited (see $1/log/cupsd.out)"
        sleep 0.05
    done
}

# lpadmin warns on every call that PPD drivers are deprecated: its messages go to a log instead.
add_queue() {
    root="$1"
    lpadmin -p "$2" -E -v "$3" -P "$fixtures/pdf-to-file.ppd" 2>>"$root/log/lpadmin.log" ||
        fail "lpadmin could not create $2 (see $root/log/lpadmin.log)"
}

add_queues() {
    root="$1"
    add_queue "$root" kiosk_copy "file://$root/out/kiosk_copy.pdf"
    add_queue "$root" kiosk_nopaper "nopaper:/"
    add_queue "$root" kiosk_badpath "file://$root/missing/kiosk_badpath.pdf"
    lpstat -p kiosk_copy >/dev/null 2>&1 || fail "queue kiosk_copy was not created"
}

start() {
    root="$1"
    owner="${2:-}"
    require cupsd lpadmin lpstat
    [ -d "$root" ] || fail "$root is not a folder"
    [ ! -e "$root/cupsd.pid" ] || fail "$root already has a cupsd"
    configure "$root"
    CUPS_SERVER="$root/run/cups.sock"
    export CUPS_SERVER
    cupsd -f -c "$root/etc/cupsd.conf" -s "$root/etc/cups-files.conf" \
        </dev/null >"$root/log/cupsd.out" 2>&1 &
    echo $! >"$root/cupsd.pid"
    if [ -n "$owner" ]; then
        cupsd_pid=$(cat "$root/cupsd.pid")
        (
            while kill -0 "$owner" 2>/dev/null && kill -0 "$cupsd_pid" 2>/dev/null; do sleep 0.5; done
            if ! kill -0 "$owner" 2>/dev/null; then
                rm -f "$root/watchdog.pid"
                stop "$root"
                rm -rf "$root"
            fi
        ) </dev/null >/dev/null 2>&1 &
        echo $! >"$root/watchdog.pid"
    fi
    wait_until_answering "$root"
    add_queues "$root"
    echo "$CUPS_SERVER"
}

stop_pid_file() {
    file="$1"
    [ -f "$file" ] || return 0
    pid=$(cat "$file")
    if kill -TERM "$pid" 2>/dev/null; then
        tries=0
        while kill -0 "$pid" 2>/dev/null; do
            tries=$((tries + 1))
            if [ "$tries" -ge 100 ]; then
                kill -KILL "$pid" 2>/dev/null || true
                break
            fi
            sleep 0.05
        done
    fi
    rm -f "$file"
}

stop() {
    stop_pid_file "$1/watchdog.pid"
    stop_pid_file "$1/cupsd.pid"
}

[ $# -ge 2 ] || fail "usage: $0 start ROOT [OWNER_PID] | stop ROOT"
case "$1" in
    start) start "$2" "${3:-}" ;;
    stop) stop "$2" ;;
    *) fail "unknown command $1" ;;
esac
