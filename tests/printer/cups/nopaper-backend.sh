#!/bin/sh
# CUPS test backend: a printer whose paper tray is empty. It sets the printer-state-reason the way real
# backends do (a STATE: line on stderr) and exits with CUPS_BACKEND_STOP (4), so cupsd stops the queue.
if [ $# -eq 0 ]; then
    echo 'direct nopaper "Unknown" "Helder test printer without paper"'
    exit 0
fi
echo "STATE: +media-empty-error" >&2
echo "ERROR: out of paper" >&2
exit 4
