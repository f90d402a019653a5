#!/usr/bin/env bash
# Score one build of summarize on both parts of every development set.
#
# Usage: Benchmarks/dev-sets/run-all.sh EVAL SPLITS EXE OUTDIR
#   EVAL    the evaluation kit (lede_run.py, score_*.py and data/)
#   SPLITS  a folder of split sets, made by split.py from EVAL/data/*.jsonl
#   EXE     the summarize executable to measure (a release build)
#   OUTDIR  where the system outputs go; the scores are printed
set -euo pipefail
if [ $# -ne 4 ]; then sed -n 4,9p "$0" | sed 's/^# \{0,1\}//' >&2; exit 64; fi
EVAL=$1 SPLITS=$2 EXE=$3 OUT=$4
mkdir -p "$OUT"
run() {
    local task=$1 gold=$2 scorer=$3; shift 3
    python3 "$EVAL/lede_run.py" "$task" "$gold" "$OUT/$(basename "$gold").out" --exe "$EXE" 2>>"$OUT/runner.log"
    echo "== $(basename "$gold") $*"
    python3 "$EVAL/$scorer" "$gold" "$OUT/$(basename "$gold").out" "$@" | tail -6
}
for part in tune held; do
    run sentences "$SPLITS/bbc_sentences_dev.$part.jsonl" score_sentences.py
    for set in numbers_news_authored recognizers_currency number_parser_numbers number_parser_words0to100; do
        run numbers "$SPLITS/$set.$part.jsonl" score_numbers.py
    done
    run quotes "$SPLITS/polnear_train.$part.jsonl" score_quotes.py
    run attributions "$SPLITS/polnear_train.$part.jsonl" score_attributions.py
    run attributions "$SPLITS/polnear_train.$part.jsonl" score_attributions.py --speech
    run summaries "$SPLITS/bbc_summaries_curated_dev.$part.jsonl" score_summaries.py
    run multidoc "$SPLITS/neus_multidoc_dev.$part.jsonl" score_summaries.py
done
