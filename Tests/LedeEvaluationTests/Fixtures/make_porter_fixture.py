#!/usr/bin/env python3
"""Writes porter-stems.tsv: words of the BBC News Summary corpus with NLTK's stems.

usage: make_porter_fixture.py CORPUS_DIR > porter-stems.tsv

CORPUS_DIR is the dataset's "BBC News Summary" folder. The words are the distinct
tokens rouge-score sees (lower-cased text split at every run of characters other
than a-z and 0-9). The fixture keeps every word on which NLTK's three modes
disagree (they exercise the NLTK extensions), every irregular form, and an evenly
spaced sample of the rest, about 4,000 pairs in all. Stems come from
nltk.stem.porter.PorterStemmer() in its default mode, NLTK_EXTENSIONS.
"""
import pathlib
import re
import sys

import nltk
from nltk.stem import porter

TARGET = 4000


def read(path):
    data = path.read_bytes()
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("latin-1")


def main():
    root = pathlib.Path(sys.argv[1])
    words = set()
    for path in root.glob("*/*/*.txt"):
        words.update(w for w in re.split(r"[^a-z0-9]+", read(path).lower()) if w)
    words = sorted(words)
    default = porter.PorterStemmer()
    others = [porter.PorterStemmer(porter.PorterStemmer.ORIGINAL_ALGORITHM),
              porter.PorterStemmer(porter.PorterStemmer.MARTIN_EXTENSIONS)]
    chosen = {w for w in words if any(o.stem(w) != default.stem(w) for o in others)}
    chosen.update(w for w in words if w in default.pool)
    rest = [w for w in words if w not in chosen]
    step = max(1, len(rest) // (TARGET - len(chosen)))
    chosen.update(rest[::step])
    print(f"# {len(chosen)} of the {len(words)} distinct words of the BBC News Summary corpus, with the stems")
    print(f"# of NLTK {nltk.__version__}'s PorterStemmer in its default mode (NLTK_EXTENSIONS);")
    print("# made by make_porter_fixture.py.")
    for w in sorted(chosen):
        print(f"{w}\t{default.stem(w)}")


if __name__ == "__main__":
    main()
