#!/usr/bin/env python3
"""Prints the expected scores of RougeScorerTests and RougeTokenizerTests as Swift table rows.

usage: make_rouge_expectations.py

Scores come from Google's rouge-score (rouge_scorer.RougeScorer with
["rouge1", "rouge2", "rougeL", "rougeLsum"] and use_stemmer=True), scoring
"\\n".join(reference) against "\\n".join(candidate); tokens from
rouge_score.tokenizers.DefaultTokenizer. Paste the output into the tests.
"""
import json

from rouge_score import rouge_scorer, tokenizers

PAIRS = [
    (["The cat sat on the mat."], ["The cat sat."]),
    (["Profits rose to £1.4bn (€2bn), up 7.5% on the year."], ["Profits were £1.4bn; up 7.5% on 2003's £1.3bn."]),
    (["Café owners in Zürich said “no” to the İstanbul deal."], ["The café in Zurich said no to Istanbul."]),
    (["the the the cat cat"], ["the cat the cat the"]),
    (["Something happened here."], []),
    ([], ["Something happened."]),
    (["!!!"], ["... --"]),
    (["The police arrested the man.", "The man was released later."],
     ["The man was arrested by police.", "Police released the man."]),
    (["The runners were running quickly to the generously funded finishing line."],
     ["A runner runs quick; generous funding."]),
    (["5 \u212a cold", "\u0130\u0130 day"], ["5 k cold ii day"]),
    (["First line.\r\nSecond line."], ["Second line.\r\nFirst line."]),
    (["A b c d."], ["", "a b", "  ", "c d"]),
    (["TimeWarner said fourth quarter sales rose 2% to $11.1bn from $10.9bn.",
      "For the full-year, TimeWarner posted a profit of $3.36bn, up 27% from its 2003 performance, "
      "while revenues grew 6.4% to $42.09bn.",
      "Its profits were buoyed by one-off gains which offset a profit dip at Warner Bros, and less users for AOL."],
     ["Quarterly profits at US media giant TimeWarner jumped 76% to $1.13bn (£600m) for the three months "
      "to December, from $639m year-earlier.",
      "The firm, which is now one of the biggest investors in Google, benefited from sales of high-speed "
      "internet connections and higher advert sales.",
      "TimeWarner said fourth quarter sales rose 2% to $11.1bn from $10.9bn."]),
    (["a b c a b c", "c b a"], ["a b", "c a b", "a a a c"]),
]

TEXTS = [
    "Profits jumped 76% to $1.13bn.",
    "£1.4bn, €2bn and ¥3bn",
    "Don't stop—NATO’s high-speed 3.5G plans!",
    "Café naïve Zürich İstanbul 5\u212a Ελλάδα 東京",
    "CRLF\r\nline\tTAB",
    "🎉 emoji 👍🏽ok",
    "",
    "  ...  ",
    "generously running skies dying news",
    "a an the is it was",
]


def swift(text):
    """A Swift string literal; the two look-alike letters are written as escapes."""
    literal = json.dumps(text, ensure_ascii=False)
    return literal.replace("\u212a", "\\u{212A}").replace("\u0130", "\\u{130}")


def main():
    scorer = rouge_scorer.RougeScorer(["rouge1", "rouge2", "rougeL", "rougeLsum"], use_stemmer=True)
    for reference, candidate in PAIRS:
        scores = scorer.score("\n".join(reference), "\n".join(candidate))
        values = ", ".join(
            f"[{scores[t].precision!r}, {scores[t].recall!r}, {scores[t].fmeasure!r}]"
            for t in ["rouge1", "rouge2", "rougeL", "rougeLsum"])
        print(f"Pair([{', '.join(map(swift, reference))}], [{', '.join(map(swift, candidate))}], [{values}]),")
    print()
    stemming = tokenizers.DefaultTokenizer(use_stemmer=True)
    plain = tokenizers.DefaultTokenizer(use_stemmer=False)
    for text in TEXTS:
        print(f"({swift(text)}, {swift(stemming.tokenize(text))}, {swift(plain.tokenize(text))}),")


if __name__ == "__main__":
    main()
