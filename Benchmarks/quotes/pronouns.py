#!/usr/bin/env python3
"""How Lede names the people behind pronoun speakers, on the BBC quotation gold.

The gold lists, for a quotation whose speaker is written as a pronoun (`he`, `she`, `it`,
`they`), the names that pronoun stands for (`speaker_aliases`). This script runs `summarize
--jsonl` on the gold's articles, finds Lede's quotation for each such gold quotation (the one
whose words overlap most, token F1 at least 0.5) and, when Lede gives it the same pronoun as
its speaker, sorts the pronoun into one of three:

- right: Lede's canonical name for the speaker is one of the aliases;
- unresolved: Lede leaves the pronoun as it is (`resolved_from` is null);
- wrong: Lede names someone else.

A name matches an alias when the words of one, less a few function words, are all among the
words of the other (`Mr Howard` and `Michael Howard` match; `Howard` and `Tony Blair` do not).

Usage: pronouns.py SUMMARIZE GOLD.jsonl [GOLD.jsonl ...]
  e.g. pronouns.py .build/release/summarize /tmp/bbc-quotes-dev.gold.jsonl
  (the gold files come from make_gold.py)
"""
import collections
import json
import re
import subprocess
import sys

PRONOUNS = {"he", "she", "it", "they"}
FUNCTION_WORDS = {"the", "a", "an", "of", "mr", "mrs", "ms", "dr", "sir"}


def tokens(text):
    """The lower-case word tokens of a text."""
    return re.findall(r"\w+", (text or "").lower())


def overlap(a, b):
    """The token F1 of two token lists: 0 when either is empty or they share no token."""
    if not a or not b:
        return 0.0
    shared = sum((collections.Counter(a) & collections.Counter(b)).values())
    if not shared:
        return 0.0
    precision, recall = shared / len(b), shared / len(a)
    return 2 * precision * recall / (precision + recall)


def same_person(name, alias):
    """Whether a name and an alias name the same person: one's words contain the other's."""
    left = set(tokens(name)) - FUNCTION_WORDS
    right = set(tokens(alias)) - FUNCTION_WORDS
    return bool(left) and bool(right) and (left <= right or right <= left)


def classify(gold_quote, system_quotes):
    """`right`, `unresolved` or `wrong` for a gold pronoun quotation, or None when Lede has no
    matching quotation or gives it another speaker than the same pronoun."""
    words = tokens(gold_quote["quote"])
    best = max(system_quotes, key=lambda quote: overlap(words, tokens(quote.get("text"))), default=None)
    if best is None or overlap(words, tokens(best.get("text"))) < 0.5:
        return None
    speaker = best.get("speaker") or {}
    if (speaker.get("mention") or "").lower() != gold_quote["speaker"].lower():
        return None
    if not speaker.get("resolved_from") and speaker.get("kind") == "pronoun":
        return "unresolved"
    name = speaker.get("name") or ""
    return "right" if any(same_person(name, alias) for alias in gold_quote["speaker_aliases"]) else "wrong"


def is_pronoun_quote(quote):
    """Whether a gold quotation has a pronoun speaker with the names it stands for."""
    speaker = (quote.get("speaker") or "").lower()
    return speaker in PRONOUNS and bool(quote.get("speaker_aliases"))


def count(gold_records, system_records):
    """The counts of `right`, `unresolved` and `wrong`, and `matched` (their sum)."""
    counts = collections.Counter()
    for record in gold_records:
        system_quotes = (system_records.get(record["id"]) or {}).get("quotes") or []
        for quote in filter(is_pronoun_quote, record.get("quotes") or []):
            kind = classify(quote, system_quotes)
            if kind:
                counts[kind] += 1
                counts["matched"] += 1
    return counts


def run(summarize, gold_records):
    """Lede's records for the gold's articles, by id."""
    lines = "".join(json.dumps({"id": r["id"], "text": r["text"]}) + "\n" for r in gold_records)
    output = subprocess.run(
        [summarize, "--jsonl"], input=lines.encode(), capture_output=True, check=True
    ).stdout.decode()
    records = (json.loads(line) for line in output.splitlines() if line.strip())
    return {record["id"]: record for record in records}


def main(arguments):
    if len(arguments) < 2:
        print(__doc__, file=sys.stderr)
        return 2
    summarize = arguments[0]
    for path in arguments[1:]:
        with open(path, encoding="utf-8") as file:
            gold = [json.loads(line) for line in file if line.strip()]
        counts = count(gold, run(summarize, gold))
        print(
            f"{path}: pronoun speakers matched {counts['matched']}: right {counts['right']}, "
            f"unresolved {counts['unresolved']}, wrong {counts['wrong']}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
