#!/bin/bash
# The SQL commands one request of a bench query runs on the GraphQL server (EF Core command log), and how many.
# usage: sql-per-request.sh BINDIR QUERY   (BENCH_DB as for per-request.sh)
BIN=$1; Q=$2; PORT=$((5900 + RANDOM % 90))
cd $BIN
env "Logging__LogLevel__Microsoft.EntityFrameworkCore.Database.Command=Information" ASPNETCORE_ENVIRONMENT=Production dotnet CptGraph.Server.dll --db ${BENCH_DB:-/tmp/speedbench/bench-200.db} --urls http://127.0.0.1:$PORT >> ${OUT:-/tmp}/sql-$Q.log 2>&1 &
SPID=$!
for i in $(seq 1 100); do curl -s -o /dev/null http://127.0.0.1:$PORT/graphql -X POST -H 'content-type: application/json' -d '{"query":"{__typename}"}' && break; sleep 0.3; done
BODY=$(sed -n 's/^wrk.body = \[==\[\(.*\)\]==\]$/\1/p' $(dirname ${BENCH_DB:-/tmp/speedbench/bench-200.db})/$Q*.lua | head -1)
curl -s -o /dev/null http://127.0.0.1:$PORT/graphql -X POST -H 'content-type: application/json' -d "$BODY"
sleep 0.5; echo MARK >> ${OUT:-/tmp}/sql-$Q.log
curl -s -o /dev/null http://127.0.0.1:$PORT/graphql -X POST -H 'content-type: application/json' -d "$BODY"
sleep 0.5
kill $SPID; wait $SPID 2>/dev/null
python3 - ${OUT:-/tmp}/sql-$Q.log <<'PY'
import sys,json
# the server logs JSON lines (one object per line); the second request's commands follow the MARK line
text=open(sys.argv[1]).read().split('MARK')[-1]
n=0
for line in text.splitlines():
    try: entry=json.loads(line)
    except ValueError: continue
    if entry.get('Category')=='Microsoft.EntityFrameworkCore.Database.Command' and entry.get('EventId')==20101 and 'OutboxMessages' not in entry['Message']:
        n+=1; print('---', entry['Message'][:4000])
print('COMMANDS', n)
PY
