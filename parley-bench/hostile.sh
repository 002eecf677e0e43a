#!/usr/bin/env bash
# Issue 13's hostile sizes through the command line: CPU seconds (user + sys, launcher included) and the largest
# resident set of `parley analyze` refusing each of
#   - one issue of 10^6 values as a GENIUS XML domain, a GeniusWeb JSON domain and a parley YAML scenario,
#   - 10^4 two-valued issues as a parley YAML scenario,
# (generated here as parley-formats' HostileCorpusIT generates them), next to zero-sum domains of two-valued issues
# within the limits (24 issues with weights adding up to 1: every outcome Pareto-optimal, refused by the frontier's
# limit; 24 and 1,000 issues whose weights add up to far more than 1, so GENIUS's cap makes most outcomes worth
# (1, 1): answered exactly, or refused by the merges' bound), two random profiles over 200 issues of 10 values (a
# large space within every bound, answered exactly), four over 30 issues of 5 values (a frontier in four dimensions
# that outgrows the steps' bound) and examples/coffee.yaml (a normal file), for one or
# more parley launchers, each run a new JVM. Runs are interleaved (one of each case per round) so that a change in the
# machine's load hits every case alike; the table gives medians over the rounds.
#
# usage: parley-bench/hostile.sh [-n ROUNDS] [LABEL=PATH/TO/bin/parley ...]
#   default: 5 rounds, this checkout's bin/parley. To compare with another revision:
#   mkdir /tmp/parley-before && git archive REVISION | tar -x -C /tmp/parley-before
#   parley-bench/hostile.sh before=/tmp/parley-before/bin/parley after=bin/parley
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
rounds=5
if [ "${1:-}" = "-n" ]; then rounds="$2"; shift 2; fi
launchers=("$@")
[ ${#launchers[@]} -gt 0 ] || launchers=("parley=$here/bin/parley")
[ -x /usr/bin/time ] || { echo "hostile.sh: needs /usr/bin/time (GNU time)" >&2; exit 1; }

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
n=1000000
{
  printf '<negotiation_template><utility_space><objective index="0" name="root" type="objective"><issue index="1" name="I" type="discrete">\n'
  awk -v n=$n 'BEGIN { for (i = 0; i < n; i++) printf "<item index=\"%d\" value=\"v%d\"/>\n", i + 1, i }'
  printf '</issue></objective></utility_space></negotiation_template>'
} > "$work/big_domain.xml"
{
  printf '{"name":"d","issuesValues":{"I":{"values":['
  awk -v n=$n 'BEGIN { for (i = 0; i < n; i++) printf "%s\"v%d\"", (i ? "," : ""), i }'
  printf ']}}}'
} > "$work/big.json"
{
  printf 'parley: 1\nname: hostile\nissues:\n  - name: I\n    values: ['
  awk -v n=$n 'BEGIN { for (i = 0; i < n; i++) printf "%sv%d", (i ? ", " : ""), i }'
  printf ']\nparties:\n  - name: a\n    weights: {I: 1}\n    utilities:\n      I: {values: {v0: 1}}\n'
  printf '  - name: b\n    weights: {I: 1}\n    utilities:\n      I: {values: {v1: 1}}\n'
} > "$work/big.yaml"
scenario() { # scenario ISSUES WEIGHT-EXPRESSION B-OPPOSED-EXPRESSION [normalize] > file (awk expressions of i)
  awk -v n="$1" -v normalize="${4:-}" "BEGIN {
    srand(1); print \"parley: 1\nname: hostile\nissues:\"
    for (i = 0; i < n; i++) printf \"  - name: i%d\n    values: [a, b]\n\", i
    for (i = 0; i < n; i++) { w[i] = $2; total += w[i] }
    if (normalize) for (i = 0; i < n; i++) w[i] = sprintf(\"%.17g\", w[i] / total)
    print \"parties:\"
    for (p = 0; p < 2; p++) {
      printf \"  - name: %s\n    weights: {\", (p ? \"b\" : \"a\")
      for (i = 0; i < n; i++) printf \"%si%d: %s\", (i ? \", \" : \"\"), i, w[i]
      print \"}\n    utilities:\"
      for (i = 0; i < n; i++) printf \"      i%d: {values: {a: %d, b: %d}, normalize: none}\n\", i,
        (p && $3) ? 0 : 1, (p && $3) ? 1 : 0
    }
  }"
}
random_scenario() { # random_scenario ISSUES VALUES [PARTIES] > file: seeded random profiles (2), weights adding up to 1
  awk -v n="$1" -v k="$2" -v parties="${3:-2}" 'BEGIN {
    srand(2); print "parley: 1\nname: random\nissues:"
    for (i = 0; i < n; i++) {
      printf "  - name: i%d\n    values: [", i
      for (v = 0; v < k; v++) printf "%sv%d", (v ? ", " : ""), v
      print "]"
    }
    print "parties:"
    for (p = 0; p < parties; p++) {
      total = 0
      for (i = 0; i < n; i++) { w[i] = rand(); total += w[i] }
      printf "  - name: p%d\n    weights: {", p
      for (i = 0; i < n; i++) printf "%si%d: %.6f", (i ? ", " : ""), i, w[i] / total
      print "}\n    utilities:"
      for (i = 0; i < n; i++) {
        printf "      i%d: {values: {", i
        for (v = 0; v < k; v++) printf "%sv%d: %.4f", (v ? ", " : ""), v, rand()
        print "}, normalize: none}"
      }
    }
  }'
}
scenario 10000 '"0.0001"' 'i % 3 != 0' > "$work/many.yaml"
random_scenario 200 10 > "$work/random-200x10.yaml"
random_scenario 30 5 4 > "$work/random-4-30x5.yaml"
scenario 1000 '0.01 + rand()' '1' > "$work/zero-sum-1000.yaml"
scenario 24 '0.01 + rand()' '1' > "$work/zero-sum-24-capped.yaml"
scenario 24 '0.01 + rand()' '1' normalize > "$work/zero-sum-24.yaml"

car="$here/scenarios/anac/2nd_hand_car/car_buyer.xml"
party="$here/scenarios/geniusweb/Party/party1.json"
cases=()
for l in "${launchers[@]}"; do
  label="${l%%=*}" bin="${l#*=}"
  cases+=("$label --version"$'\t'"$bin"$'\t'"--version")
  cases+=("$label examples/coffee.yaml (normal)"$'\t'"$bin"$'\t'"analyze"$'\t'"$here/examples/coffee.yaml")
  cases+=("$label 10^6 values, GENIUS XML"$'\t'"$bin"$'\t'"analyze"$'\t'"$work/big_domain.xml"$'\t'"$car")
  cases+=("$label 10^6 values, GeniusWeb JSON"$'\t'"$bin"$'\t'"analyze"$'\t'"$work/big.json"$'\t'"$party")
  cases+=("$label 10^6 values, parley YAML"$'\t'"$bin"$'\t'"analyze"$'\t'"$work/big.yaml")
  cases+=("$label 10^4 issues, parley YAML"$'\t'"$bin"$'\t'"analyze"$'\t'"$work/many.yaml")
  cases+=("$label zero-sum 24 binary issues, weights adding up to 1"$'\t'"$bin"$'\t'"analyze"$'\t'"$work/zero-sum-24.yaml")
  cases+=("$label zero-sum 24 binary issues, capped"$'\t'"$bin"$'\t'"analyze"$'\t'"$work/zero-sum-24-capped.yaml")
  cases+=("$label zero-sum 1,000 binary issues, capped"$'\t'"$bin"$'\t'"analyze"$'\t'"$work/zero-sum-1000.yaml")
  cases+=("$label random, 200 issues of 10 values"$'\t'"$bin"$'\t'"analyze"$'\t'"$work/random-200x10.yaml")
  cases+=("$label random, 4 parties, 30 issues of 5 values"$'\t'"$bin"$'\t'"analyze"$'\t'"$work/random-4-30x5.yaml")
done

run_case() { # run_case INDEX: runs the case once, appends "cpu rss-MB" to its file
  local -a cmd
  IFS=$'\t' read -r -a cmd <<< "${cases[$1]}"
  /usr/bin/time -o "$work/time" -f '%U %S %M' "${cmd[@]:1}" > /dev/null 2> "$work/err" || true
  # GNU time's file starts with "Command exited with non-zero status 2" for a refusal: only its figures count
  awk '$1 ~ /^[0-9.]+$/ { printf "%.3f %.0f\n", $1 + $2, $3 / 1024 }' "$work/time" >> "$work/case$1"
  head -c 300 "$work/err" > "$work/message$1"
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

median() { # median FILE COLUMN
  sort -n -k"$2","$2" "$1" | awk -v c="$2" '{ v[NR] = $c } END {
    printf "%.3f", (NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2) }'
}

echo "| case | CPU s, median | max RSS MB, median |"
echo "|---|---|---|"
for i in "${!cases[@]}"; do
  echo "| ${cases[$i]%%$'\t'*} | $(median "$work/case$i" 1) | $(median "$work/case$i" 2 | cut -d. -f1) |"
done
echo
echo "$rounds rounds; $(nproc 2>/dev/null || echo '?') CPUs; load average $load_before before, $load_after after;" \
  "$(java -version 2>&1 | head -1)."
echo
echo "Messages (the last launcher's):"
last=$(( ${#cases[@]} - 11 ))
for ((i = last; i < ${#cases[@]}; i++)); do
  echo "- ${cases[$i]%%$'\t'*}: $(tr '\n' ' ' < "$work/message$i" | cut -c1-240)"
done
