"""Tests of pronouns.py on made-up gold and system records."""
import importlib.util
import pathlib

import pytest

SCRIPT = pathlib.Path(__file__).resolve().parent.parent / "pronouns.py"
spec = importlib.util.spec_from_file_location("pronouns", SCRIPT)
pronouns = importlib.util.module_from_spec(spec)
spec.loader.exec_module(pronouns)


@pytest.mark.parametrize(
    "name, alias, same",
    [
        ("Michael Howard", "Mr Howard", True),
        ("Howard", "Michael Howard", True),
        ("Dana Kerr", "Ada Kerr", False),
        ("Tony Blair", "Howard", False),
        ("", "Howard", False),
        ("Mr", "Mr Howard", False),
    ],
)
def test_a_name_matches_an_alias_when_the_words_of_one_are_among_the_others(name, alias, same):
    assert pronouns.same_person(name, alias) is same


@pytest.mark.parametrize(
    "a, b, expected",
    [
        (["we", "will", "win"], ["we", "will", "win"], 1.0),
        (["we", "will", "win"], ["they", "lose"], 0.0),
        ([], ["we"], 0.0),
        (["we", "will", "win", "today"], ["we", "will"], 2 * 1.0 * 0.5 / 1.5),
    ],
)
def test_overlap_is_the_token_f1(a, b, expected):
    assert pronouns.overlap(a, b) == pytest.approx(expected)


GOLD_QUOTE = {"quote": "We will win the vote", "speaker": "she", "speaker_aliases": ["Dana Kerr", "Ms Kerr"]}


def system_quote(text, mention, name, kind="pronoun", resolved=True):
    return {
        "text": text,
        "speaker": {
            "mention": mention,
            "name": name,
            "kind": kind,
            "resolved_from": {"text": name, "start": 0, "end": len(name)} if resolved else None,
        },
    }


@pytest.mark.parametrize(
    "quotes, expected",
    [
        ([system_quote("We will win the vote,", "she", "Dana Kerr")], "right"),
        ([system_quote("We will win the vote,", "She", "Kerr")], "right"),
        ([system_quote("We will win the vote,", "she", "Tom Moss")], "wrong"),
        ([system_quote("We will win the vote,", "she", "she", resolved=False)], "unresolved"),
        # Another speaker than the pronoun, or no quotation with the same words, is not counted.
        ([system_quote("We will win the vote,", "Ms Kerr", "Dana Kerr", kind="person")], None),
        ([system_quote("Nothing like it at all", "she", "Dana Kerr")], None),
        ([], None),
    ],
)
def test_a_pronoun_quotation_is_right_unresolved_or_wrong(quotes, expected):
    assert pronouns.classify(GOLD_QUOTE, quotes) == expected


def test_count_reads_only_pronoun_speakers_with_aliases():
    gold = [
        {
            "id": "a",
            "quotes": [
                GOLD_QUOTE,
                {"quote": "No comment", "speaker": "Dana Kerr"},
                {"quote": "Never", "speaker": "he"},
            ],
        },
        {"id": "b", "quotes": [GOLD_QUOTE]},
    ]
    system = {
        "a": {"quotes": [system_quote("We will win the vote.", "she", "Dana Kerr")]},
        "b": {"quotes": [system_quote("We will win the vote.", "she", "she", resolved=False)]},
    }
    counts = pronouns.count(gold, system)
    assert (counts["matched"], counts["right"], counts["unresolved"], counts["wrong"]) == (2, 1, 1, 0)
