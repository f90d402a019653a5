"""Finding the summarize binary, and the errors when it is missing or fails."""

import stat

import pytest

import lede


def test_the_argument_comes_first(binary, monkeypatch):
    monkeypatch.setenv("LEDE_SUMMARIZE", "/nonexistent/summarize")
    assert lede.find_binary(binary) == binary


def test_the_environment_variable_comes_next(binary, monkeypatch):
    monkeypatch.setenv("LEDE_SUMMARIZE", binary)
    monkeypatch.setenv("PATH", "")
    assert lede.find_binary() == binary


def test_a_missing_binary_named_by_the_environment_is_an_error(monkeypatch):
    monkeypatch.setenv("LEDE_SUMMARIZE", "/nonexistent/summarize")
    with pytest.raises(lede.BinaryNotFoundError, match=r"\$LEDE_SUMMARIZE names '/nonexistent/summarize'"):
        lede.find_binary()


def test_no_binary_anywhere_says_where_it_looked(monkeypatch, tmp_path):
    monkeypatch.delenv("LEDE_SUMMARIZE", raising=False)
    monkeypatch.setenv("PATH", str(tmp_path))
    monkeypatch.setattr(lede, "_BUNDLED", str(tmp_path / "bin" / "summarize"))
    with pytest.raises(lede.BinaryNotFoundError, match="LEDE_SUMMARIZE") as caught:
        list(lede.analyze(["text"]))
    assert isinstance(caught.value, FileNotFoundError)


def test_path_is_searched_last(binary, monkeypatch, tmp_path):
    link = tmp_path / "summarize"
    link.symlink_to(binary)
    monkeypatch.delenv("LEDE_SUMMARIZE", raising=False)
    monkeypatch.setenv("PATH", str(tmp_path))
    monkeypatch.setattr(lede, "_BUNDLED", str(tmp_path / "no-bundle"))
    assert lede.find_binary() == str(link)


def test_a_failing_binary_raises_with_its_message(tmp_path):
    fake = tmp_path / "summarize"
    fake.write_text("#!/bin/sh\necho 'error: cannot read the input' >&2\nexit 1\n")
    fake.chmod(fake.stat().st_mode | stat.S_IXUSR)
    with pytest.raises(lede.ProcessError, match="exit status 1.*cannot read the input"):
        list(lede.analyze(["one", "two"], binary=str(fake)))


def test_a_binary_that_answers_too_few_lines_raises(tmp_path):
    fake = tmp_path / "summarize"
    fake.write_text('#!/bin/sh\nread line\necho \'{"id":0}\'\ncat >/dev/null\n')
    fake.chmod(fake.stat().st_mode | stat.S_IXUSR)
    with pytest.raises(lede.ProcessError, match="answered 1 of 3 records"):
        list(lede.analyze(["one", "two", "three"], binary=str(fake)))
