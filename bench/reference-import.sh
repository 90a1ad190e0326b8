#!/usr/bin/env bash
# Reference-set import benchmark: imports every official file in ../shared/reference into a fresh database, one CLI
# process per importer, and prints rows, the importer's rows/s (the run's own clock: fingerprint, parse, write, commit)
# and the process's wall time and peak RSS (GNU time's maximum resident set size). Then the first start: migrate and seed
# the bundled sets into another fresh database.
# Usage: bench/reference-import.sh [SHARED_REFERENCE_DIR]   (build first: dotnet build -c Release src/CptGraph.Server)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
ref=${1:-$root/../shared/reference}
server=$root/src/CptGraph.Server/bin/Release/net10.0/CptGraph.Server.dll
[ -f "$server" ] || { echo "build first: dotnet build -c Release src/CptGraph.Server" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "needs GNU time (apt-get install time)" >&2; exit 2; }
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
db=$work/bench.db
printf 'machine: %s cores, load %s\n' "$(nproc)" "$(cut -d' ' -f1-3 /proc/loadavg)"
dotnet "$server" import payers "$root/src/CptGraph.Server/SeedData/content/payers.json" --db "$db" >/dev/null 2>&1
printf '%-14s %8s %10s %8s %9s\n' importer rows rows/s wall-s peak-MB
run() {
  local name=$1; shift
  local out; out=$( { /usr/bin/time -f 'TIME %e %M' dotnet "$server" "$@" --db "$db" 2>&1 1>&3 | grep '^TIME' ; } 3>&1 )
  local line; line=$(grep -E '^(imported|ingested)' <<<"$out" | head -1)
  local t; t=$(grep '^TIME' <<<"$out")
  local rows rate
  rows=$(grep -oE ': [0-9]+ rows' <<<"$line" | grep -oE '[0-9]+' || grep -oE 'kept [0-9]+' <<<"$line" | grep -oE '[0-9]+' || echo '?')
  # Importers print their own rows/s; ingest medicare does not, so its rate is rows over the process's wall time.
  rate=$(grep -oE '[0-9]+ rows/s' <<<"$line" | grep -oE '[0-9]+' || awk -v r="$rows" -v t="$(cut -d' ' -f2 <<<"$t")" 'BEGIN { if (r ~ /^[0-9]+$/ && t > 0) printf "%d*", r / t; else print "-" }')
  printf '%-14s %8s %10s %8s %9d\n' "$name" "$rows" "$rate" "$(cut -d' ' -f2 <<<"$t")" "$(( $(cut -d' ' -f3 <<<"$t") / 1024 ))"
}
run icd10cm import icd10cm "$ref/icd10cm/icd10cm-codes-2026.txt.gz"
run hcpcs import hcpcs "$ref/hcpcs/HCPC2025_OCT_ANWEB.xlsx"
run pos import pos "$ref/place-of-service/cs-CMS-PlaceofServiceCodes.xml"
run taxonomies import taxonomies "$ref/nucc/nucc_taxonomy_251.csv"
run ncci-addons import ncci-addons "$ref/ncci/AOC_V2026Q2-MCR.xlsx"
run mue import mue "$ref/ncci/MCR_MUE_PractitionerServices_Eff_04-01-2026.csv"
run medicare ingest medicare --rvu "$ref/medicare/PPRRVU2026_Jul_nonQPP.csv" --gpci "$ref/medicare/gpci_2026.csv" --year 2026
first=$( { /usr/bin/time -f 'TIME %e %M' dotnet "$server" seed --db "$work/first.db" 2>&1 >/dev/null | grep '^TIME'; } )
echo '* rows over the wall time of the whole process (the verb prints no rate of its own)'
printf 'first start (migrate + seed bundled sets, content, PFS subset, demo TiC): %s s, peak %d MB\n' "$(cut -d' ' -f2 <<<"$first")" "$(( $(cut -d' ' -f3 <<<"$first") / 1024 ))"
