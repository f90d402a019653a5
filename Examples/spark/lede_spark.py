"""Runs Lede over a folder of news articles with PySpark, one summarize process per partition.

    spark-submit Examples/spark/lede_spark.py ARTICLES OUTPUT [--partitions N] [--format jsonl|parquet]
    python3 Examples/spark/lede_spark.py ARTICLES OUTPUT ...      (local mode, with pyspark installed)

ARTICLES is a folder searched recursively for .txt files (or a glob such as 'news/*/*.txt').
Each file becomes one record {"id": <its path under ARTICLES>, "text": <its content>}; each
partition streams its records through one long-lived `summarize --jsonl` child, via the
`lede` Python package (python/ in the repository), and gets one analysis record per article,
in order. OUTPUT receives JSON Lines (one part file per partition) or Parquet.

The executors need the `lede` package (pip install the wheel, or --py-files a zip of
python/lede) and the summarize binary (bundled in the wheel, or $LEDE_SUMMARIZE, or PATH).
"""

from __future__ import annotations

import argparse
import json
import os
from collections.abc import Iterable, Iterator
from typing import Any, Optional


def analyze_partition(
    files: Iterable[tuple[str, str]], root: str, jobs: int = 1, binary: Optional[str] = None
) -> Iterator[str]:
    """Analyses one partition's (path, content) pairs; yields one JSON line per file, in order.

    Runs on the executors: one `summarize --jsonl` process for the whole partition, with
    `jobs` worker processes (1 by default: Spark already runs a task per core).
    """
    import lede  # imported on the executor

    def records() -> Iterator[dict[str, Any]]:
        for path, text in files:
            yield {"id": relative_id(path, root), "text": text}

    for record in lede.analyze(records(), jobs=jobs, binary=binary):
        yield json.dumps(record, ensure_ascii=False, separators=(",", ":"))


def relative_id(path: str, root: str) -> str:
    """The record id of a file: its path under the input folder, without Spark's file: prefix."""
    path = path[len("file:"):] if path.startswith("file:") else path
    root = root[len("file:"):] if root.startswith("file:") else root
    root = os.path.abspath(root)
    path = os.path.abspath(path)
    return os.path.relpath(path, root) if path.startswith(root + os.sep) else path


def run(spark, articles: str, output: str, partitions: int, fmt: str = "jsonl", binary: Optional[str] = None) -> int:
    """Analyses every .txt file under `articles` into `output`; returns the number of records.

    Files are sorted by path and cut into `partitions` contiguous ranges, so the output's
    part files, read in order, hold the records in path order.
    """
    context = spark.sparkContext
    pattern = articles if any(c in articles for c in "*?[") else os.path.join(articles, "**", "*.txt")
    root = articles if not any(c in articles for c in "*?[") else os.path.dirname(articles.split("*")[0])
    files = (
        context.wholeTextFiles(_glob_pattern(pattern, articles), minPartitions=partitions)
        .sortByKey(numPartitions=partitions)
    )
    lines = files.mapPartitions(lambda part: analyze_partition(part, root, binary=binary))
    if fmt == "parquet":
        # Each record as one JSON string column plus its id: the records' shape varies
        # (events, errors), and a consumer parses the column it needs.
        frame = lines.map(lambda line: (json.loads(line)["id"], line)).toDF(["id", "record"])
        frame.write.mode("overwrite").parquet(output)
        return frame.count()
    lines.saveAsTextFile(output)
    return spark.read.text(output).count()


def _glob_pattern(pattern: str, articles: str) -> str:
    # Hadoop globs have no **: list the folders that hold .txt files instead.
    if "**" not in pattern:
        return pattern
    folders = sorted(
        {folder for folder, _, names in os.walk(articles) if any(n.endswith(".txt") for n in names)}
    )
    return ",".join(os.path.join(folder, "*.txt") for folder in folders)


def main(argv: Optional[list[str]] = None) -> None:
    parser = argparse.ArgumentParser(description="Run Lede over a folder of articles with Spark.")
    parser.add_argument("articles", help="a folder of .txt files (searched recursively), or a glob")
    parser.add_argument("output", help="the output folder (must not exist for jsonl)")
    parser.add_argument("--partitions", type=int, default=4)
    parser.add_argument("--format", choices=["jsonl", "parquet"], default="jsonl")
    parser.add_argument("--binary", help="the summarize binary on the executors")
    parser.add_argument("--master", default=None, help="for example local[4]; default: spark-submit's")
    options = parser.parse_args(argv)

    from pyspark.sql import SparkSession

    builder = SparkSession.builder.appName("lede")
    if options.master:
        builder = builder.master(options.master)
    spark = builder.getOrCreate()
    try:
        count = run(spark, options.articles, options.output, options.partitions, options.format, options.binary)
    finally:
        spark.stop()
    print(f"{count} records in {options.output}")


if __name__ == "__main__":
    main()
