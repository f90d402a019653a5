"""Tests of by-source.py on made-up records and a made-up scorer."""
import importlib.util
import json
import pathlib
import subprocess
import sys

import pytest

SCRIPT = pathlib.Path(__file__).resolve().parent.parent / "by-source.py"
spec = importlib.util.spec_from_file_location("by_source", SCRIPT)
by_source = importlib.util.module_from_spec(spec)
spec.loader.exec_module(by_source)


@pytest.mark.parametrize(
    "record_id, source",
    [
        ("polnear/train/nyt_2016-10-02_a-story", "nyt"),
        ("set/wash-post_2016_x", "wash-post"),
        ("daily_1", "daily"),
        ("bbc/business/001", "-"),
        (17, "-"),
    ],
)
def test_source_is_the_last_part_of_the_id_up_to_the_first_underscore(record_id, source):
    assert by_source.source_of(record_id) == source


def line(record_id, **fields):
    return json.dumps({"id": record_id, **fields}) + "\n"


def test_lines_are_split_by_source_and_system_lines_follow_their_gold():
    gold = [line("a/x_1"), line("a/y_1"), line("a/x_2"), "\n"]
    system = [line("a/x_2"), line("a/y_1"), line("a/x_1")]
    parts = by_source.split_by_source(gold, system)
    assert sorted(parts) == ["x", "y"]
    assert parts["x"] == ([gold[0], gold[2]], [system[0], system[2]])
    assert parts["y"] == ([gold[1]], [system[1]])


def test_a_system_record_missing_from_the_gold_is_an_error():
    with pytest.raises(ValueError, match="b/z_9"):
        by_source.split_by_source([line("b/x_1")], [line("b/z_9")])


def test_the_scorer_runs_once_per_source_with_the_arguments_given(tmp_path):
    scorer = tmp_path / "scorer.py"
    scorer.write_text(
        "import json, sys\n"
        "gold = [json.loads(l) for l in open(sys.argv[1])]\n"
        "system = [json.loads(l) for l in open(sys.argv[2])]\n"
        "print('details')\n"
        "print('SUMMARY', len(gold), len(system), ' '.join(sys.argv[3:]))\n"
    )
    gold = tmp_path / "gold.jsonl"
    gold.write_text(line("p/nyt_1") + line("p/nyt_2") + line("p/usa_1"))
    system = tmp_path / "system.jsonl"
    system.write_text(line("p/usa_1") + line("p/nyt_2"))
    result = subprocess.run(
        [sys.executable, str(SCRIPT), str(gold), str(system), str(scorer), "--speech"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert result.stdout.splitlines() == [
        "nyt               2  SUMMARY 2 1 --speech",
        "usa               1  SUMMARY 1 1 --speech",
    ]


def test_too_few_arguments_print_the_usage():
    result = subprocess.run([sys.executable, str(SCRIPT), "gold.jsonl"], capture_output=True, text=True)
    assert result.returncode == 64
    assert "by-source.py GOLD.jsonl SYSTEM.jsonl SCORER" in result.stderr
