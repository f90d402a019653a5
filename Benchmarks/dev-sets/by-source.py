#!/usr/bin/env python3
"""Score a system's output separately for each source (publisher) of a development set.

A set's figure pools every article; a target that holds "in at least two publishers' styles"
needs the figure of each publisher. The source of a record is read from its `id`: the last
part after `/`, up to the first `_` (`polnear/train/nyt_2016-10-02_...` is from `nyt`); an id
without `_` has the source `-`. The gold and the system lines are split by source into a
temporary folder, and the scorer is run on each pair, with the arguments given after it; its
last line (the summary) is printed after the source and the number of records.

Usage: by-source.py GOLD.jsonl SYSTEM.jsonl SCORER [SCORER ARGUMENTS...]
  e.g. by-source.py splits/polnear_train.tune.jsonl quotes.out $EVAL/score_quotes.py
"""
import json
import os
import subprocess
import sys
import tempfile


def source_of(record_id) -> str:
    """The source of a record: its id's last `/` part up to the first `_`, or `-`."""
    last = str(record_id).rsplit("/", 1)[-1]
    return last.split("_", 1)[0] if "_" in last else "-"


def split_by_source(gold_lines, system_lines):
    """The gold and system lines of each source, as {source: (gold lines, system lines)}.

    System lines are matched to gold lines by `id`; a system line whose id is not in the gold
    is an error, since the scorer would silently drop it.
    """
    sources = {}
    parts = {}
    for line in gold_lines:
        if not line.strip():
            continue
        record_id = json.loads(line)["id"]
        source = source_of(record_id)
        sources[record_id] = source
        parts.setdefault(source, ([], []))[0].append(line)
    for line in system_lines:
        if not line.strip():
            continue
        record_id = json.loads(line)["id"]
        if record_id not in sources:
            raise ValueError(f"system record {record_id!r} is not in the gold")
        parts[sources[record_id]][1].append(line)
    return parts


def main() -> int:
    if len(sys.argv) < 4:
        print(__doc__.strip().splitlines()[-2], file=sys.stderr)
        return 64
    gold, system, scorer, extra = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4:]
    with open(gold, encoding="utf-8") as g, open(system, encoding="utf-8") as s:
        parts = split_by_source(g.readlines(), s.readlines())
    with tempfile.TemporaryDirectory() as folder:
        for source in sorted(parts):
            gold_lines, system_lines = parts[source]
            paths = []
            for name, lines in (("gold", gold_lines), ("system", system_lines)):
                path = os.path.join(folder, f"{name}.jsonl")
                with open(path, "w", encoding="utf-8") as out:
                    out.writelines(line if line.endswith("\n") else line + "\n" for line in lines)
                paths.append(path)
            result = subprocess.run(
                [sys.executable, scorer, *paths, *extra], capture_output=True, text=True, check=False
            )
            if result.returncode != 0:
                sys.stderr.write(result.stderr)
                return result.returncode
            lines = result.stdout.strip().splitlines()
            print(f"{source:<14} {len(gold_lines):>4}  {lines[-1] if lines else ''}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
