#!/usr/bin/env python3
"""End to end: the real helder-kiosk under a private Xvfb, driven by xdotool.

Taps go to the centres of widgets as the kiosk itself laid them out (--widget-map writes the
drawn screen's widget ids and rectangles after every frame); text is typed by tapping the keys
of the on-screen keyboard. The visitor fills uitpas-kansentarief, switches from Dutch to Arabic
half-way, checks that a rights hint that applies is shown and one that does not is absent,
prints to the spool folder, and pdftotext finds the typed values in the printed PDF.

On failure: the reason, a screenshot (PNG) of the screen, the last widget map and the kiosk's
log are left in --artifacts.

usage: kiosk_journey.py --kiosk PATH/helder-kiosk --source REPO --artifacts DIR
"""

import argparse
import ctypes
import json
import os
import re
import select
import shutil
import signal
import struct
import subprocess
import sys
import tempfile
import time
import zlib

WIDTH, HEIGHT = 1920, 1080
JOURNEY_SECONDS = 110  # ctest's TIMEOUT is 120
FRAME_SECONDS = 15     # one tap to its frame, on a loaded machine


class JourneyFailed(Exception):
    pass


def die_with_parent():
    """In a child before exec: SIGTERM when this script ends, however it ends (PR_SET_PDEATHSIG)."""
    ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGTERM)


def start_xvfb():
    """Xvfb on a display number it picks itself (-displayfd); returns (process, ":N")."""
    read_end, write_end = os.pipe()
    xvfb = subprocess.Popen(
        ["/usr/bin/Xvfb", "-displayfd", str(write_end), "-screen", "0", f"{WIDTH}x{HEIGHT}x24",
         "-nolisten", "tcp", "-noreset"],
        pass_fds=(write_end,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        preexec_fn=die_with_parent)
    os.close(write_end)
    number = b""
    deadline = time.monotonic() + 10
    while not number.endswith(b"\n") and time.monotonic() < deadline:
        ready, _, _ = select.select([read_end], [], [], max(0.0, deadline - time.monotonic()))
        if not ready:
            break
        chunk = os.read(read_end, 16)
        if not chunk:
            break
        number += chunk
    os.close(read_end)
    if not number.endswith(b"\n"):
        stop(xvfb)
        raise JourneyFailed("Xvfb did not start within 10 s")
    return xvfb, ":" + number.decode().strip()


def stop(process):
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def xwd_to_png(xwd, png_path):
    """A 24/32-bit TrueColor xwd dump (what `xwd -root` gives under Xvfb) as an RGB PNG."""
    fields = struct.unpack(">25I", xwd[:100])
    header_size, width, height = fields[0], fields[4], fields[5]
    byte_order, bits_per_pixel, bytes_per_line, ncolors = fields[7], fields[11], fields[12], fields[19]
    if bits_per_pixel != 32:
        raise ValueError(f"xwd with {bits_per_pixel} bits per pixel")
    data = xwd[header_size + 12 * ncolors:]
    rows = bytearray()
    for y in range(height):
        line = data[y * bytes_per_line:y * bytes_per_line + width * 4]
        rows.append(0)
        if byte_order == 0:  # LSBFirst: B G R X
            rgb = bytearray(width * 3)
            rgb[0::3], rgb[1::3], rgb[2::3] = line[2::4], line[1::4], line[0::4]
        else:                # MSBFirst: X R G B
            rgb = bytearray(width * 3)
            rgb[0::3], rgb[1::3], rgb[2::3] = line[1::4], line[2::4], line[3::4]
        rows += rgb

    def chunk(kind, body):
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))

    with open(png_path, "wb") as out:
        out.write(b"\x89PNG\r\n\x1a\n")
        out.write(chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)))
        out.write(chunk(b"IDAT", zlib.compress(bytes(rows), 6)))
        out.write(chunk(b"IEND", b""))


class Kiosk:
    """The running kiosk as the visitor's finger sees it."""

    def __init__(self, binary, source, display, work):
        self.display = display
        self.env = dict(os.environ, DISPLAY=display)
        self.map_path = os.path.join(work, "widgets.json")
        self.spool = os.path.join(work, "spool")
        self.log_path = os.path.join(work, "kiosk.log")
        config = os.path.join(work, "config.json")
        with open(config, "w", encoding="utf-8") as out:
            json.dump({"spool_folder": self.spool, "idle_timeout_seconds": 600}, out)
        self.log = open(self.log_path, "wb")
        self.process = subprocess.Popen(
            [binary, "--size", f"{WIDTH}x{HEIGHT}", "--config", config,
             "--forms", os.path.join(source, "forms"), "--locales", os.path.join(source, "locales"),
             "--widget-map", self.map_path],
            env=self.env, stdout=self.log, stderr=subprocess.STDOUT)
        self.deadline = time.monotonic() + JOURNEY_SECONDS
        self.frame = 0
        self.taps = 0
        self.screen = self.wait_for(lambda screen: True, "the first frame")
        window = self.xdotool("search", "--sync", "--onlyvisible", "--name", "^Helder$").split()[0]
        geometry = dict(line.split("=", 1) for line in
                        self.xdotool("getwindowgeometry", "--shell", window).split())
        self.origin = (int(geometry["X"]), int(geometry["Y"]))

    def close(self):
        stop(self.process)
        self.log.close()

    def xdotool(self, *args):
        result = subprocess.run(["xdotool", *args], env=self.env, capture_output=True, text=True, timeout=20)
        if result.returncode != 0:
            raise JourneyFailed(f"xdotool {' '.join(args)}: {result.stderr.strip()}")
        return result.stdout

    def read_map(self):
        try:
            with open(self.map_path, encoding="utf-8") as source:
                return json.load(source)
        except (OSError, ValueError):
            return None

    def wait_for(self, condition, what):
        """The first frame after the last one seen for which condition(screen) holds."""
        until = min(self.deadline, time.monotonic() + FRAME_SECONDS)
        while time.monotonic() < until:
            if self.process.poll() is not None:
                raise JourneyFailed(f"the kiosk exited with {self.process.returncode} waiting for {what}")
            screen = self.read_map()
            if screen and screen["frame"] > self.frame and condition(screen):
                self.frame = screen["frame"]
                self.screen = screen
                return screen
            time.sleep(0.02)
        raise JourneyFailed(f"timed out waiting for {what}")

    def ids(self):
        return {widget["id"] for widget in self.screen["widgets"]}

    def has(self, widget_id):
        return widget_id in self.ids()

    def centre(self, widget_id):
        widget = next((w for w in self.screen["widgets"] if w["id"] == widget_id and w["touchable"]), None)
        if widget is None:
            raise JourneyFailed(f"no widget {widget_id} to tap; the screen has: {sorted(self.ids())}")
        return (str(self.origin[0] + round(widget["x"] + widget["width"] / 2)),
                str(self.origin[1] + round(widget["y"] + widget["height"] / 2)))

    def tap(self, widget_id, then=None, what=None):
        """Taps the centre of a widget of the current screen and waits for the next frame (and
        for `then(screen)` to hold, when given)."""
        self.tap_all([widget_id], then, what)

    def tap_all(self, widget_ids, then=None, what=None):
        """Taps widgets one after the other, all of the current screen (keys that stay where they
        are while a word is typed), then waits for a frame that comes after them all."""
        command = []
        for widget_id in widget_ids:
            command += ["mousemove", *self.centre(widget_id), "click", "1"]
        self.taps += len(widget_ids)
        self.xdotool(*command)
        # The frame drawn after the last tap shows the draft with every character typed.
        self.wait_for(then or (lambda screen: True), what or f"the frame after tapping {' '.join(widget_ids)}")

    def tap_until(self, widget_id, present):
        self.tap(widget_id, lambda screen: any(w["id"] == present for w in screen["widgets"]),
                 f"{present} after tapping {widget_id}")

    def hold(self, widget_id, then, what):
        """Holds a widget down past the long-press delay (ui/LongPress.hpp, 500 ms), then lets go."""
        self.taps += 1
        self.xdotool("mousemove", *self.centre(widget_id), "mousedown", "1", "sleep", "0.8", "mouseup", "1")
        self.wait_for(then, what)

    def type_held(self, base, letter):
        """Types a letter that only a held key offers: holds its base key, then taps the choice."""
        choice = f"key/pick/{letter}"
        self.hold(f"key/char/{base}", lambda screen: any(w["id"] == choice for w in screen["widgets"]),
                  f"the choices of {base}, {letter} among them, after holding it")
        self.tap(choice, lambda screen: not any(w["id"] == choice for w in screen["widgets"]),
                 f"the choices of {base} closed after picking {letter}")

    def type_keys(self, text):
        """Types on the on-screen keys: shift for capitals, the symbols key for digits and signs,
        a held key for letters it offers (HELD_FOR). Letters in a row are tapped in one go; after
        shift or symbols the keyboard changes, so the journey waits for its next frame."""
        run = []
        for c in text:
            if c in HELD_FOR:
                if run:
                    self.tap_all(run)
                    run = []
                self.type_held(HELD_FOR[c], c)
                continue
            key = "key/space" if c == " " else f"key/char/{c}"
            needs_symbols = not self.has(key) and not self.has(f"key/char/{c.lower()}")
            if (needs_symbols or c.isupper()) and run:
                self.tap_all(run)
                run = []
            # A frame can come between the tap and the keyboard it changes (a busy machine):
            # wait for the key itself.
            if needs_symbols:
                self.tap_until("key/symbols", key)
            if c.isupper():
                self.tap_until("key/shift", key)
                self.tap(key)
            else:
                run.append(key)
        if run:
            self.tap_all(run)

    def answer(self, question, typed):
        self.expect_question(question)
        self.type_keys(typed)
        self.tap("nav/next")
        if self.has("answer/problem"):
            raise JourneyFailed(f"{question}: the kiosk did not accept {typed!r}")

    def pick_date(self, question, day, month, year):
        """Picks a date on the date picker: the day, then the month, then the decade and year."""
        self.expect_question(question)
        self.tap(f"date/day/{day}")
        if not self.has(f"date/month/{month}"):
            self.tap_until("date/tab/month", f"date/month/{month}")
        self.tap(f"date/month/{month}")
        decade = year // 10 * 10
        if not self.has(f"date/year/{year}") and not self.has(f"date/decade/{decade}"):
            self.tap_until("date/tab/year", f"date/decade/{decade}")
        if not self.has(f"date/year/{year}"):
            self.tap_until(f"date/decade/{decade}", f"date/year/{year}")
        self.tap(f"date/year/{year}")
        self.tap("nav/next")
        if self.has("answer/problem"):
            raise JourneyFailed(f"{question}: the kiosk did not accept {day}/{month}/{year}")

    def expect_question(self, question):
        # The question being asked shows in no widget id; its help and inputs do not name it
        # either, so the journey follows the form's order and checks where it can.
        if not self.has("nav/next") and not self.has("answer/yes"):
            raise JourneyFailed(f"expected the question {question}; the screen has: {sorted(self.ids())}")


# Letters typed by holding their base key on the Belgian keyboard (locales/keyboards/be.json).
HELD_FOR = {"ë": "e"}


def journey(kiosk):
    kiosk.tap_until("lang/nl", "form/uitpas-kansentarief")
    kiosk.tap_until("form/uitpas-kansentarief", "nav/start")
    kiosk.tap_until("nav/start", "nav/next")
    kiosk.answer("first_name", "Noëlla")
    kiosk.answer("last_name", "El Amrani")
    kiosk.pick_date("birth_date", 14, 3, 1985)
    # Half-way, the visitor changes to Arabic: the whole screen mirrors, the answers stay.
    kiosk.tap_until("top/language", "lang/ar")
    kiosk.tap("lang/ar", lambda screen: screen["rtl"], "the screen in Arabic (right to left)")
    kiosk.answer("nrn", "85031412401")
    kiosk.answer("street", "Dok")
    kiosk.answer("house_number", "12")
    if kiosk.has("nav/dont_know"):
        raise JourneyFailed("box offers \"I don't know\" although the form says dont_know: false")
    kiosk.tap("nav/next")  # box: left empty
    kiosk.answer("postcode", "9000")
    kiosk.answer("municipality", "Gent")
    kiosk.tap("nav/next")  # phone: optional
    kiosk.tap_until("nav/next", "choice/living_wage")  # email: optional
    kiosk.tap_until("choice/living_wage", "answer/no")
    kiosk.tap_until("answer/no", "answer/yes")  # has_uitpas
    kiosk.tap_until("answer/yes", "member/add")  # lives_with_others
    kiosk.tap_until("member/add", "nav/next")
    kiosk.answer("member_name", "Omar")
    while not kiosk.has("member/edit/0"):
        kiosk.tap("nav/dont_know" if kiosk.has("nav/dont_know") else "nav/next")
    kiosk.tap("nav/next")
    while not kiosk.has("review/print"):
        kiosk.tap("answer/yes" if kiosk.has("answer/yes") else "nav/dont_know")

    # Living wage: the social energy tariff applies; increased reimbursement is for low incomes.
    if not kiosk.has("review/hint/social_energy_tariff"):
        raise JourneyFailed(f"the rights hint social_energy_tariff is not shown: {sorted(kiosk.ids())}")
    if kiosk.has("review/hint/apply_increased_reimbursement"):
        raise JourneyFailed("the rights hint apply_increased_reimbursement is shown but does not apply")

    kiosk.tap_until("review/print", "done/yes")
    pdfs = [name for name in os.listdir(kiosk.spool) if name.endswith(".pdf")] if os.path.isdir(kiosk.spool) else []
    if len(pdfs) != 1:
        raise JourneyFailed(f"expected one PDF in the spool folder {kiosk.spool}, found {pdfs}")
    text = subprocess.run(["pdftotext", "-layout", os.path.join(kiosk.spool, pdfs[0]), "-"],
                          capture_output=True, text=True, check=True, timeout=60).stdout
    for typed in ["Noëlla", "El Amrani", "Dok", "Gent", "9000", "Omar"]:
        if typed not in text:
            raise JourneyFailed(f"the printed PDF does not hold the typed {typed!r}")
    if "85031412401" not in re.sub(r"\D", "", text):
        raise JourneyFailed("the printed PDF does not hold the typed national register number")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kiosk", required=True)
    parser.add_argument("--source", required=True)
    parser.add_argument("--artifacts", required=True)
    args = parser.parse_args()
    # ctest's timeout and Ctrl-C end the run through the clean-up below.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(1))
    for tool in ["/usr/bin/Xvfb", "xdotool", "xwd", "pdftotext"]:
        if not shutil.which(tool):
            print(f"FAIL: {tool} is missing (packaging/dev/install-deps.sh installs it)")
            return 1

    started = time.monotonic()
    shutil.rmtree(args.artifacts, ignore_errors=True)
    os.makedirs(args.artifacts)
    work = tempfile.mkdtemp(prefix="helder-e2e-")
    xvfb, display = start_xvfb()
    kiosk = None
    try:
        kiosk = Kiosk(args.kiosk, args.source, display, work)
        journey(kiosk)
        print(f"PASS: the journey took {time.monotonic() - started:.1f} s: {kiosk.taps} taps, {kiosk.frame} frames")
        return 0
    except JourneyFailed as failure:
        print(f"FAIL: {failure}")
        if kiosk:
            print(f"after {time.monotonic() - started:.1f} s: {kiosk.taps} taps, {kiosk.frame} frames")
        try:
            dump = subprocess.run(["xwd", "-root", "-silent", "-display", display],
                                  capture_output=True, check=True, timeout=20).stdout
            xwd_to_png(dump, os.path.join(args.artifacts, "failure.png"))
        except (subprocess.SubprocessError, ValueError, struct.error) as error:
            print(f"(no screenshot: {error})")
        for name in ["widgets.json", "kiosk.log"]:
            if os.path.exists(os.path.join(work, name)):
                shutil.copy(os.path.join(work, name), args.artifacts)
        print(f"screenshot, widget map and kiosk log: {args.artifacts}")
        return 1
    finally:
        if kiosk:
            kiosk.close()
        stop(xvfb)
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
