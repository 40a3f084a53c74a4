#!/usr/bin/python3
"""Parses a Helder counters textfile with prometheus_client's text parser (the format
node_exporter's textfile collector reads) and prints one sorted line per sample:
    name{label=value,...} value
A file the parser rejects exits 1 with the parser's error."""
import sys

from prometheus_client.parser import text_string_to_metric_families


def main(path):
    with open(path, encoding="utf-8") as source:
        text = source.read()
    lines = []
    try:
        for family in text_string_to_metric_families(text):
            if family.type != "gauge":
                raise ValueError(f"{family.name} is a {family.type}, not a gauge")
            for sample in family.samples:
                labels = ",".join(f"{k}={v}" for k, v in sorted(sample.labels.items()))
                lines.append(f"{sample.name}{{{labels}}} {sample.value:g}")
    except ValueError as error:
        print(f"{path}: {error}", file=sys.stderr)
        return 1
    print("\n".join(sorted(lines)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
