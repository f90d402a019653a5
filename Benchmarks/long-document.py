#!/usr/bin/env python3
"""Writes one long news document to standard output, for measuring memory on large input.

Joins the `text` fields of a JSON Lines corpus of articles (records with a `text` field, such
as the BBC articles as `{"id", "text"}` records), separated by blank lines, going back to the
first article as often as needed, until the document holds at least SIZE megabytes (10^6
bytes of UTF-8); it then stops at the end of that article.

Usage:
    Benchmarks/long-document.py CORPUS.jsonl SIZE_MB > document.txt
"""

import json
import sys


def main() -> int:
    if len(sys.argv) != 3:
        print(__doc__.strip().splitlines()[-1].strip(), file=sys.stderr)
        return 64
    path, size = sys.argv[1], float(sys.argv[2])
    target = int(size * 1_000_000)
    texts = []
    with open(path, encoding="utf-8") as corpus:
        for line in corpus:
            line = line.strip()
            if line:
                text = json.loads(line).get("text")
                if isinstance(text, str) and text.strip():
                    texts.append(text.strip().encode("utf-8"))
    if not texts:
        print(f"no text in {path}", file=sys.stderr)
        return 65
    out = sys.stdout.buffer
    written = 0
    index = 0
    while written < target:
        if written > 0:
            out.write(b"\n\n")
            written += 2
        text = texts[index % len(texts)]
        out.write(text)
        written += len(text)
        index += 1
    out.write(b"\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
