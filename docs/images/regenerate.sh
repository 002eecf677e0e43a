#!/usr/bin/env bash
# Redraws every image in docs/images from the examples and scenarios shipped in the repository, with bin/parley:
#   docs/images/regenerate.sh
# Everything is deterministic (fixed seeds, round deadlines), so the same build draws the same pictures. Other
# output goes to a temporary folder that is removed at the end.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
out="$root/docs/images"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
parley="$root/bin/parley"
cd "$root"

# chart N (from 1) of an HTML case report, decoded from its base64 data URI
chart() {
  grep -o 'data:image/png;base64,[^"]*' "$1" | sed -n "$2p" | cut -d, -f2 | base64 -d > "$3"
}

itex2010=scenarios/anac/anac__y2010__ItexvsCypress
"$parley" analyze "$itex2010/ItexvsCypress_domain.xml" "$itex2010/ItexvsCypress_Itex.xml" \
    "$itex2010/ItexvsCypress_Cypress.xml" --plot "$out/analyze.png" > /dev/null
"$parley" analyze scenarios/negmas/Fisheries --plot "$out/analyze-three-parties.png" > /dev/null 2>&1

itex2012=scenarios/anac/anac__y2012__ItexvsCypress
"$parley" negotiate "$itex2012/ItexvsCypress-A-domain.xml" "$itex2012/ItexvsCypress-A-prof1.xml" \
    "$itex2012/ItexvsCypress-A-prof2.xml" --agents boulware-party conceder-party --rounds 180 \
    --plot "$out/negotiate.png" > /dev/null

"$parley" case compare examples/peace-talks-2025/case.yaml --html "$tmp/compare.html" > /dev/null
chart "$tmp/compare.html" 1 "$out/case-compare-gaps.png"
chart "$tmp/compare.html" 2 "$out/case-compare-plane.png"
"$parley" case propose examples/labour-2026/case.yaml --html "$tmp/propose.html" > /dev/null
chart "$tmp/propose.html" 1 "$out/case-propose-plane.png"
"$parley" case ledger examples/peace-talks-2025/case.yaml --html "$tmp/ledger.html" > /dev/null
chart "$tmp/ledger.html" 1 "$out/case-ledger.png"

"$parley" tournament examples/quick-tournament.yaml --out "$tmp/quick" > /dev/null 2>&1
cp "$tmp/quick/boxplot-utility.png" "$out/tournament-boxplot-utility.png"

ls -l "$out"/*.png
