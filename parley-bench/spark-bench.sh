#!/usr/bin/env bash
# Tournaments beyond one machine (BENCHMARKS.md): one tournament in process (2 threads), on Spark local[2], and as
# three shards run one after the other and merged by 'parley report'. Every run is a cold command as a user types
# it; the time is the whole command's wall time (JVM and Spark start, planning, sessions, results, no report).
#   parley-bench/spark-bench.sh [REPETITIONS] [ROUNDS]
# The tournament is examples/anac2012-tournament.yaml (15 agents, 72 scenarios) with REPETITIONS (default 1).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
reps="${1:-1}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
sed -e "s/^repetitions: .*/repetitions: $reps/" -e "s#\.\./scenarios#$root/scenarios#" \
  "$root/examples/anac2012-tournament.yaml" > "$work/t.yaml"
p="$root/bin/parley"
clock() { date +%s.%N; }
secs() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", b - a }'; }

t0=$(clock); "$p" tournament "$work/t.yaml" --out "$work/inproc" --threads 2 --no-report > "$work/inproc.txt"; t1=$(clock)
echo "in-process, 2 threads: $(secs "$t0" "$t1") s   $(cat "$work/inproc.txt")"

t0=$(clock); "$p" tournament "$work/t.yaml" --engine spark --master 'local[2]' --out "$work/spark" --no-report \
  > "$work/spark.txt" 2> "$work/spark.err"; t1=$(clock)
echo "spark local[2]: $(secs "$t0" "$t1") s   $(cat "$work/spark.txt")"

t0=$(clock)
for k in 1 2 3; do
  "$p" tournament "$work/t.yaml" --out "$work/shard-$k" --threads 2 --no-report --shard "$k/3" > "$work/shard-$k.txt"
done
"$p" report "$work/shard-1" "$work/shard-2" "$work/shard-3" --out "$work/merged" > "$work/merged.txt"
t1=$(clock)
echo "three shards (2 threads each, one after the other) + report: $(secs "$t0" "$t1") s"
for k in 1 2 3; do echo "  $(cat "$work/shard-$k.txt")"; done
echo "  $(cat "$work/merged.txt")"
"$p" report "$work/inproc" > /dev/null
cmp <(sed 1d "$work/inproc/summary.md") <(sed 1d "$work/merged/summary.md") && echo "merged summary.md = in-process summary.md"
