#!/bin/bash
# Per-request server CPU and allocations of one bench query on one endpoint (docs/benchmarks/2026-12-02-api-profile.md).
# usage: per-request.sh BINDIR graphql|handwritten QUERY TAG [trace]
#   BINDIR: the bench build (bin/Release/net10.0); BENCH_DB: a database the bench generated (its QUERY.lua lies beside it);
#   with "trace", a dotnet-trace CPU profile (speedscope) instead of the allocation counter; figures go to $OUT.
BIN=$1; EP=$2; Q=$3; TAG=$4; TRACE=$5
PORT=$((5900 + RANDOM % 90))
DB=${BENCH_DB:-/tmp/speedbench/bench-200.db}; OUT=${OUT:-/tmp/speedprof}; mkdir -p $OUT
cd $BIN
if [ "$EP" = graphql ]; then
  ASPNETCORE_ENVIRONMENT=Production dotnet CptGraph.Server.dll --db $DB --urls http://127.0.0.1:$PORT > $OUT/$TAG.server.log 2>&1 &
else
  dotnet CptGraph.Bench.Api.dll serve-handwritten --db $DB --urls http://127.0.0.1:$PORT > $OUT/$TAG.server.log 2>&1 &
fi
SPID=$!
for i in $(seq 1 100); do curl -s -o /dev/null http://127.0.0.1:$PORT/graphql -X POST -H 'content-type: application/json' -d '{"query":"{__typename}"}' && break; sleep 0.3; done
LUA=$(ls $(dirname $DB)/$Q*.lua | head -1)
wrk -t2 -c32 -d4s -s $LUA http://127.0.0.1:$PORT/graphql > /dev/null
CPU0=$(awk '{print $14+$15}' /proc/$SPID/stat)
if [ -n "$TRACE" ]; then
  ~/.dotnet/tools/dotnet-trace collect -p $SPID --duration 00:00:00:08 --format speedscope -o $OUT/$TAG.nettrace > /dev/null 2>&1 &
else
  ~/.dotnet/tools/dotnet-counters collect -p $SPID --counters 'System.Runtime[dotnet.gc.heap.total_allocated]' --format csv -o $OUT/$TAG.counters.csv --duration 00:00:00:08 > /dev/null 2>&1 &
fi
CP=$!
wrk -t2 -c32 -d8s --latency -s $LUA http://127.0.0.1:$PORT/graphql > $OUT/$TAG.wrk.txt
CPU1=$(awk '{print $14+$15}' /proc/$SPID/stat)
wait $CP
REQ=$(grep -oP '\d+(?= requests in)' $OUT/$TAG.wrk.txt)
RPS=$(grep -oP 'Requests/sec:\s+\K[\d.]+' $OUT/$TAG.wrk.txt)
CPUMS=$(python3 -c "print(round(($CPU1-$CPU0)*10/$REQ,3))")
ALLOC=""
if [ -z "$TRACE" ]; then
  ALLOC=$(python3 - $OUT/$TAG.counters.csv $RPS <<'PY'
import csv,sys
rows=[r for r in csv.reader(open(sys.argv[1])) if len(r)>=5 and 'total_allocated' in r[2]]
vals=[float(r[-1]) for r in rows]
vals=vals[1:-1] if len(vals)>3 else vals
print(round(sum(vals)/len(vals)/float(sys.argv[2])/1024,1) if vals else 'n/a')
PY
)
fi
echo "$TAG $EP $Q req=$REQ rps=$RPS cpu_ms_per_req=$CPUMS alloc_kb_per_req=$ALLOC"
kill $SPID; wait $SPID 2>/dev/null
