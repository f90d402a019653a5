#!/usr/bin/env python3
"""Split a development set once into a tuning part and a held-out part.

A record goes to the held-out part when the first byte of the SHA-1 of its `id` (as text) is
divisible by 5, about one record in five; otherwise to the tuning part. The split depends only
on the ids, so it is the same on every machine and for every run: tune on the first part, and
only report the second.

Usage: split.py SET.jsonl OUTDIR   (writes OUTDIR/SET.tune.jsonl and OUTDIR/SET.held.jsonl)
"""
import hashlib
import json
import os
import sys


def is_held_out(record_id) -> bool:
    return hashlib.sha1(str(record_id).encode("utf-8")).digest()[0] % 5 == 0


def main() -> int:
    if len(sys.argv) != 3:
        print(__doc__.strip().splitlines()[-1], file=sys.stderr)
        return 64
    source, outdir = sys.argv[1], sys.argv[2]
    os.makedirs(outdir, exist_ok=True)
    base = os.path.basename(source).removesuffix(".jsonl")
    counts = {"tune": 0, "held": 0}
    with open(source, encoding="utf-8") as lines, \
         open(os.path.join(outdir, f"{base}.tune.jsonl"), "w", encoding="utf-8") as tune, \
         open(os.path.join(outdir, f"{base}.held.jsonl"), "w", encoding="utf-8") as held:
        for line in lines:
            if not line.strip():
                continue
            part = "held" if is_held_out(json.loads(line)["id"]) else "tune"
            (held if part == "held" else tune).write(line)
            counts[part] += 1
    print(f"{base}: {counts['tune']} to tune, {counts['held']} held out")
    return 0


if __name__ == "__main__":
    sys.exit(main())
