# Sourced by the set-up scripts: runs a command as root (apt-get needs it), through sudo when
# the caller is not root.
as_root() {
  if [[ $(id -u) -eq 0 ]]; then
    "$@"
  elif command -v sudo >/dev/null; then
    sudo "$@"
  else
    echo "helder: '$*' needs root; run this script as root" >&2
    return 1
  fi
}
