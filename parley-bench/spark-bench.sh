#!/usr/bin/env bash
# Tournaments beyond one machine (docs/cluster.md, "Performance"). Two parts:
#
#   parley-bench/spark-bench.sh table [REPETITIONS]
#     The ANAC 2012 example tournament (examples/anac2012-tournament.yaml: 15 agents, 72 scenarios, 10 repetitions,
#     302,400 sessions; REPETITIONS overrides the 10) in process on 2 threads, on Spark local[2], and as three shards
#     (2 threads each, one after the other) merged by 'parley report'. Every run is a cold command as a user types it;
#     its time is the whole command's wall time (JVM and Spark start, planning, sessions, results; no report, except
#     the merge, which is the report). Checks that the merged summary equals the in-process one.
#
#   parley-bench/spark-bench.sh basis [REPETITIONS]
#     The measurements behind the projection to a cluster, with the job's own entry point (SparkTournamentMain, as
#     spark-submit runs it) on local[2]: the fixed cost of a Spark run (the 900-session quick tournament), the
#     example with REPETITIONS (default 1: 30,240 sessions) in 4 and in 1,004 tasks (the executor path's rate and the
#     cost of a task), the cost of reading the Parquet results back and rewriting the JSON lines (resuming a finished
#     run), and the Parquet bytes per session.
#
# EVERY=k (environment) plays every k-th of the 72 scenarios (in name order) instead of all, for a loaded machine.
# Each line gives the 1-minute load average before and after the run: the figures mean something only when it is
# below the machine's core count (other work shares the cores).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
what="${1:-table}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
p="$root/bin/parley"
clock() { date +%s.%N; }
load() { cut -d' ' -f1 /proc/loadavg; }
every="${EVERY:-1}"
tournament() { # REPETITIONS FILE: the ANAC 2012 example with that many repetitions (empty: as shipped)
  if [ -n "$1" ]; then
    sed -e "s/^repetitions: .*/repetitions: $1/" -e "s#\.\./scenarios#$root/scenarios#" \
      "$root/examples/anac2012-tournament.yaml" > "$2"
  else
    sed -e "s#\.\./scenarios#$root/scenarios#" "$root/examples/anac2012-tournament.yaml" > "$2"
  fi
  if [ "$every" -gt 1 ]; then # EVERY=k: every k-th of the 72 scenarios in name order, instead of all of them
    sed -i '/^scenarios:/,$d' "$2"
    echo "scenarios:" >> "$2"
    ls "$root"/scenarios/anac/anac__y2012__*/*-domain.xml | awk -v k="$every" 'NR % k == 1 { print "  - " $0 }' >> "$2"
  fi
}
sessions_of() { grep -o '[0-9,]* sessions' "$1" | head -1 | tr -d ', sessions'; }
# LABEL SESSIONS T0 T1 L0 L1 [BASE_RATE]: one line of the table
row() {
  awk -v l="$1" -v n="$2" -v a="$3" -v b="$4" -v l0="$5" -v l1="$6" -v base="${7:-}" 'BEGIN {
    w = b - a; r = n / w;
    o = base == "" ? "" : sprintf("  overhead %5.1f%%", 100 * (1 - r / base));
    printf "%-58s %9d sessions %7.1f s %9.0f sessions/s%s   load %s -> %s\n", l, n, w, r, o, l0, l1 }'
}
rate() { awk -v n="$1" -v a="$2" -v b="$3" 'BEGIN { printf "%.1f", n / (b - a) }'; }

# java with the Spark engine's class path (bin/parley builds it), running the job's entry point
spark_main() { # MASTER ARGS...
  local master="$1"
  shift
  local opens=(-XX:+IgnoreUnrecognizedVMOptions --add-modules=jdk.incubator.vector)
  for pk in java.lang java.lang.invoke java.lang.reflect java.io java.net java.nio java.util java.util.concurrent \
            java.util.concurrent.atomic jdk.internal.ref sun.nio.ch sun.nio.cs sun.security.action sun.util.calendar; do
    opens+=("--add-opens=java.base/$pk=ALL-UNNAMED")
  done
  java "${opens[@]}" -Djdk.reflect.useDirectMethodHandle=false -Dio.netty.tryReflectionSetAccessible=true \
    -Dspark.master="$master" -Dspark.ui.enabled=false ${PARLEY_JAVA_OPTS:-} \
    -cp "$root/parley-spark/target/classes:$(cat "$root/parley-spark/target/engine.classpath")" \
    org.parley.spark.SparkTournamentMain "$@"
}

# build both launchers first, so that no run below pays for a build
"$p" --help > /dev/null
"$p" tournament --engine spark --help > /dev/null 2>&1 || true

if [ "$what" = table ]; then
  tournament "${2:-}" "$work/t.yaml"
  l0=$(load); t0=$(clock)
  "$p" tournament "$work/t.yaml" --out "$work/inproc" --threads 2 --no-report > "$work/inproc.txt"
  t1=$(clock); l1=$(load)
  n=$(sessions_of "$work/inproc.txt")
  base=$(rate "$n" "$t0" "$t1")
  row "in-process, 2 threads" "$n" "$t0" "$t1" "$l0" "$l1"
  echo "    $(cat "$work/inproc.txt")"

  l0=$(load); t0=$(clock)
  "$p" tournament "$work/t.yaml" --engine spark --master 'local[2]' --out "$work/spark" --no-report \
    > "$work/spark.txt" 2> "$work/spark.err"
  t1=$(clock); l1=$(load)
  row "Spark local[2]" "$n" "$t0" "$t1" "$l0" "$l1" "$base"
  echo "    $(cat "$work/spark.txt")"

  l0=$(load); t0=$(clock)
  for k in 1 2 3; do
    "$p" tournament "$work/t.yaml" --out "$work/shard-$k" --threads 2 --no-report --shard "$k/3" > "$work/shard-$k.txt"
  done
  "$p" report "$work/shard-1" "$work/shard-2" "$work/shard-3" --out "$work/merged" > "$work/merged.txt"
  t1=$(clock); l1=$(load)
  row "three shards (2 threads each, in turn) + merged report" "$n" "$t0" "$t1" "$l0" "$l1" "$base"
  for k in 1 2 3; do echo "    $(cat "$work/shard-$k.txt")"; done
  echo "    $(cat "$work/merged.txt")"
  "$p" report "$work/inproc" > /dev/null
  cmp <(sed 1d "$work/inproc/summary.md") <(sed 1d "$work/merged/summary.md") \
    && cmp "$work/inproc/statistics.json" "$work/merged/statistics.json" \
    && echo "merged summary.md and statistics.json = the in-process ones"
elif [ "$what" = basis ]; then
  # REPETITIONS (default 1: 30,240 sessions) of the ANAC 2012 example
  reps="${2:-1}"
  tournament "$reps" "$work/r.yaml"
  l0=$(load); t0=$(clock)
  spark_main 'local[2]' "$root/examples/quick-tournament.yaml" --out "$work/quick" --no-report > "$work/quick.txt" 2> /dev/null
  t1=$(clock); l1=$(load)
  row "fixed: the quick tournament (900 sessions), Spark local[2]" 900 "$t0" "$t1" "$l0" "$l1"
  echo "    $(cat "$work/quick.txt")"
  for tasks in 4 1004; do
    l0=$(load); t0=$(clock)
    spark_main 'local[2]' "$work/r.yaml" --out "$work/p$tasks" --no-report --partitions "$tasks" \
      > "$work/p$tasks.txt" 2> /dev/null
    t1=$(clock); l1=$(load)
    n=$(sessions_of "$work/p$tasks.txt")
    row "ANAC 2012 x $reps repetitions in $tasks tasks, Spark local[2]" "$n" "$t0" "$t1" "$l0" "$l1"
    echo "    $(cat "$work/p$tasks.txt")"
  done
  for out in quick p4; do
    l0=$(load); t0=$(clock)
    spark_main 'local[2]' "$([ $out = quick ] && echo "$root/examples/quick-tournament.yaml" || echo "$work/r.yaml")" --out "$work/$out" \
      --resume --no-report > /dev/null 2>&1
    t1=$(clock); l1=$(load)
    row "read back + rewrite the JSON lines: resume the finished $out" \
      "$([ $out = quick ] && echo 900 || echo "$n")" "$t0" "$t1" "$l0" "$l1"
  done
  echo "Parquet bytes per session: $(du -sb "$work/p4/results.parquet" | cut -f1) / $n"
else
  echo "usage: $0 table [REPETITIONS] | basis" >&2
  exit 2
fi
