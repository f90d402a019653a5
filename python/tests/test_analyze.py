"""lede.analyze and lede.summarize_events against the summarize binary."""

import threading

import pytest

import lede

from conftest import swift_version


def test_seeds_give_the_expected_records(binary, seed_records, expected_lines):
    results = list(lede.analyze(seed_records, binary=binary, jobs=2))
    assert results == expected_lines[: len(seed_records)]


def test_seeds_give_the_expected_speakers(binary, seed_records):
    first = next(lede.analyze(seed_records[:1], binary=binary))
    speakers = {quote["speaker"]["name"] for quote in first["quotes"] if quote["speaker"]}
    assert "Karoline Leavitt" in speakers
    leavitt = [q for q in first["quotes"] if q["speaker"] and q["speaker"]["name"] == "Karoline Leavitt"]
    assert leavitt[0]["text"].startswith("The president has definitely stated")
    assert leavitt[0]["cue"] == "said"


def test_an_event_gives_the_expected_record(binary, seed_records, expected_lines):
    event = {"id": "seeds", "documents": seed_records}
    assert list(lede.summarize_events([event], binary=binary)) == [expected_lines[-1]]


def test_plain_strings_get_their_position_as_id(binary):
    texts = ["The mayor said the bridge would reopen in May.", "Prices rose 3% last year."]
    results = list(lede.analyze(texts, binary=binary, summary_sentences=1))
    assert [result["id"] for result in results] == [0, 1]
    assert results[1]["numbers"][0]["kind"] == "percent"
    assert all(len(result["summary"]) == 1 for result in results)


def test_a_bad_record_comes_back_as_an_error_in_its_place(binary):
    items = ["One good sentence here.", {"id": "bad", "text": 5}, {"id": "also-bad"}, "Another one."]
    results = list(lede.analyze(items, binary=binary))
    assert [result["id"] for result in results] == [0, "bad", "also-bad", 3]
    assert "error" not in results[0] and "error" not in results[3]
    assert "error" in results[1] and "error" in results[2]
    assert results[1]["schema_version"] == 1


def test_an_item_that_is_neither_text_nor_record_raises(binary):
    with pytest.raises(TypeError, match="item 1 is a int"):
        list(lede.analyze(["Fine.", 7], binary=binary))


def test_an_event_without_documents_raises(binary):
    with pytest.raises(ValueError, match="event 0 has no list of documents"):
        list(lede.summarize_events([{"id": 1, "text": "not an event"}], binary=binary))


def test_two_thousand_records_stream_with_bounded_read_ahead(binary):
    pulled = 0
    count = 2000

    def texts():
        nonlocal pulled
        for index in range(count):
            pulled += 1
            # About 1 KB each, so that the pipe buffers hold few of them.
            sentence = f"Officials said on Monday that {index} new homes would be built by {2030 + index % 7}. "
            yield sentence * 12

    results = lede.analyze(texts(), binary=binary, jobs=2)
    first = next(results)
    assert first["id"] == 0
    threading.Event().wait(1.0)  # let the writer run ahead as far as the pipes allow
    # The reader's window (256 records here) and the two pipes bound the read-ahead.
    assert pulled < count // 2, f"{pulled} of {count} inputs were read before the output was consumed"
    ids = [first["id"]] + [result["id"] for result in results]
    assert ids == list(range(count))


def test_an_analyzer_answers_each_record_before_the_next_is_written(binary):
    answers = []

    def ask():
        with lede.Analyzer(binary=binary) as analyzer:
            for text in ["The minister said it was over.", "Sales fell 4%.", "Nothing else."]:
                answers.append(analyzer.analyze_one(text))

    thread = threading.Thread(target=ask, daemon=True)
    thread.start()
    thread.join(timeout=120)
    assert not thread.is_alive(), "summarize did not answer a record before its input ended"
    assert [answer["id"] for answer in answers] == [0, 1, 2]


def test_stopping_early_ends_the_process(binary):
    results = lede.analyze((f"Text number {index}." for index in range(100000)), binary=binary)
    assert next(results)["id"] == 0
    results.close()  # kills the child; must not hang


def test_the_binary_prints_the_repository_version(binary):
    assert lede.version(binary) == swift_version()
