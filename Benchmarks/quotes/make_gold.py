#!/usr/bin/env python3
"""Build the quotation gold sets from the BBC News Summary corpus and the offsets kept here.

usage: make_gold.py "path/to/BBC News Summary" [OUT_DIR]

The annotation files in this folder hold no article text: each quotation, speaker and alias
is a pair of code-point offsets into the article. This script reads each article from the
corpus and writes the files the quote scorer reads, one JSON object per article:
{"id", "text", "quotes": [{"quote", "speaker", "speaker_aliases"?, "continuation", "kind"}]}.
Writes bbc-quotes-dev.gold.jsonl and bbc-quotes-validation.gold.jsonl to OUT_DIR (default:
the current folder). Standard library only.
"""
import json
import os
import sys


def article(corpus, id):
    topic, number = id.split("/")
    path = os.path.join(corpus, "News Articles", topic, number + ".txt")
    data = open(path, "rb").read()
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("latin-1")


def main():
    if len(sys.argv) not in (2, 3):
        sys.exit(__doc__)
    corpus = sys.argv[1]
    out_dir = sys.argv[2] if len(sys.argv) == 3 else "."
    if not os.path.isdir(os.path.join(corpus, "News Articles")):
        sys.exit(f"{corpus} has no 'News Articles' folder; give the 'BBC News Summary' folder")
    here = os.path.dirname(os.path.abspath(__file__))
    os.makedirs(out_dir, exist_ok=True)
    for name in ("bbc-quotes-dev", "bbc-quotes-validation"):
        written = 0
        with open(os.path.join(out_dir, name + ".gold.jsonl"), "w", encoding="utf-8") as out:
            for line in open(os.path.join(here, name + ".jsonl"), encoding="utf-8"):
                record = json.loads(line)
                text = article(corpus, record["id"])
                quotes = []
                for entry in record["quotes"]:
                    cut = lambda span: None if span is None else text[span[0]:span[1]]
                    quote = {"quote": cut(entry["quote"]), "speaker": cut(entry["speaker"])}
                    if "speaker_aliases" in entry:
                        quote["speaker_aliases"] = [cut(span) for span in entry["speaker_aliases"]]
                    for key in ("continuation", "kind"):
                        if key in entry:
                            quote[key] = entry[key]
                    quotes.append(quote)
                out.write(json.dumps({"id": record["id"], "text": text, "quotes": quotes}, ensure_ascii=False) + "\n")
                written += 1
        print(f"{name}.gold.jsonl: {written} articles", file=sys.stderr)


if __name__ == "__main__":
    main()
