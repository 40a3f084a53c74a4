#!/bin/sh
# Runs inside the virtual machine of boot-check.sh (as helder-vm-check.service, after boot) and
# reports on /dev/ttyS1, which the host reads. Lines "HOST: shot NAME" and "HOST: key KEYS" ask the
# host for a screenshot or a key press; the script waits for it. The last line is "DONE failures=N".
failures=0
export XAUTHORITY=/run/helder/xauthority # root reads the kiosk's cookie; any other user may not
say() { echo "$*"; }
check() { # check WHAT COMMAND...: one PASS or FAIL line
    what=$1; shift
    if "$@"; then say "PASS $what"; else say "FAIL $what"; failures=$((failures + 1)); fi
}
host() { say "HOST: $*"; sleep "${HOST_WAIT:-15}"; }
prop() { systemctl show -P "$1" helder-kiosk.service; }
kiosk_pid() { pgrep -u helder -x helder-kiosk | head -n 1; }
x_up() { DISPLAY=:0 xset q >/dev/null 2>&1; }
wait_for() { # wait_for SECONDS COMMAND...
    n=$1; shift
    while [ "$n" -gt 0 ]; do "$@" && return 0; sleep 1; n=$((n - 1)); done
    return 1
}
section() { say; say "=== $*"; }

section "boot"
say "kernel $(uname -r), $(systemctl is-system-running)"
check "the kiosk is up within 600 s (unit active, X answers, helder-kiosk runs)" \
    wait_for 600 sh -c '[ "$(systemctl is-active helder-kiosk.service)" = active ] && DISPLAY=:0 xset q >/dev/null 2>&1 && pgrep -u helder -x helder-kiosk >/dev/null'
sleep 20 # the first frame, drawn by llvmpipe under emulation
section "systemctl status helder-kiosk"
systemctl status --no-pager --lines=0 helder-kiosk.service
section "journalctl -b -u helder-kiosk"
journalctl -b --no-pager -o short-monotonic -u helder-kiosk.service
section "Xorg log (errors and warnings)"
grep -E '\((EE|WW)\)' /run/helder/Xorg.0.log
section "logind"
loginctl list-sessions --no-pager
session=$(loginctl list-sessions --no-legend | awk '$3 == "helder" {print $1; exit}')
[ -n "$session" ] && loginctl show-session "$session" -p Type -p Class -p Seat -p VTNr -p Active -p State -p Remote

section "checks"
host shot kiosk
check "tty7 is the active VT" test "$(cat /sys/class/tty/tty0/active)" = tty7
check "no screen saver (xset: timeout 0)" sh -c 'DISPLAY=:0 xset q | grep -q "timeout:  0"'
check "no DPMS (xset: disabled, or no DPMS extension)" \
    sh -c 'DISPLAY=:0 xset q | grep -Eq "DPMS is Disabled|Server does not have the DPMS Extension"'
check "another user (nobody) cannot connect to the display" \
    sh -c 'setpriv --reuid=nobody --regid=nogroup --clear-groups env XAUTHORITY=/nonexistent DISPLAY=:0 xset q 2>&1 | grep -q "unable to open display"'
check "Xorg runs as helder, not root" test "$(ps -o user= -C Xorg | head -n 1)" = helder
check "/run/helder is 0700 helder:helder" test "$(stat -c '%a %U:%G' /run/helder)" = "700 helder:helder"
pid=$(kiosk_pid)
check "the kiosk's core limit is 0" sh -c "grep -E '^Max core file size +0 +0 ' /proc/$pid/limits"
check "the kiosk runs with NoNewPrivs" sh -c "grep -q '^NoNewPrivs:[[:space:]]*1' /proc/$pid/status"
# QEMU's HDA sound card, behind the unit's hardening: the kiosk finds it and read-aloud is on.
check "read-aloud is on (the kiosk opened the sound card)" \
    sh -c 'journalctl -b _COMM=helder-kiosk | grep -q "read-aloud on"'
journalctl -b --no-pager _COMM=helder-kiosk | grep "read-aloud"
say "xinput list:"; DISPLAY=:0 xinput list
say "xrandr:"; DISPLAY=:0 xrandr | head -n 3
section "systemd-analyze security helder-kiosk"
systemd-analyze security --no-pager helder-kiosk.service | grep -vE '^ +✓'

section "VT switching"
host key ctrl-alt-f2
check "Ctrl+Alt+F2 leaves tty7 active" test "$(cat /sys/class/tty/tty0/active)" = tty7
host shot after-ctrl-alt-f2

section "restart on failure"
before=$(prop NRestarts)
pid=$(kiosk_pid)
kill -SEGV "$pid"
check "the kiosk comes back after a crash (SIGSEGV)" wait_for 120 sh -c "[ \"\$(systemctl show -P NRestarts helder-kiosk.service)\" -gt $before ] && [ \"\$(systemctl is-active helder-kiosk.service)\" = active ] && DISPLAY=:0 xset q >/dev/null 2>&1 && pgrep -u helder -x helder-kiosk >/dev/null"
check "no core file in /run/helder or /var/lib/systemd/coredump" \
    sh -c '! ls /run/helder/core* /var/lib/systemd/coredump/* >/dev/null 2>&1'
sleep 20
host shot after-restart

section "restart limit"
tries=0
# systemd 252 keeps Result=signal; the unit is failed and the journal says why.
limit_hit() {
    [ "$(prop ActiveState)" = failed ] &&
        journalctl -b -u helder-kiosk.service | grep -q 'Start request repeated too quickly'
}
while [ "$tries" -lt 10 ] && ! limit_hit; do
    wait_for 60 sh -c 'pgrep -u helder -x helder-kiosk >/dev/null' && kill -SEGV "$(kiosk_pid)"
    tries=$((tries + 1))
    sleep 3
done
check "the start limit stops the unit (failed, start request repeated too quickly) after $tries more crashes" \
    limit_hit
systemctl status --no-pager --lines=0 helder-kiosk.service
journalctl -b --no-pager -o short-monotonic -u helder-kiosk.service | tail -n 8
host shot after-start-limit

say
say "DONE failures=$failures"
