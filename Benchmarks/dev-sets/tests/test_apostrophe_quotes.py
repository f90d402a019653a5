"""Tests of apostrophe-quotes.py on made-up records."""
import importlib.util
import json
import pathlib

import pytest

SCRIPT = pathlib.Path(__file__).resolve().parent.parent / "apostrophe-quotes.py"
spec = importlib.util.spec_from_file_location("apostrophe_quotes", SCRIPT)
apostrophe_quotes = importlib.util.module_from_spec(spec)
spec.loader.exec_module(apostrophe_quotes)


def attribution(text, content, source, cue, direct=False, cue_from=0):
    start = text.index(content)
    source_start = text.index(source)
    cue_start = text.index(cue, cue_from)
    return {
        "content": [[start, start + len(content)]],
        "source": [[source_start, source_start + len(source)]],
        "cue": [[cue_start, cue_start + len(cue)]],
        "content_text": content,
        "source_text": source,
        "cue_text": cue,
        "direct": direct,
    }


def test_quoted_attribution_becomes_direct_with_its_quotation():
    text = "''The bridge will open in May,'' the mayor said. She said costs had risen."
    record = {
        "id": 1,
        "text": text,
        "quotes": [],
        "attributions": [
            attribution(text, "''The bridge will open in May,''", "the mayor", "said"),
            attribution(text, "costs had risen", "She", "said", cue_from=text.index("She")),
        ],
    }
    marked, changed, added = apostrophe_quotes.mark(record)
    assert (changed, added) == (1, 1)
    assert [a["direct"] for a in marked["attributions"]] == [True, False]
    assert marked["quotes"] == [
        {"quote": "The bridge will open in May,", "speaker": "the mayor", "cue": "said", "start": 2, "end": 30}
    ]


@pytest.mark.parametrize(
    "text",
    [
        "“The bridge will open in May,” the mayor said.",  # curly marks: the gold reads them
        "The mayor said the bridge would open in May.",  # no marks at all
    ],
)
def test_records_without_two_apostrophe_marks_are_unchanged(text):
    record = {"id": 2, "text": text, "quotes": [], "attributions": []}
    before = json.dumps(record)
    marked, changed, added = apostrophe_quotes.mark(record)
    assert (changed, added) == (0, 0)
    assert json.dumps(marked) == before


def test_records_with_gold_quotations_are_unchanged():
    text = "''Yes,'' he said."
    quote = {"quote": "Yes,", "speaker": "he", "cue": "said", "start": 2, "end": 6}
    record = {"id": 3, "text": text, "quotes": [quote], "attributions": [attribution(text, "''Yes,''", "he", "said")]}
    marked, changed, added = apostrophe_quotes.mark(record)
    assert (changed, added) == (0, 0)
    assert marked["attributions"][0]["direct"] is False


def test_marks_pair_within_a_paragraph_only():
    text = "''One,'' he said. ''Two\n\nThree,'' she said."
    assert apostrophe_quotes.quoted_spans(text) == [(2, 6)]


def test_a_fragment_inside_reported_speech_stays_indirect_but_is_a_quotation():
    text = "She called the plan ''a costly mistake'' and said it would fail."
    content = "the plan ''a costly mistake'' and said it would fail"
    record = {"id": 4, "text": text, "quotes": [], "attributions": [attribution(text, content, "She", "called")]}
    marked, changed, added = apostrophe_quotes.mark(record)
    assert (changed, added) == (0, 1)
    assert marked["quotes"][0]["quote"] == "a costly mistake"
