#!/usr/bin/env python3
"""Mark the direct quotations the PolNeAR gold misses in articles quoted with two apostrophes.

Some publishers' articles in PolNeAR write quotation marks as two apostrophes: ''like this''.
The gold marks an attribution `direct` when its content lies inside quotation marks, and takes
a quotation as gold when an attribution's content covers at least half of it, but it does not
read '' as a quotation mark: in those articles there are no gold quotations, and every quoted
attribution counts as reported speech. A quotation finder is then wrong twice for each one it
finds, once as a false quotation and once as missed reported speech.

This script applies the gold's own two rules to those articles, reading '' as a mark that opens
and closes by turns within a paragraph, and writes a copy of the set. Articles that already
have gold quotations, or no '' marks, are copied unchanged. Use it to see how much of a score
is this gap; report figures on the set as published too.

Usage: apostrophe-quotes.py SET.jsonl OUT.jsonl
"""
import json
import re
import sys


def quoted_spans(text):
    """The character ranges between '' marks, paired by turns within each paragraph."""
    spans = []
    for paragraph in re.finditer(r"[^\n]+", text):
        marks = [m.start() + paragraph.start() for m in re.finditer("''", paragraph.group())]
        spans += [(start + 2, end) for start, end in zip(marks[0::2], marks[1::2]) if end > start + 2]
    return spans


def mark(record):
    """Returns the record with its quoted attributions made direct and their quotations listed,
    the number of attributions changed and the number of quotations added."""
    text = record["text"]
    if "''" not in text or record.get("quotes"):
        return record, 0, 0
    spans = quoted_spans(text)
    inside = {i for start, end in spans for i in range(start, end)}
    quotes = {}
    changed = 0
    for attribution in record.get("attributions", []):
        content = {i for start, end in attribution["content"] for i in range(start, end)}
        if not content:
            continue
        if not attribution.get("direct") and len(content & inside) * 2 >= len(content):
            attribution["direct"] = True
            changed += 1
        for start, end in spans:
            if start not in quotes and len(content & set(range(start, end))) * 2 >= end - start:
                quotes[start] = {
                    "quote": text[start:end],
                    "speaker": attribution.get("source_text"),
                    "cue": attribution.get("cue_text"),
                    "start": start,
                    "end": end,
                }
    record["quotes"] = [quotes[start] for start in sorted(quotes)]
    return record, changed, len(quotes)


def main():
    if len(sys.argv) != 3:
        print(__doc__.strip().splitlines()[-1], file=sys.stderr)
        return 64
    changed = quotes = 0
    with open(sys.argv[1], encoding="utf-8") as source, open(sys.argv[2], "w", encoding="utf-8") as out:
        for line in source:
            if not line.strip():
                continue
            record, count, added = mark(json.loads(line))
            changed += count
            quotes += added
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    print(f"{changed} attributions made direct, {quotes} quotations added", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
