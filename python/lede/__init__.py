"""Lede from Python: quotations, speakers, numbers and summaries of news text.

A thin wrapper around the ``summarize --jsonl`` command of Lede, a Swift toolkit: each call
streams records through one long-lived ``summarize`` process and yields its JSON records as
dicts, in input order, each as soon as it is ready. Only the standard library is used.

    >>> import lede
    >>> for record in lede.analyze(["Prices rose 3% in May, the agency said."]):
    ...     print(record["summary"][0]["text"])

The ``summarize`` binary is found in this order: the ``binary`` argument, the
``LEDE_SUMMARIZE`` environment variable, the copy bundled in a platform wheel
(``lede/bin/summarize``), then ``summarize`` on ``PATH``.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import threading
from collections.abc import Iterable, Iterator, Mapping
from typing import Any, Optional, Union

__all__ = [
    "Analyzer",
    "BinaryNotFoundError",
    "LedeError",
    "ProcessError",
    "analyze",
    "find_binary",
    "summarize_events",
    "version",
]

ENVIRONMENT_VARIABLE = "LEDE_SUMMARIZE"
_BUNDLED = os.path.join(os.path.dirname(os.path.abspath(__file__)), "bin", "summarize")

Record = dict[str, Any]
Item = Union[str, Mapping[str, Any]]


class LedeError(Exception):
    """Base class of the errors this package raises."""


class BinaryNotFoundError(LedeError, FileNotFoundError):
    """No usable ``summarize`` binary was found."""


class ProcessError(LedeError):
    """The ``summarize`` process failed: it exited early, or wrote something unexpected."""

    def __init__(self, message: str, returncode: Optional[int] = None, stderr: str = ""):
        detail = f"{message} (exit status {returncode})" if returncode is not None else message
        if stderr.strip():
            detail += ": " + stderr.strip()
        super().__init__(detail)
        self.returncode = returncode
        self.stderr = stderr


def find_binary(binary: Optional[Union[str, os.PathLike[str]]] = None) -> str:
    """Returns the path of the ``summarize`` binary to run.

    Looks at ``binary``, then ``$LEDE_SUMMARIZE``, then the copy bundled in the wheel, then
    ``summarize`` on ``PATH``. Raises BinaryNotFoundError, saying where it looked, when none
    of them is an executable file.
    """
    if binary is not None:
        return _checked(os.fspath(binary), "the binary argument")
    from_environment = os.environ.get(ENVIRONMENT_VARIABLE)
    if from_environment:
        return _checked(from_environment, f"${ENVIRONMENT_VARIABLE}")
    if os.access(_BUNDLED, os.X_OK):
        return _BUNDLED
    on_path = shutil.which("summarize")
    if on_path:
        return on_path
    raise BinaryNotFoundError(
        "Lede's summarize binary was not found: pass binary=..., set "
        f"${ENVIRONMENT_VARIABLE}, install a lede wheel that bundles it, or put summarize "
        "on PATH (it is in the lede-<version>-linux-<arch>.tar.gz release, or build it "
        "with `swift build -c release --product summarize`)."
    )


def _checked(path: str, origin: str) -> str:
    resolved = shutil.which(path) if os.sep not in path else path
    if resolved is None or not os.path.isfile(resolved):
        raise BinaryNotFoundError(f"{origin} names {path!r}, which is not a file.")
    if not os.access(resolved, os.X_OK):
        raise BinaryNotFoundError(f"{origin} names {path!r}, which is not executable.")
    return resolved


def version(binary: Optional[Union[str, os.PathLike[str]]] = None) -> str:
    """Returns the version the ``summarize`` binary prints for ``--version``."""
    result = subprocess.run(
        [find_binary(binary), "--version"], capture_output=True, text=True, check=False
    )
    if result.returncode != 0:
        raise ProcessError("summarize --version failed", result.returncode, result.stderr)
    return result.stdout.strip()


def _command(
    binary: Optional[Union[str, os.PathLike[str]]],
    jobs: Optional[int],
    summary_sentences: Optional[int],
    method: Optional[str],
    record_timeout: Optional[float],
) -> list[str]:
    command = [find_binary(binary), "--jsonl"]
    if jobs is not None:
        command += ["--jobs", str(int(jobs))]
    if summary_sentences is not None:
        command += ["--sentences", str(int(summary_sentences))]
    if method is not None:
        command += ["--method", method]
    if record_timeout is not None:
        command += ["--record-timeout", str(record_timeout)]
    return command


def _as_record(item: Item, index: int) -> Mapping[str, Any]:
    if isinstance(item, str):
        return {"id": index, "text": item}
    if isinstance(item, Mapping):
        if "id" in item:
            return item
        return {"id": index, **item}
    raise TypeError(
        f"item {index} is a {type(item).__name__}: give a str or a dict "
        '({"id": ..., "text": ...} or {"id": ..., "documents": [...]})'
    )


def _line(record: Mapping[str, Any]) -> bytes:
    # ensure_ascii keeps the line valid UTF-8 even for lone surrogates (written as \ud800).
    return json.dumps(record, separators=(",", ":")).encode("ascii") + b"\n"


def _stream(command: list[str], records: Iterable[Mapping[str, Any]]) -> Iterator[Record]:
    """Writes ``records`` to one ``summarize --jsonl`` process from a thread and yields what it
    writes back, one dict per record. Memory stays flat: the pipes bound what is in flight."""
    process = subprocess.Popen(
        command,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert process.stdin is not None and process.stdout is not None
    assert process.stderr is not None
    stdin, stdout, stderr = process.stdin, process.stdout, process.stderr
    sent = 0
    writer_error: list[BaseException] = []
    stderr_chunks: list[bytes] = []

    def write() -> None:
        nonlocal sent
        try:
            for record in records:
                stdin.write(_line(record))
                sent += 1
        except BrokenPipeError:
            pass  # the process ended; the reader reports why
        except BaseException as error:  # noqa: BLE001 - handed to the reader, raised there
            writer_error.append(error)
        finally:
            try:
                stdin.close()
            except BrokenPipeError:
                pass

    def drain_stderr() -> None:
        for chunk in iter(lambda: stderr.read(65536), b""):
            stderr_chunks.append(chunk)

    writer = threading.Thread(target=write, name="lede-writer", daemon=True)
    reader = threading.Thread(target=drain_stderr, name="lede-stderr", daemon=True)
    writer.start()
    reader.start()
    received = 0
    finished = False
    try:
        for line in stdout:
            try:
                record = json.loads(line)
            except ValueError as error:
                raise ProcessError(f"summarize wrote a line that is not JSON: {line[:200]!r}") from error
            received += 1
            yield record
        writer.join()
        returncode = process.wait()
        reader.join()
        finished = True
        message = b"".join(stderr_chunks).decode("utf-8", "replace")
        if writer_error:
            raise writer_error[0]
        if returncode != 0:
            raise ProcessError("summarize --jsonl failed", returncode, message)
        if received != sent:
            raise ProcessError(
                f"summarize --jsonl answered {received} of {sent} records", returncode, message
            )
    finally:
        if not finished:
            process.kill()
            process.wait()
        stdout.close()
        stderr.close()


def analyze(
    texts_or_records: Iterable[Item],
    *,
    jobs: Optional[int] = None,
    summary_sentences: Optional[int] = None,
    method: Optional[str] = None,
    record_timeout: Optional[float] = None,
    binary: Optional[Union[str, os.PathLike[str]]] = None,
) -> Iterator[Record]:
    """Analyses news texts and yields one record (a dict) per input, in input order.

    ``texts_or_records`` may mix strings (given their position as ``id``) and dicts, such as
    ``{"id": "a1", "text": "...", "summary_sentences": 3}`` or an event record
    ``{"id": ..., "documents": [{"id": ..., "text": ...}, ...]}``. It is read lazily, so a
    generator of millions of texts streams with flat memory. Each result is the record that
    ``summarize --jsonl`` writes (``id``, ``schema_version``, ``sentences``, ``quotes``,
    ``attributions``, ``numbers``, ``identifiers``, ``summary``, ``layout``, ``issues``); a
    record that cannot be analysed gives a dict with an ``error`` member in its place.

    ``jobs`` is the number of worker processes (default: all cores); ``summary_sentences``
    the sentences per summary; ``method`` the summarizer (news, lead, luhn, lexrank,
    textrank); ``record_timeout`` the time limit in seconds per record (per MB of a longer
    one). Raises BinaryNotFoundError when there is no binary, ProcessError when the process
    fails, and TypeError for an item that is neither a string nor a dict.
    """
    command = _command(binary, jobs, summary_sentences, method, record_timeout)
    records = (_as_record(item, index) for index, item in enumerate(texts_or_records))
    return _stream(command, records)


def summarize_events(
    events: Iterable[Mapping[str, Any]],
    *,
    summary_sentences: Optional[int] = None,
    jobs: Optional[int] = None,
    method: Optional[str] = None,
    record_timeout: Optional[float] = None,
    binary: Optional[Union[str, os.PathLike[str]]] = None,
) -> Iterator[Record]:
    """Summarizes events, each several reports of one story, and yields one record per event.

    Each event is ``{"id": ..., "documents": [{"id": ..., "text": ...}, ...]}``, optionally
    with ``"summary_sentences"``; a document may also be a plain string (given its position
    as ``id``). Each result holds every report's analysis under ``documents`` and the
    combined ``summary``, whose sentences name their report by ``id`` and ``document_index``.
    Raises ValueError for an event without a list of documents, and otherwise as analyze().
    """

    def records() -> Iterator[Mapping[str, Any]]:
        for index, event in enumerate(events):
            documents = event.get("documents") if isinstance(event, Mapping) else None
            if not isinstance(documents, list):
                raise ValueError(f"event {index} has no list of documents")
            record = dict(event)
            record.setdefault("id", index)
            record["documents"] = [
                {"id": position, "text": document} if isinstance(document, str) else document
                for position, document in enumerate(documents)
            ]
            yield record

    command = _command(binary, jobs, summary_sentences, method, record_timeout)
    return _stream(command, records())


class Analyzer:
    """One long-lived ``summarize --jsonl`` process, asked one record at a time.

    For callers that get texts one by one (a web handler, a queue consumer): each call of
    analyze_one() writes one record and reads its answer, without restarting the binary.
    Use it as a context manager, or call close(). Not safe to share between threads without
    a lock.
    """

    def __init__(
        self,
        *,
        jobs: Optional[int] = 1,
        summary_sentences: Optional[int] = None,
        method: Optional[str] = None,
        record_timeout: Optional[float] = None,
        binary: Optional[Union[str, os.PathLike[str]]] = None,
    ):
        command = _command(binary, jobs, summary_sentences, method, record_timeout)
        self._process = subprocess.Popen(
            command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE
        )
        self._count = 0

    def analyze_one(self, item: Item) -> Record:
        """Analyses one text or record and returns its result, as analyze() would."""
        process = self._process
        assert process.stdin is not None and process.stdout is not None
        record = _as_record(item, self._count)
        self._count += 1
        try:
            process.stdin.write(_line(record))
            process.stdin.flush()
        except BrokenPipeError:
            raise self._failure("summarize --jsonl stopped reading") from None
        line = process.stdout.readline()
        if not line:
            raise self._failure("summarize --jsonl ended without an answer")
        return json.loads(line)

    def _failure(self, message: str) -> ProcessError:
        self._process.kill()
        returncode = self._process.wait()
        stderr = self._process.stderr.read().decode("utf-8", "replace") if self._process.stderr else ""
        return ProcessError(message, returncode, stderr)

    def close(self) -> None:
        """Ends the process: closes its input and waits for it."""
        process = self._process
        if process.stdin and not process.stdin.closed:
            try:
                process.stdin.close()
            except BrokenPipeError:
                pass
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        for stream in (process.stdout, process.stderr):
            if stream:
                stream.close()

    def __enter__(self) -> "Analyzer":
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()
