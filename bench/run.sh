#!/usr/bin/env bash
# Measures the portal's HTTP API with wrk on this machine and prints one table row per endpoint.
#   bench/run.sh                  start a backend of its own (fresh data dir, database portal_bench)
#   PORTAL_URL=http://host:8080 bench/run.sh    measure a running backend instead
# Settings: DURATION (default 15s), CONNECTIONS (default 64), THREADS (default 2).
set -euo pipefail
cd "$(dirname "$0")/.."
command -v wrk >/dev/null || { echo "需要 wrk：apt-get install wrk" >&2; exit 1; }
DURATION="${DURATION:-15s}"
CONNECTIONS="${CONNECTIONS:-64}"
THREADS="${THREADS:-2}"
RESULTS=bench/results
mkdir -p "$RESULTS"

if [ -z "${PORTAL_URL:-}" ]; then
  . .mvn/find-jdk.sh && portal_find_jdk
  [ -f backend/target/backend.jar ] || ./mvnw -q -B -DskipTests -pl backend -am package
  PORT="${BENCH_PORT:-18080}"
  HOME_DIR=$(mktemp -d)
  # Login limits raised so that the benchmark measures the login path, not the 429 answer.
  PORTAL_HOME="$HOME_DIR" PORTAL_DB_NAME=portal_bench PORTAL_BACKEND_PORT="$PORT" \
  PORTAL_ACCOUNTS_LOGINLIMITS_PERIP=100000000 PORTAL_ACCOUNTS_LOGINLIMITS_PERACCOUNT=100000000 \
    java --enable-native-access=ALL-UNNAMED --add-modules jdk.incubator.vector -Xmx1g \
      -jar backend/target/backend.jar >"$RESULTS/backend.log" 2>&1 &
  BACKEND_PID=$!
  trap 'kill $BACKEND_PID 2>/dev/null; wait $BACKEND_PID 2>/dev/null; rm -rf "$HOME_DIR"' EXIT
  PORTAL_URL="http://127.0.0.1:$PORT"
  for _ in $(seq 1 120); do curl -fsS "$PORTAL_URL/api/v1/ping" >/dev/null 2>&1 && break; sleep 1; done
fi
curl -fsS "$PORTAL_URL/api/v1/ping" >/dev/null || { echo "后端没有响应：$PORTAL_URL" >&2; exit 1; }

# A worker to log in as (a fresh phone and a valid ID number each run).
n=$(( $(date +%s) % 100000000 ))
phone=$(printf "137%08d" "$n")
first17=$(printf "42060219900101%03d" $(( n % 1000 )))
id=$(python3 -c "
w=[7,9,10,5,8,4,2,1,6,3,7,9,10,5,8,4,2];c='10X98765432';s='$first17'
print(s+c[sum(int(s[i])*w[i] for i in range(17))%11])")
curl -fsS -H 'Content-Type: application/json' \
  -d "{\"name\":\"压测\",\"phone\":\"$phone\",\"idNumber\":\"$id\",\"password\":\"bench2026pw\"}" \
  "$PORTAL_URL/api/v1/accounts/workers" >/dev/null
export BENCH_LOGIN_BODY="{\"account\":\"$phone\",\"password\":\"bench2026pw\"}"

row() { # name, then wrk arguments
  local name=$1; shift
  local out
  out=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency "$@" 2>&1)
  echo "$out" >"$RESULTS/$(echo "$name" | tr ' /?=&' '_____').txt"
  local rps p50 p99 errors
  rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
  p50=$(awk '$1=="50%" {print $2}' <<<"$out")
  p99=$(awk '$1=="99%" {print $2}' <<<"$out")
  errors=$(awk '/Non-2xx/ {print $5}' <<<"$out"); errors=${errors:-0}
  printf "| %-44s | %10s | %8s | %8s | %8s |\n" "$name" "$rps" "$p50" "$p99" "$errors"
}

echo "wrk: $THREADS threads, $CONNECTIONS connections, $DURATION per endpoint, against $PORTAL_URL ($(nproc) cores)"
printf "| %-44s | %10s | %8s | %8s | %8s |\n" "endpoint" "req/s" "p50" "p99" "non-2xx"
printf "|%s|%s|%s|%s|%s|\n" "----------------------------------------------" "------------" "----------" "----------" "----------"
row "GET /api/v1/ping" "$PORTAL_URL/api/v1/ping"
row "POST /api/v1/sessions (Argon2id login)" -s bench/post-json.lua "$PORTAL_URL/api/v1/sessions"
for extra in bench/rows.d/*.sh; do
  [ -f "$extra" ] && . "$extra"
done
