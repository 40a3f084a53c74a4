#!/usr/bin/python3
"""Fill benchmark driver (run through run.sh, which installs the peers).

bench.py HELDER_FORMS PDF WORK_DIR NODE_MODULES_PARENT RUNS

Builds one set of values for every writable text field and checkbox of PDF (Latin, Cyrillic and
Arabic: DejaVu Sans, the peers' font, has no Ethiopic), fills PDF with helder-forms and with each
peer, RUNS whole-process runs each, and prints a Markdown table of medians, ratios to Helder and
what `pdftotext` extracts from each output.
"""
import json
import os
import statistics
import subprocess
import sys
import time
import unicodedata
from xml.sax.saxutils import escape, quoteattr

HERE = os.path.dirname(os.path.abspath(__file__))
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
WORDS = {"Latin": "Łódź", "Cyrillic": "Київ", "Arabic": "محمد"}
FULL_VALUE = "Łódź Ağrı Київ محمد"
# For MaxLen (mostly comb) fields: the three scripts without spaces, cut to MaxLen.
SHORT_VALUE = "ŁódźКиївمحمدŁódźКиїв"


def make_values(helder_forms, pdf, work):
    listing = subprocess.run([helder_forms, "fields", pdf, "--json"], check=True, capture_output=True).stdout
    fields = json.loads(listing)["fields"]
    values = {}       # fully qualified name -> string or true (helder-forms, pdf-lib)
    xfdf = {}         # fully qualified name -> string or on-state (pdftk)
    partial = {}      # partial name -> string or "/OnState" (pypdf 3.4.1 matches /T only)
    expected = {script: 0 for script in WORDS}  # fields whose whole value shows each word
    for field in fields:
        if field["readOnly"] or not field["widgets"]:
            continue
        name = field["name"]
        if field["kind"] == "text":
            max_length = field["maxLength"]
            value = FULL_VALUE if max_length is None else SHORT_VALUE[:max_length]
            values[name] = xfdf[name] = partial[name.rsplit(".", 1)[-1]] = value
            # A comb field shows one letter per cell, which pdftotext splits: only whole values count.
            for script, word in WORDS.items():
                expected[script] += max_length is None and word in value
        elif field["kind"] == "checkbox" and field["exportValues"]:
            state = field["exportValues"][0]
            values[name] = True
            xfdf[name] = state
            partial[name.rsplit(".", 1)[-1]] = "/" + state
    paths = {key: os.path.join(work, file) for key, file in
             (("values", "values.json"), ("xfdf", "values.xfdf"), ("partial", "values-partial.json"))}
    with open(paths["values"], "w", encoding="utf-8") as f:
        json.dump(values, f, ensure_ascii=False)
    with open(paths["partial"], "w", encoding="utf-8") as f:
        json.dump(partial, f, ensure_ascii=False)
    with open(paths["xfdf"], "w", encoding="utf-8") as f:
        f.write('<?xml version="1.0" encoding="UTF-8"?>\n'
                '<xfdf xmlns="http://ns.adobe.com/xfdf/" xml:space="preserve"><fields>\n')
        for name, value in xfdf.items():
            f.write(f"<field name={quoteattr(name)}><value>{escape(value)}</value></field>\n")
        f.write("</fields></xfdf>\n")
    texts = sum(1 for v in values.values() if isinstance(v, str))
    return paths, texts, len(values) - texts, expected


def run_once(command):
    """Wall time (s), CPU time (user + system, s) and peak RSS (MB) of one whole process."""
    start = time.perf_counter()
    child = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(child.pid, 0)
    elapsed = time.perf_counter() - start
    error = child.stderr.read().decode(errors="replace")
    child.stderr.close()
    if os.waitstatus_to_exitcode(status) != 0:
        raise RuntimeError(f"{command[0]} failed ({status}): {error[-2000:]}")
    return elapsed, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024


def extracted(pdf, expected):
    """Per script: how many times pdftotext finds its word, over the number of fields showing it.
    NFKC folds Arabic presentation forms back to letters; a word found only reversed (visual order)
    is counted apart."""
    text = subprocess.run(["pdftotext", "-enc", "UTF-8", pdf, "-"], check=True, capture_output=True).stdout
    text = unicodedata.normalize("NFKC", text.decode("utf-8", errors="replace"))
    cells = []
    for script, word in WORDS.items():
        found = text.count(word)
        reversed_found = text.count(word[::-1]) if script == "Arabic" else 0
        cell = f"{min(found, expected[script])}/{expected[script]}"
        if reversed_found and not found:
            cell += f" ({reversed_found} reversed)"
        cells.append(cell)
    return cells


def main():
    helder_forms, pdf, work, node_parent, runs = sys.argv[1:6]
    runs = int(runs)
    os.makedirs(work, exist_ok=True)
    paths, texts, checkboxes, expected = make_values(helder_forms, pdf, work)
    out = lambda tool: os.path.join(work, f"out-{tool}.pdf")
    # Node resolves bare imports from the script's folder upwards, not NODE_PATH, for ES modules:
    # a link next to a copy of the script makes pdf-lib importable without touching the source tree.
    node_script = os.path.join(node_parent, "pdflib_fill.mjs")
    with open(os.path.join(HERE, "pdflib_fill.mjs"), encoding="utf-8") as source, \
            open(node_script, "w", encoding="utf-8") as copy:
        copy.write(source.read())
    tools = [
        ("helder-forms fill", "helder",
         [helder_forms, "fill", pdf, "--values", paths["values"], "--out", out("helder")]),
        ("pdftk-java, replacement_font DejaVu Sans", "pdftk-font",
         ["pdftk", pdf, "fill_form", paths["xfdf"], "output", out("pdftk-font"), "replacement_font", FONT]),
        ("pdftk-java, need_appearances", "pdftk-need",
         ["pdftk", pdf, "fill_form", paths["xfdf"], "output", out("pdftk-need"), "need_appearances"]),
        ("pdf-lib + fontkit, DejaVu Sans embedded", "pdflib",
         ["node", node_script, pdf, paths["values"], FONT, out("pdflib")]),
        ("pypdf (Debian 3.4.1)", "pypdf",
         ["/usr/bin/python3", os.path.join(HERE, "pypdf_fill.py"), pdf, paths["partial"], out("pypdf")]),
    ]

    results = []
    for label, key, command in tools:
        run_once(command)  # warm the page cache and the JIT's class data
        samples = [run_once(command) for _ in range(runs)]
        wall = statistics.median(s[0] for s in samples)
        cpu = statistics.median(s[1] for s in samples)
        rss = statistics.median(s[2] for s in samples)
        results.append((label, wall, cpu, rss, extracted(out(key), expected), os.path.getsize(out(key))))
        print(f"{label}: {wall * 1000:.1f} ms", file=sys.stderr)

    base = results[0][1]
    print(f"\nFilling {os.path.basename(pdf)}: {texts} text fields and {checkboxes} checkboxes, "
          f"values in Latin, Cyrillic and Arabic; median of {runs} whole-process runs.\n")
    print("| tool | wall (median) | × Helder | CPU (median) | peak RSS | output | pdftotext finds " +
          " | ".join(f"{w} ({s})" for s, w in WORDS.items()) + " |")
    print("|---|---:|---:|---:|---:|---:|" + "---:|" * len(WORDS))
    for label, wall, cpu, rss, cells, size in results:
        print(f"| {label} | {wall * 1000:.0f} ms | {wall / base:.1f} | {cpu * 1000:.0f} ms | {rss:.0f} MB | "
              f"{size / 1024:.0f} KB | " + " | ".join(cells) + " |")


main()
