#!/usr/bin/env bash
# HTTP load benchmark of `kg serve` (issue 5, item 10): the BSBM 1M-triple data in a RocksDB store, served on
# 127.0.0.1, and CLIENTS concurrent connections of wrk for SECONDS against the BSBM explore query mix
# (bench/queries/q01_1.rq ... q12_1.rq, each connection cycling through them). Prints requests/s, p50/p90/p99
# latency, errors, the server's peak RSS and the load average; saves the report to bench/out/serve-load-DATE.md.
#
#   bash bench/serve-load.sh                       # 32 clients, 60 s, port 7979
#   CLIENTS=8 SECONDS_=20 PORT=7980 bash bench/serve-load.sh
#
# Needs wrk (apt-get install -y wrk; installed here when missing and we are root). Loopback only, bounded in time:
# the server is stopped when the run ends, whatever happens.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/.." && pwd)"
shared="${KG_SHARED_BENCH:-$repo/../shared/bench}"
[ -d "$shared/bsbm" ] || shared=/work/shared/bench
clients="${CLIENTS:-32}"
seconds="${SECONDS_:-60}"
port="${PORT:-7979}"
threads="${THREADS:-2}"
store="$here/out/serve-store-bsbm-1m"
kg="$repo/src/KnowledgeGraph.Cli/bin/Release/net10.0/kg"
mkdir -p "$here/out"

if ! command -v wrk > /dev/null; then
  [ "$(id -u)" = 0 ] || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk
fi

echo "== Release build of kg"
dotnet build -c Release -nologo -v q "$repo/src/KnowledgeGraph.Cli"

if [ ! -f "$store/.loaded" ]; then
  echo "== kg load: BSBM 1M N-Triples into $store"
  rm -rf "$store"
  gunzip -c "$shared/bsbm/bsbm-1m.nt.gz" | /usr/bin/time -f "load: %e s wall, %U+%S s cpu, %M KB peak RSS" \
    "$kg" load --store "$store" --from ntriples -
  touch "$store/.loaded"
else
  echo "== reusing the store $store"
fi

echo "== kg serve on 127.0.0.1:$port"
"$kg" serve --store "$store" --port "$port" --bind 127.0.0.1 --timeout 30 > "$here/out/serve-load-server.log" 2>&1 &
server=$!
trap 'kill "$server" 2> /dev/null || true; wait "$server" 2> /dev/null || true' EXIT
for _ in $(seq 1 120); do
  curl -fsS -o /dev/null "http://127.0.0.1:$port/sparql?query=ASK%7B%7D" 2> /dev/null && break
  kill -0 "$server" 2> /dev/null || { echo "kg serve exited:" >&2; cat "$here/out/serve-load-server.log" >&2; exit 1; }
  sleep 1
done

echo "== warm-up: each query once"
for q in "$here"/queries/q*_1.rq; do
  code=$(curl -sS -o /dev/null -w '%{http_code}' -G "http://127.0.0.1:$port/sparql" --data-urlencode "query@$q" \
    -H 'Accept: application/sparql-results+json, application/n-triples;q=0.9')
  echo "$(basename "$q"): HTTP $code"
done

load_before="$(cut -d' ' -f1-3 /proc/loadavg)"
echo "== wrk: $clients connections, $threads threads, ${seconds}s (load average before: $load_before)"
result="$(cd "$repo" && QUERY_DIR="$here/queries" wrk -t"$threads" -c"$clients" -d"${seconds}s" --timeout 35s \
  -s "$here/serve/bsbm-mix.lua" "http://127.0.0.1:$port/")"
load_after="$(cut -d' ' -f1-3 /proc/loadavg)"
peak_kb="$(awk '/VmHWM/ { print $2 }' "/proc/$server/status")"
statuses="$(grep -o '"status":[0-9]*' "$here/out/serve-load-server.log" | sort | uniq -c | tr '\n' ' ' || true)"

report="$here/out/serve-load-$(date -u +%Y%m%d-%H%M%S).md"
{
  echo "# kg serve load: BSBM 1M, $clients clients, ${seconds}s, $(date -u +%FT%TZ)"
  echo
  echo '```'
  echo "$result"
  echo "server peak RSS: $((peak_kb / 1024)) MB (VmHWM)"
  echo "statuses in the request log: ${statuses:-none logged}"
  echo "load average before: $load_before, after: $load_after ($(nproc) cores)"
  echo '```'
} | tee "$report"
