"""The Spark job in local mode, 4 partitions: its output equals one summarize process's.

Needs pyspark and a Java runtime; skips with the reason when either is missing. The articles
are generated here from the seeds, so the test needs nothing outside the repository.
"""

import json
import os
import pathlib
import shutil
import sys

import pytest

REPOSITORY = pathlib.Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPOSITORY / "Examples" / "spark"))
try:
    import lede
except ImportError:  # not installed: the package in the repository
    sys.path.insert(0, str(REPOSITORY / "python"))
    import lede

pyspark = pytest.importorskip("pyspark", reason="pyspark is not installed (pip install pyspark)")
if shutil.which("java") is None and not os.environ.get("JAVA_HOME"):
    pytest.skip("Spark needs a Java runtime (apt-get install default-jre-headless)", allow_module_level=True)

import lede_spark  # noqa: E402

SENTENCES = [
    "The council said on Tuesday that 1,200 homes would be built by 2030.",
    "“We will not wait any longer,” the mayor told reporters.",
    "Shares in the company fell 4.5% after it cut its forecast.",
    "A spokesperson for the ministry declined to comment.",
    "Rainfall in March was about half the usual amount, forecasters said.",
]


@pytest.fixture(scope="module")
def articles(tmp_path_factory):
    """The two seed articles and 38 generated ones, in two sub-folders."""
    root = tmp_path_factory.mktemp("articles")
    for seed in sorted((REPOSITORY / "seeds").glob("*.txt")):
        (root / "seeds").mkdir(exist_ok=True)
        shutil.copy(seed, root / "seeds" / seed.name)
    (root / "generated").mkdir()
    for index in range(38):
        body = " ".join(SENTENCES[(index + k) % len(SENTENCES)] for k in range(3 + index % 4))
        (root / "generated" / f"{index:03}.txt").write_text(f"Story {index}\n\n{body}\n", encoding="utf-8")
    return root


@pytest.fixture(scope="module")
def spark():
    from pyspark.sql import SparkSession

    # The executors run this Python, and find lede and the job where this process did.
    os.environ["PYSPARK_PYTHON"] = sys.executable
    os.environ["PYTHONPATH"] = os.pathsep.join(
        [str(pathlib.Path(lede.__file__).parents[1]), str(REPOSITORY / "Examples" / "spark"), os.environ.get("PYTHONPATH", "")]
    )
    session = (
        SparkSession.builder.master("local[2]")
        .appName("lede-test")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "4")
        .getOrCreate()
    )
    yield session
    session.stop()


def single_process(root):
    """What one summarize process writes for the same files, in path order."""
    paths = sorted(root.rglob("*.txt"), key=lambda path: f"file:{path}")
    records = [{"id": str(path.relative_to(root)), "text": path.read_text(encoding="utf-8")} for path in paths]
    return list(lede.analyze(records, jobs=1))


def test_four_partitions_give_the_single_process_output(spark, articles, tmp_path):
    output = tmp_path / "out"
    count = lede_spark.run(spark, str(articles), str(output), partitions=4)
    parts = sorted(output.glob("part-*"))
    assert len(parts) == 4
    records = [json.loads(line) for part in parts for line in part.read_text(encoding="utf-8").splitlines()]
    expected = single_process(articles)
    assert count == len(expected) == 40
    assert [r["id"] for r in records] == [r["id"] for r in expected]
    assert records == expected
    assert all("error" not in record for record in records)


def test_parquet_holds_one_row_per_article(spark, articles, tmp_path):
    output = tmp_path / "out.parquet"
    count = lede_spark.run(spark, str(articles), str(output), partitions=4, fmt="parquet")
    rows = spark.read.parquet(str(output)).collect()
    assert count == len(rows) == 40
    by_id = {row["id"]: json.loads(row["record"]) for row in rows}
    assert by_id["seeds/000_19271642d0346297.txt"]["summary"][0]["text"].startswith("U.S. military leaders met")
