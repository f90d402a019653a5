#!/usr/bin/env bash
# Times summarize --jsonl, whole process, on two scenarios, so that a change can be compared:
#
#   short   100,000 one-sentence records, {"id": i, "text": "He said \"ok\" on day i."}, on
#           one job: the full analysis with summaries, without summaries, and through a
#           pipeline of one normalizer (the JSON path alone). Measures the fixed cost per record.
#   jobs    a folder of articles (every .txt under it, as one record each) with --jobs 1, 2 and
#           all cores, runs alternated; checks that the output does not depend on the jobs.
#
# Usage:
#   Benchmarks/jsonl-scenarios.sh [--exe PATH] [--repeat N] [short] [jobs FOLDER]
# With no scenario, runs short. Builds summarize in release mode unless --exe is given.
# Prints the median of N runs (default 5) of wall time and of CPU time (user + system, all
# processes: the supervisor and its workers), and the peak resident memory of the largest
# process when GNU time is installed. The machine should be quiet: say the load (uptime).
set -euo pipefail
cd "$(dirname "$0")/.."

exe=""
repeat=5
scenarios=()
folder=""
while [ $# -gt 0 ]; do
    case "$1" in
        --exe) exe="$2"; shift 2 ;;
        --repeat) repeat="$2"; shift 2 ;;
        short) scenarios+=(short); shift ;;
        jobs) scenarios+=(jobs); folder="$2"; shift 2 ;;
        *) echo "usage: $0 [--exe PATH] [--repeat N] [short] [jobs FOLDER]" >&2; exit 64 ;;
    esac
done
[ ${#scenarios[@]} -eq 0 ] && scenarios=(short)
if [ -z "$exe" ]; then
    swift build -c release --product summarize >&2
    exe="$(swift build -c release --show-bin-path)/summarize"
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
gnu_time=""
if /usr/bin/time -f "%M" true >/dev/null 2>&1; then gnu_time=/usr/bin/time; fi

# run NAME INPUT ARGS...: times one run; appends "wall cpu rss" to $work/NAME.times and
# leaves the output in $work/NAME.out.
run() {
    local name="$1" input="$2"
    shift 2
    local start end
    start=$(date +%s.%N)
    if [ -n "$gnu_time" ]; then
        $gnu_time -f "%U %S %M" -o "$work/time" "$exe" "$@" <"$input" >"$work/$name.out"
    else
        ( TIMEFORMAT="%U %S 0"; time "$exe" "$@" <"$input" >"$work/$name.out" ) 2>"$work/time"
    fi
    end=$(date +%s.%N)
    awk -v s="$start" -v e="$end" '{ printf "%.3f %.3f %d\n", e - s, $1 + $2, $3 }' "$work/time" >>"$work/$name.times"
}

# median COLUMN FILE: the median of a column of numbers.
median() {
    cut -d' ' -f"$1" "$2" | sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'
}

# report NAME LABEL RECORDS: the medians of NAME's runs.
report() {
    local wall cpu rss
    wall=$(median 1 "$work/$1.times")
    cpu=$(median 2 "$work/$1.times")
    rss=$(median 3 "$work/$1.times")
    awk -v label="$2" -v records="$3" -v wall="$wall" -v cpu="$cpu" -v rss="$rss" 'BEGIN {
        printf "  %-36s %6.2f s wall %6.2f s CPU %8.0f records/s %5.0f MB\n", label, wall, cpu, records / wall, rss / 1024
    }'
}

echo "summarize: $exe"
echo "load: $(uptime | sed 's/.*load average/load average/')"
echo "runs: median of $repeat"

for scenario in "${scenarios[@]}"; do
    case "$scenario" in
    short)
        awk 'BEGIN { for (i = 0; i < 100000; i++) printf "{\"id\": %d, \"text\": \"He said \\\"ok\\\" on day %d.\"}\n", i, i }' \
            >"$work/short.jsonl"
        sed 's/}$/, "summary_sentences": 0}/' "$work/short.jsonl" >"$work/short-nosummary.jsonl"
        printf '{"stages": [{"name": "lede.line-endings"}]}\n' >"$work/one-stage.json"
        for _ in $(seq "$repeat"); do
            run full "$work/short.jsonl" --jsonl --jobs 1
            run nosummary "$work/short-nosummary.jsonl" --jsonl --jobs 1
            run onestage "$work/short-nosummary.jsonl" --jsonl --jobs 1 --config "$work/one-stage.json"
        done
        echo "100,000 one-sentence records, --jobs 1:"
        report full "full analysis and summaries" 100000
        report nosummary "full analysis, no summaries" 100000
        report onestage "one normalizer (the JSON path)" 100000
        ;;
    jobs)
        # One record per article, {"id": <path>, "text": <the file>}, as .ci/check-examples makes them.
        find "$folder" -name '*.txt' -print0 | sort -z | xargs -0 perl -0777 -ne '
            my $id = $ARGV; $id =~ s/(["\\])/\\$1/g;
            s/(["\\])/\\$1/g; s/\n/\\n/g; s/\r/\\r/g; s/\t/\\t/g;
            s/([\x00-\x1f\x7f])/sprintf("\\u%04x", ord($1))/ge;
            print "{\"id\":\"$id\",\"text\":\"$_\"}\n";
        ' >"$work/articles.jsonl"
        records=$(wc -l <"$work/articles.jsonl")
        cores=$(getconf _NPROCESSORS_ONLN 2>/dev/null || echo 2)
        for _ in $(seq "$repeat"); do
            run jobs1 "$work/articles.jsonl" --jsonl --jobs 1
            run jobs2 "$work/articles.jsonl" --jsonl --jobs 2
            run jobsall "$work/articles.jsonl" --jsonl --jobs 0
        done
        echo "$records articles of $folder:"
        report jobs1 "--jobs 1" "$records"
        report jobs2 "--jobs 2" "$records"
        report jobsall "--jobs 0 (all $cores cores)" "$records"
        echo "  speed-up of --jobs 2 over --jobs 1: $(awk -v a="$(median 1 "$work/jobs1.times")" \
            -v b="$(median 1 "$work/jobs2.times")" 'BEGIN { printf "%.2f", a / b }')x (wall)"
        if cmp -s "$work/jobs1.out" "$work/jobs2.out" && cmp -s "$work/jobs1.out" "$work/jobsall.out"; then
            echo "  output identical for every job count"
        else
            echo "  error: the output depends on the job count" >&2
            exit 1
        fi
        ;;
    esac
done
