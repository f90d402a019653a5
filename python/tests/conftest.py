"""Fixtures: the summarize binary under test and the repository's seed articles."""

import json
import os
import pathlib

import pytest

import lede

REPOSITORY = pathlib.Path(__file__).resolve().parents[2]
SEEDS = REPOSITORY / "seeds"


@pytest.fixture(scope="session")
def binary():
    """The binary lede finds ($LEDE_SUMMARIZE, the bundled one, or PATH); fails without one."""
    try:
        return lede.find_binary()
    except lede.BinaryNotFoundError as error:
        pytest.fail(f"these tests run the summarize binary: {error}")


@pytest.fixture(scope="session")
def seed_records():
    """One record per seed article, as .ci/check-examples writes them."""
    return [
        {"id": path.name, "text": path.read_text(encoding="utf-8")}
        for path in sorted(SEEDS.glob("*.txt"))
    ]


@pytest.fixture(scope="session")
def expected_lines():
    """The expected summarize --jsonl output on the seeds: one line per article, then the event."""
    lines = (SEEDS / "summarize.jsonl.expected").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines]


def swift_version():
    source = (REPOSITORY / "Sources" / "Lede" / "LedeVersion.swift").read_text(encoding="utf-8")
    return source.split('public static let string = "', 1)[1].split('"', 1)[0]


