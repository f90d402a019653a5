#!/usr/bin/env bash
# Measures the peak resident memory of summarize, whole process, with GNU time:
#
#   one      one long document per size (default 5, 20 and 50 MB), made by long-document.py
#            from the articles of CORPUS joined by blank lines, summarized as one file; prints
#            the peak resident size and its ratio to the document's size.
#   stream   the records of CORPUS through summarize --jsonl --jobs 1, as they are and repeated
#            N times (default 5): the peak should not grow with the number of records.
#
# Usage:
#   Benchmarks/memory-scenarios.sh [--exe PATH] [--sizes "5 20 50"] [--copies N] [one] [stream] CORPUS.jsonl
# CORPUS holds JSON Lines records with a "text" field (and an "id" for stream), such as the
# BBC articles. With no scenario, runs both. Builds summarize in release mode unless --exe is
# given. Needs python3 and GNU time (/usr/bin/time). Memory does not depend on the machine's
# load, but the user CPU times printed do: say the load (uptime) with them.
set -euo pipefail
cd "$(dirname "$0")/.."

exe=""
sizes="5 20 50"
copies=5
scenarios=()
corpus=""
while [ $# -gt 0 ]; do
    case "$1" in
        --exe) exe="$2"; shift 2 ;;
        --sizes) sizes="$2"; shift 2 ;;
        --copies) copies="$2"; shift 2 ;;
        one | stream) scenarios+=("$1"); shift ;;
        -*) echo "usage: $0 [--exe PATH] [--sizes \"5 20 50\"] [--copies N] [one] [stream] CORPUS.jsonl" >&2; exit 64 ;;
        *) corpus="$1"; shift ;;
    esac
done
if [ -z "$corpus" ] || [ ! -f "$corpus" ]; then
    echo "usage: $0 [--exe PATH] [--sizes \"5 20 50\"] [--copies N] [one] [stream] CORPUS.jsonl" >&2
    exit 64
fi
if ! /usr/bin/time -f "%M" true >/dev/null 2>&1; then
    echo "error: GNU time (/usr/bin/time) is needed for the peak resident size" >&2
    exit 69
fi
[ ${#scenarios[@]} -eq 0 ] && scenarios=(one stream)
if [ -z "$exe" ]; then
    swift build -c release --product summarize >&2
    exe="$(swift build -c release --show-bin-path)/summarize"
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# measure INPUT ARGS...: runs summarize once on INPUT and prints "peak-KB user-seconds".
measure() {
    local input="$1"
    shift
    /usr/bin/time -f "%M %U" -o "$work/time" "$exe" "$@" <"$input" >/dev/null
    cat "$work/time"
}

echo "summarize: $exe"
echo "load: $(uptime | sed 's/.*load average/load average/')"

for scenario in "${scenarios[@]}"; do
    case "$scenario" in
    one)
        echo "one document (summarize FILE):"
        printf "  %8s  %10s  %6s  %8s\n" "size MB" "peak MB" "ratio" "user s"
        for size in $sizes; do
            python3 Benchmarks/long-document.py "$corpus" "$size" >"$work/document.txt"
            bytes=$(wc -c <"$work/document.txt")
            read -r peak user < <(measure /dev/null "$work/document.txt")
            awk -v b="$bytes" -v p="$peak" -v u="$user" 'BEGIN {
                printf "  %8.1f  %10.0f  %5.1fx  %8.2f\n", b / 1e6, p / 1024, p * 1024 / b, u
            }'
            rm -f "$work/document.txt"
        done
        ;;
    stream)
        echo "records streamed (summarize --jsonl --jobs 1; peak of the largest process):"
        records=$(grep -c . "$corpus")
        for _ in $(seq "$copies"); do cat "$corpus"; done >"$work/many.jsonl"
        read -r once once_user < <(measure "$corpus" --jsonl --jobs 1)
        read -r many many_user < <(measure "$work/many.jsonl" --jsonl --jobs 1)
        awk -v r="$records" -v n="$copies" -v a="$once" -v b="$many" -v ua="$once_user" -v ub="$many_user" 'BEGIN {
            printf "  %7d records: %6.0f MB peak, %7.2f s user\n", r, a / 1024, ua
            printf "  %7d records: %6.0f MB peak, %7.2f s user (%d times as many; peak %.2fx)\n", r * n, b / 1024, ub, n, b / a
        }'
        ;;
    esac
done
