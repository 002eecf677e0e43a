#!/usr/bin/env bash
# Cold start-up of the parley command line: CPU seconds (user + sys, the launcher script included) and wall time of
#   - an empty JVM (java -cp DIR Empty, a class whose main does nothing): the floor,
#   - parley --version,
#   - parley analyze --json on ANAC 2010 Itex vs Cypress (180 outcomes) and ANAC 2011 IS_BT_Acquisition (384),
# for one or more parley launchers, each run a new JVM. Runs are interleaved (one of each case per round) so that a
# change in the machine's load hits every case alike; the table gives medians and quartiles over the rounds.
#
# usage: parley-bench/startup.sh [-n ROUNDS] [LABEL=PATH/TO/bin/parley ...]
#   default: 30 rounds, this checkout's bin/parley. To compare with another revision:
#   git worktree add --detach /tmp/parley-before REVISION   # e.g. the main branch before the start-up work
#   parley-bench/startup.sh before=/tmp/parley-before/bin/parley after=bin/parley
# Each launcher runs each command once before the rounds (building its jar and, for launchers that make them, its
# class-data archives), so the rounds measure cold JVMs on a prepared installation, as a user meets them every day.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
rounds=30
if [ "${1:-}" = "-n" ]; then rounds="$2"; shift 2; fi
launchers=("$@")
[ ${#launchers[@]} -gt 0 ] || launchers=("parley=$here/bin/parley")

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
printf 'public class Empty { public static void main(String[] args) { } }\n' > "$work/Empty.java"
javac -d "$work" "$work/Empty.java"

itex="$here/scenarios/anac/anac__y2010__ItexvsCypress"
acq="$here/scenarios/anac/anac__y2011__IS_BT_Acquisition"
small=(analyze --json "$itex/ItexvsCypress_domain.xml" "$itex/ItexvsCypress_Itex.xml" "$itex/ItexvsCypress_Cypress.xml")
medium=(analyze --json "$acq/IS_BT_Acquisition.xml" "$acq/IS_BT_Acquisition_IS_prof.xml"
        "$acq/IS_BT_Acquisition_BT_prof.xml")

# cases: name and command line, one per line, fields separated by tabs (paths may hold spaces)
cases=("empty JVM"$'\t'"java"$'\t'"-cp"$'\t'"$work"$'\t'"Empty")
for l in "${launchers[@]}"; do
  label="${l%%=*}" bin="${l#*=}"
  cases+=("$label --version"$'\t'"$bin"$'\t'"--version")
  cases+=("$label analyze --json, 180 outcomes"$'\t'"$bin$(printf '\t%s' "${small[@]}")")
  cases+=("$label analyze --json, 384 outcomes"$'\t'"$bin$(printf '\t%s' "${medium[@]}")")
done

run_case() { # run_case INDEX: runs the case once, appends "cpu wall" to its file
  local -a cmd
  IFS=$'\t' read -r -a cmd <<< "${cases[$1]}"
  local TIMEFORMAT='%3U %3S %3R' t
  t=$( { time "${cmd[@]:1}" > /dev/null 2> "$work/err" ; } 2>&1 ) \
    || { echo "startup.sh: '${cmd[0]}' failed:" >&2; cat "$work/err" >&2; exit 1; }
  awk '{ printf "%.3f %.3f\n", $1 + $2, $3 }' <<< "$t" >> "$work/case$1"
}

echo "preparing (one untimed run of each case)..." >&2
for i in "${!cases[@]}"; do run_case "$i"; : > "$work/case$i"; done
load_before=$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || uptime)
for ((r = 1; r <= rounds; r++)); do
  printf '\rround %d/%d' "$r" "$rounds" >&2
  for i in "${!cases[@]}"; do run_case "$i"; done
done
echo >&2
load_after=$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || uptime)

quartiles() { # quartiles FILE COLUMN -> "q1 median q3"
  sort -n -k"$2","$2" "$1" | awk -v c="$2" '{ v[NR] = $c } END {
    printf "%.3f %.3f %.3f", v[int((NR + 3) / 4)], (NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2),
      v[int((3 * NR + 3) / 4)] }'
}

read -r _ empty _ <<< "$(quartiles "$work/case0" 1)"
echo "| case | CPU s, median (quartiles) | × empty JVM CPU | wall s, median (quartiles) |"
echo "|---|---|---|---|"
for i in "${!cases[@]}"; do
  read -r c1 cm c3 <<< "$(quartiles "$work/case$i" 1)"
  read -r w1 wm w3 <<< "$(quartiles "$work/case$i" 2)"
  ratio=$(awk -v a="$cm" -v b="$empty" 'BEGIN { printf "%.1f", a / b }')
  echo "| ${cases[$i]%%$'\t'*} | $cm ($c1–$c3) | $ratio | $wm ($w1–$w3) |"
done
echo
echo "$rounds rounds; $(nproc 2>/dev/null || echo '?') CPUs; load average $load_before before, $load_after after;" \
  "$(java -version 2>&1 | head -1)."
