#!/usr/bin/env bash
# Boots the kiosk for real: a Debian 12 virtual machine (QEMU, software emulation, no /dev/kvm
# needed) set up by following the README's "Set up a kiosk" with the two .deb files, then
# packaging/vm/vm-check.sh inside it checks the session (X up, VT switching, blanking, read-aloud on
# an emulated sound card, restart and its limit, core dumps, runtime folder) while this script
# takes screenshots from outside.
# Run by hand as root on a Debian 12 machine (minutes: the first run downloads about 600 MB);
# not part of CI.
# Usage: boot-check.sh [PACKAGES_DIR] [WORK_DIR]
#   PACKAGES_DIR: holds helder_*_amd64.deb and helder-forms-starter_*_all.deb
#                 (default build/deb/packages, see packaging/README.md "Building the packages")
#   WORK_DIR:     default build/vm; base/ there (Debian without Helder) is reused, delete it
#                 to start from a fresh Debian.
# Leaves in WORK_DIR: report.log (what vm-check.sh saw), console.log (the VM's serial console),
# shot-*.png (screenshots). Exit status 0 when every check passed.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
packages=$(realpath "${1:-$root/build/deb/packages}")
work=$(realpath -m "${2:-$root/build/vm}")
say() { echo "boot-check: $*"; }
[[ $(id -u) = 0 ]] || { say "run as root (mmdebstrap, chroot)"; exit 2; }
for tool in mmdebstrap qemu-system-x86_64 mke2fs socat pnmtopng; do
  command -v "$tool" >/dev/null || {
    say "$tool missing: apt-get install --no-install-recommends mmdebstrap qemu-system-x86 e2fsprogs socat netpbm"
    exit 2
  }
done
shopt -s nullglob
kiosk_debs=("$packages"/helder_*_amd64.deb)
forms_debs=("$packages"/helder-forms-starter_*_all.deb)
[[ ${#kiosk_debs[@]} = 1 && ${#forms_debs[@]} = 1 ]] || { say "need one of each .deb in $packages"; exit 2; }
mkdir -p "$work"

# --- a bare Debian 12, as the installer's minimal install leaves it --------------------------
# Priority important with Recommends, as debian-installer does, and the kernel. No Helder yet.
if [[ ! -d $work/base ]]; then
  say "bare Debian 12 in $work/base"
  rm -rf "$work/base.part"
  mmdebstrap --mode=root --variant=important --aptopt='APT::Install-Recommends "true"' \
    --essential-hook="install -D -m 0755 '$root/packaging/vm/initramfs-hook' \"\$1/etc/initramfs-tools/hooks/helder-vm\"" \
    --essential-hook='mkdir -p "$1/etc/initramfs-tools/conf.d" && echo MODULES=list >"$1/etc/initramfs-tools/conf.d/helder-vm"' \
    --include=linux-image-amd64 --format=directory bookworm "$work/base.part"
  mv "$work/base.part" "$work/base"
fi

# --- "Set up a kiosk", steps 1 to 7, as root on the machine ----------------------------------
rootfs=$work/root
rm -rf "$rootfs"
cp -a "$work/base" "$rootfs"
cp "${kiosk_debs[0]}" "${forms_debs[0]}" "$rootfs/root/"
install -m 0755 "$root/packaging/vm/vm-check.sh" "$rootfs/usr/local/sbin/helder-vm-check"
cp /etc/resolv.conf "$rootfs/etc/resolv.conf"
kiosk_deb=$(basename "${kiosk_debs[0]}")
forms_deb=$(basename "${forms_debs[0]}")

setup() { # runs in the image's root, as the operator would type it
  set -eux
  export DEBIAN_FRONTEND=noninteractive
  printf '#!/bin/sh\nexit 101\n' >/usr/sbin/policy-rc.d # no daemon starts inside the chroot
  chmod +x /usr/sbin/policy-rc.d
  apt-get update
  # 1. Packages
  cd /root
  apt-get install -y "./$1" "./$2"
  # 2. Config, with a PIN hash from helder-forms hash-pin (PIN 4321 on standard input); no
  #    counters_file: its folder comes with prometheus-node-exporter, not installed here.
  pin_hash=$(echo 4321 | helder-forms hash-pin)
  mkdir -p /etc/helder/forms
  cat >/etc/helder/config.json <<JSON
{
  "\$schema": "/usr/share/helder/schema/config.schema.json",
  "local_forms_folder": "/etc/helder/forms",
  "languages": ["nl", "fr", "en", "ar", "tr", "uk"],
  "staff_pin_hash": "$pin_hash"
}
JSON
  helder-kiosk --check-config
  # 3. Postcodes: the bpost list is not redistributed, so none here (checked by range).
  # 4. Printer: none, the kiosk runs in demo mode (printouts to its runtime folder).
  # 5. Swap: the image has none.
  # 6. Touch screen: QEMU's USB tablet stands in for the touch panel; its tools as the README says.
  apt-get install -y xinput x11-xserver-utils
  cat >/etc/helder/xsession.sh <<'SH'
# /etc/helder/xsession.sh: QEMU's USB tablet is the touch panel of the screen Virtual-1
xinput map-to-output "QEMU QEMU USB Tablet" Virtual-1
SH
  # 7. Start on boot
  systemctl enable helder-kiosk.service
  systemctl set-default graphical.target
  # The virtual machine's own parts: the report unit, a root console on ttyS0, no root password.
  cat >/etc/systemd/system/helder-vm-check.service <<'UNIT'
[Unit]
Description=boot-check.sh report
After=helder-kiosk.service
[Service]
Type=oneshot
ExecStart=/usr/local/sbin/helder-vm-check
StandardOutput=file:/dev/ttyS1
StandardError=inherit
[Install]
WantedBy=graphical.target
UNIT
  systemctl enable helder-vm-check.service
  mkdir -p /etc/systemd/system/serial-getty@ttyS0.service.d
  printf '[Service]\nExecStart=\nExecStart=-/sbin/agetty --autologin root --noclear %%I 115200 vt220\n' \
    >/etc/systemd/system/serial-getty@ttyS0.service.d/autologin.conf
  echo helder-vm >/etc/hostname
  rm -f /usr/sbin/policy-rc.d /root/*.deb
  apt-get clean
}
say "setting up the kiosk in $rootfs"
declare -f setup >"$rootfs/root/kiosk-setup.sh"
unshare --mount --propagation private bash -euc '
  r=$1; shift
  mount -t proc proc "$r/proc"
  mount --rbind /sys "$r/sys"
  mount --rbind /dev "$r/dev"
  chroot "$r" /bin/bash -c ". /root/kiosk-setup.sh; setup \"\$@\"" setup "$@"
' unshare "$rootfs" "$kiosk_deb" "$forms_deb"
rm "$rootfs/root/kiosk-setup.sh"
: >"$rootfs/etc/resolv.conf"

# --- the disk and the boot -------------------------------------------------------------------
kernel=$(ls "$rootfs"/boot/vmlinuz-* | tail -n 1)
initrd=$(ls "$rootfs"/boot/initrd.img-* | tail -n 1)
cp "$kernel" "$work/vmlinuz"
cp "$initrd" "$work/initrd.img"
rm -f "$work/disk.img"
mke2fs -q -t ext4 -L helder-root -d "$rootfs" "$work/disk.img" 4G
rm -f "$work"/report.log "$work"/console.log "$work"/shot-*.p?m "$work"/mon.sock
qemu-system-x86_64 -m 2048 -smp 2 -accel tcg -no-reboot \
  -kernel "$work/vmlinuz" -initrd "$work/initrd.img" \
  -append "root=/dev/vda rw console=ttyS0 quiet" \
  -drive "file=$work/disk.img,format=raw,if=virtio" \
  -vga std -display none -usb -device usb-tablet \
  -audiodev none,id=sound -device intel-hda -device hda-duplex,audiodev=sound \
  -chardev "socket,id=console,path=$work/console.sock,server=on,wait=off,logfile=$work/console.log" \
  -serial chardev:console -serial "file:$work/report.log" \
  -monitor "unix:$work/mon.sock,server,nowait" &
qemu=$!
trap 'kill "$qemu" 2>/dev/null || true' EXIT
monitor() { echo "$1" | socat - "UNIX-CONNECT:$work/mon.sock" >/dev/null; }
shot() {
  monitor "screendump $work/shot-$1.ppm"
  sleep 2
  pnmtopng "$work/shot-$1.ppm" >"$work/shot-$1.png" && rm "$work/shot-$1.ppm"
  say "screenshot $work/shot-$1.png"
}

say "booting (console: socat -,raw,echo=0 UNIX-CONNECT:$work/console.sock)"
done_line=""
handled=0
deadline=$((SECONDS + ${BOOT_CHECK_TIMEOUT:-2400}))
while [[ -z $done_line ]] && ((SECONDS < deadline)) && kill -0 "$qemu" 2>/dev/null; do
  sleep 2
  [[ -f $work/report.log ]] || continue
  mapfile -t requests < <(tr -d '\r' <"$work/report.log" | grep -a '^HOST: ' || true)
  while ((handled < ${#requests[@]})); do
    read -r _ what arg <<<"${requests[handled]}"
    case $what in
      shot) shot "$arg" ;;
      key) monitor "sendkey $arg"; say "key $arg" ;;
    esac
    handled=$((handled + 1))
  done
  done_line=$(tr -d '\r' <"$work/report.log" | grep -a '^DONE ' || true)
done
[[ -n $done_line ]] || shot timeout
monitor quit || true
wait "$qemu" || true
trap - EXIT
cat "$work/report.log"
grep -a '^FAIL' "$work/report.log" && exit 1
[[ $done_line = "DONE failures=0" ]] || { say "no report (see $work/console.log)"; exit 1; }
say "every check passed"
