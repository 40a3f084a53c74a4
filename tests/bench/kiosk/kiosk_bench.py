#!/usr/bin/env python3
"""The kiosk beside Chromium in kiosk mode, under one Xvfb at 1920x1080 (DESIGN §9). Run by hand.

helder-kiosk:  start to first frame (warm; --widget-map written after the first frame is shown),
               tap to next frame (xdotool click on an on-screen key until the next frame is shown,
               and the same less the cost of an xdotool call that draws nothing), frame time (layout,
               drawing and display of one frame, as the kiosk reports it), CPU time and wake-ups
               (context switches of every thread) over 10 s idle on a question screen, peak PSS.
chromium:      the same question screen as a static web page (every widget of the kiosk's screen at
               the same place, from its widget map), Debian's chromium with --kiosk: start to first
               content (the screen's pixels turn to the page's background, polled with xwd), CPU
               time and wake-ups over 10 s idle and PSS summed over all its processes.
floor:         sfml_first_frame (SfmlFirstFrame.cpp): SFML alone opens the same window, clears it and
               shows it; start to that first frame is what no Helder code can go below.
Medians of several runs; prints a Markdown table.

usage: kiosk_bench.py --kiosk BUILD/kiosk/app/helder-kiosk --source REPO [--runs 5] [--floor PROGRAM]
"""

import argparse
import ctypes
import json
import os
import select
import shutil
import signal
import statistics
import struct
import subprocess
import sys
import tempfile
import time

WIDTH, HEIGHT = 1920, 1080
TICKS = os.sysconf("SC_CLK_TCK")
LABELS = {"nav/next": "Volgende →", "nav/back": "← Terug", "nav/dont_know": "Ik weet het niet",
          "top/language": "Nederlands", "top/start_again": "Opnieuw beginnen", "question/help": "Hulp",
          "question/text": "Wat is je voornaam?", "key/space": " ", "key/shift": "⇧", "key/backspace": "⌫",
          "key/symbols": "123", "top/text_size": "A", "top/contrast": "◐", "status/demo": "Demo: geen printer"}


def die_with_parent():
    """In a child before exec: SIGTERM when this script ends, however it ends (PR_SET_PDEATHSIG)."""
    ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGTERM)


def start_xvfb():
    read_end, write_end = os.pipe()
    xvfb = subprocess.Popen(["/usr/bin/Xvfb", "-displayfd", str(write_end), "-screen", "0",
                             f"{WIDTH}x{HEIGHT}x24", "-nolisten", "tcp", "-noreset"],
                            pass_fds=(write_end,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        preexec_fn=die_with_parent)
    os.close(write_end)
    number = b""
    while not number.endswith(b"\n"):
        ready, _, _ = select.select([read_end], [], [], 10)
        chunk = os.read(read_end, 16) if ready else b""
        if not chunk:
            sys.exit("Xvfb did not start")
        number += chunk
    os.close(read_end)
    return xvfb, ":" + number.decode().strip()


def stop(process):
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def tree(pid):
    """pid and all its descendants."""
    children = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as stat:
                    ppid = int(stat.read().rsplit(")", 1)[1].split()[1])
                children.setdefault(ppid, []).append(int(entry))
            except OSError:
                pass
    found, todo = [], [pid]
    while todo:
        current = todo.pop()
        found.append(current)
        todo += children.get(current, [])
    return found


def cpu_and_switches(pids):
    """CPU seconds and context switches (voluntary + involuntary, every thread) of these processes."""
    cpu, switches = 0.0, 0
    for pid in pids:
        try:
            with open(f"/proc/{pid}/stat") as stat:
                fields = stat.read().rsplit(")", 1)[1].split()
            cpu += (int(fields[11]) + int(fields[12])) / TICKS
            for task in os.listdir(f"/proc/{pid}/task"):
                with open(f"/proc/{pid}/task/{task}/status") as status:
                    for line in status:
                        if line.startswith(("voluntary_ctxt_switches", "nonvoluntary_ctxt_switches")):
                            switches += int(line.split()[1])
        except OSError:
            pass
    return cpu, switches


def idle(pids_of, seconds=10):
    before = cpu_and_switches(pids_of())
    time.sleep(seconds)
    after = cpu_and_switches(pids_of())
    return (after[0] - before[0]) * 1000, after[1] - before[1]


def pss_mb(pids):
    total = 0
    for pid in pids:
        try:
            with open(f"/proc/{pid}/smaps_rollup") as rollup:
                for line in rollup:
                    if line.startswith("Pss:"):
                        total += int(line.split()[1])
        except OSError:
            pass
    return total / 1024


def pixels(display, points):
    """The colours at some points of the root window (xwd dump, 32 bits per pixel)."""
    dump = subprocess.run(["xwd", "-root", "-silent", "-display", display], capture_output=True).stdout
    if len(dump) < 100:
        return []
    fields = struct.unpack(">25I", dump[:100])
    offset = fields[0] + 12 * fields[19]
    line = fields[12]
    return [tuple(dump[offset + y * line + x * 4:offset + y * line + x * 4 + 3]) for x, y in points]


class Kiosk:
    def __init__(self, args, display, work):
        self.map = os.path.join(work, "map.json")
        if os.path.exists(self.map):
            os.remove(self.map)
        config = os.path.join(work, "config.json")
        with open(config, "w") as out:
            json.dump({"spool_folder": os.path.join(work, "spool"), "idle_timeout_seconds": 3600}, out)
        self.env = dict(os.environ, DISPLAY=display)
        self.started = time.perf_counter()
        self.process = subprocess.Popen(
            [args.kiosk, "--size", f"{WIDTH}x{HEIGHT}", "--config", config, "--widget-map", self.map,
             "--forms", os.path.join(args.source, "forms"), "--locales", os.path.join(args.source, "locales")],
            env=self.env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        self.screen = self.next_frame(0)
        self.first_frame_ms = (time.perf_counter() - self.started) * 1000

    def read(self):
        try:
            with open(self.map) as source:
                return json.load(source)
        except (OSError, ValueError):
            return None

    def next_frame(self, after, showing=None, timeout=30):
        """The first frame after `after` (that has the widget `showing`, when given: the welcome
        screen also redraws by itself to cycle its title). The map is parsed only when a new one
        was renamed over it: parsing it every millisecond took CPU from the kiosk on 2 cores."""
        until = time.perf_counter() + timeout
        seen = None
        while time.perf_counter() < until:
            try:
                stat = os.stat(self.map)
                version = (stat.st_ino, stat.st_mtime_ns)
            except OSError:
                version = None
            if version is not None and version != seen:
                seen = version
                screen = self.read()
                if screen and screen["frame"] > after and (
                        showing is None or any(w["id"] == showing for w in screen["widgets"])):
                    return screen
            time.sleep(0.001)
        sys.exit(f"helder-kiosk drew no frame after {after}")

    def centre(self, widget_id):
        widget = next(w for w in self.screen["widgets"] if w["id"] == widget_id)
        return str(round(widget["x"] + widget["width"] / 2)), str(round(widget["y"] + widget["height"] / 2))

    def tap(self, widget_id, showing=None):
        """Milliseconds from the tap to the next frame shown."""
        frame = self.screen["frame"]
        started = time.perf_counter()
        # --delay 0: xdotool otherwise sleeps 100 ms after the click before it exits, which this
        # measure (it waits for xdotool) counted as latency.
        subprocess.run(["xdotool", "mousemove", *self.centre(widget_id), "click", "--delay", "0", "1"],
                       env=self.env, check=True)
        self.screen = self.next_frame(frame, showing)
        return (time.perf_counter() - started) * 1000

    def close(self):
        stop(self.process)


def web_page(screen, path):
    """The kiosk's screen as a static page: every widget at its place, with its label."""
    boxes = []
    for widget in screen["widgets"]:
        wid = widget["id"]
        if wid == "screen":
            continue
        label = LABELS.get(wid, wid.rsplit("/", 1)[-1] if wid.startswith("key/char/") else "")
        primary = wid == "nav/next"
        style = (f"left:{widget['x']}px;top:{widget['y']}px;width:{widget['width']}px;height:{widget['height']}px;"
                 + ("background:#0b5cad;color:#fff;" if primary else ""))
        kind = "button" if widget["touchable"] else "div"
        boxes.append(f'<{kind} id="{wid}" style="{style}">{label}</{kind}>')
    html = f"""<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Helder</title><style>
html,body{{margin:0;width:{WIDTH}px;height:{HEIGHT}px;overflow:hidden;background:#f5f3ee;
font-family:'Noto Sans',sans-serif;font-size:34px}}
div,button{{position:absolute;box-sizing:border-box;font:inherit;display:flex;align-items:center;
justify-content:center}}
button{{background:#fff;border:2px solid #0b5cad;color:#0b3c6e;font-weight:bold}}
[id="question/text"]{{justify-content:flex-start;font-size:44px;font-weight:bold}}
[id="top/bar"]{{background:#e4e0d6}}
</style></head><body>{''.join(boxes)}
<script>document.querySelectorAll('button').forEach(b=>b.addEventListener('click',()=>{{}}));</script>
</body></html>"""
    with open(path, "w", encoding="utf-8") as out:
        out.write(html)


def background_points(screen, count=4):
    """Points of the screen that no widget covers: there the page shows its background."""
    widgets = [w for w in screen["widgets"] if w["id"] != "screen"]
    points = []
    for y in range(10, HEIGHT, 37):
        for x in range(10, WIDTH, 53):
            if not any(w["x"] <= x < w["x"] + w["width"] and w["y"] <= y < w["y"] + w["height"] for w in widgets):
                points.append((x, y))
    return points[::max(1, len(points) // count)][:count]


def chromium_run(display, page, probe, work, measure_idle):
    profile = tempfile.mkdtemp(prefix="chromium-", dir=work)
    env = dict(os.environ, DISPLAY=display)
    started = time.perf_counter()
    browser = subprocess.Popen(["chromium", "--kiosk", "--no-sandbox", "--disable-gpu", "--no-first-run",
                                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                                f"--user-data-dir={profile}",
                                # Xvfb has no window manager to make a --kiosk window full screen.
                                "--window-position=0,0", f"--window-size={WIDTH},{HEIGHT}",
                                "--disable-features=Translate", f"file://{page}"],
                               preexec_fn=die_with_parent,
                               env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    first = None
    while time.perf_counter() - started < 60:
        if all(colour == (0xee, 0xf3, 0xf5) for colour in pixels(display, probe)):  # B, G, R of #f5f3ee
            first = (time.perf_counter() - started) * 1000
            break
    result = {"first": first}
    if measure_idle:
        time.sleep(5)  # let start-up work finish
        result["cpu"], result["switches"] = idle(lambda: tree(browser.pid))
        result["pss"] = pss_mb(tree(browser.pid))
        result["processes"] = len(tree(browser.pid))
    stop(browser)
    for pid in tree(browser.pid)[1:]:
        try:
            os.kill(pid, 15)
        except OSError:
            pass
    return result


def sfml_first_frame(program, display, work):
    """Milliseconds from the start of SFML alone to its first frame shown (SfmlFirstFrame.cpp)."""
    marker = os.path.join(work, "floor-shown")
    if os.path.exists(marker):
        os.remove(marker)
    started = time.perf_counter()
    process = subprocess.Popen([program, str(WIDTH), str(HEIGHT), marker], env=dict(os.environ, DISPLAY=display),
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    while not os.path.exists(marker):
        if process.poll() is not None and not os.path.exists(marker):
            sys.exit(f"{program} exited with {process.returncode} before its first frame")
        time.sleep(0.001)
    shown = (time.perf_counter() - started) * 1000
    process.wait(timeout=30)
    return shown


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kiosk", required=True)
    parser.add_argument("--source", required=True)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--floor", help="sfml_first_frame (default: BUILD/tests/bench/kiosk/ beside the kiosk's build)")
    args = parser.parse_args()
    floor = args.floor or os.path.join(os.path.dirname(os.path.abspath(args.kiosk)), "..", "..",
                                       "tests", "bench", "kiosk", "sfml_first_frame")
    if not os.access(floor, os.X_OK):
        sys.exit(f"{floor} is missing: build the sfml_first_frame target (BUILD_TESTING=ON)")
    # ctest's timeout and Ctrl-C end the run through the clean-up below.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(1))
    for tool in ["xdotool", "xwd", "chromium"]:
        if not shutil.which(tool):
            sys.exit(f"{tool} is missing: bash packaging/dev/install-deps.sh")
    work = tempfile.mkdtemp(prefix="helder-bench-")
    xvfb, display = start_xvfb()
    try:
        # helder-kiosk: one warm-up start, then the measured ones.
        starts, taps, frames, pss = [], [], [], 0.0
        for run in range(args.runs + 1):
            kiosk = Kiosk(args, display, work)
            if run > 0:
                starts.append(kiosk.first_frame_ms)
            if run == args.runs:
                kiosk.tap("lang/nl", "form/uitpas-kansentarief")
                kiosk.tap("form/uitpas-kansentarief", "nav/start")
                kiosk.tap("nav/start", "key/char/a")
                for _ in range(20):
                    taps.append(kiosk.tap("key/char/a"))
                    frames.append(kiosk.screen["draw_ms"])
                    taps.append(kiosk.tap("key/backspace"))
                    frames.append(kiosk.screen["draw_ms"])
                question = kiosk.screen
                pss = pss_mb([kiosk.process.pid])
                cpu, switches = idle(lambda: [kiosk.process.pid])
                frames_idle = kiosk.read()["frame"] - question["frame"]
                pss = max(pss, pss_mb([kiosk.process.pid]))
                env = kiosk.env
                # The cost of injecting a tap that draws nothing, to subtract.
                injection = []
                for _ in range(20):
                    started = time.perf_counter()
                    subprocess.run(["xdotool", "mousemove", "5", "5"], env=env, check=True)
                    injection.append((time.perf_counter() - started) * 1000)
            kiosk.close()

        floors = [sfml_first_frame(floor, display, work) for _ in range(args.runs + 1)][1:]

        page = os.path.join(work, "question.html")
        web_page(question, page)
        probe = background_points(question)
        web = [chromium_run(display, page, probe, work, run == min(3, args.runs)) for run in range(min(3, args.runs) + 1)]
        web_first = [r["first"] for r in web[1:] if r["first"] is not None]
        web_idle = web[-1]

        tap = statistics.median(taps)
        inject = statistics.median(injection)
        print("| measure (median) | helder-kiosk | chromium --kiosk | DESIGN §9 target |")
        print("|---|---|---|---|")
        print(f"| start to first frame / content, warm | {statistics.median(starts):.0f} ms | "
              f"{statistics.median(web_first):.0f} ms | kiosk < 200 ms; chromium 600-800 ms |" if web_first else
              f"| start to first frame, warm | {statistics.median(starts):.0f} ms | not seen | < 200 ms |")
        print(f"| the same first frame of a blank SFML window (floor) | {statistics.median(floors):.0f} ms | | |")
        print(f"| tap to next frame | {tap:.1f} ms ({tap - inject:.1f} ms less xdotool's {inject:.1f} ms) | "
              f"not measured | within one frame (16 ms) |")
        print(f"| frame time (layout + draw + display) | {statistics.median(frames):.1f} ms "
              f"(max {max(frames):.1f}) | not measured | < 16 ms |")
        print(f"| CPU over 10 s idle | {cpu:.0f} ms ({cpu / 100:.2f}% of a core) | {web_idle['cpu']:.0f} ms "
              f"({web_idle['cpu'] / 100:.2f}% of a core) | kiosk ~0; chromium ~0.3% |")
        print(f"| wake-ups (context switches) over 10 s idle | {switches} ({frames_idle} frames) | "
              f"{web_idle['switches']} | no wake-ups |")
        print(f"| peak PSS | {pss:.0f} MB (1 process) | {web_idle['pss']:.0f} MB ({web_idle['processes']} processes) | "
              f"kiosk < 150 MB; chromium 380-390 MB over 9-11 |")
        print(f"\n{args.runs} kiosk starts, {len(web_first)} chromium starts, {len(taps)} taps; load average "
              f"{os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    finally:
        stop(xvfb)
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
