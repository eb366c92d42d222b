#!/usr/bin/env bash
# Measures the portal's HTTP API with wrk on this machine and prints one table row per endpoint.
#   bench/run.sh                  start a backend of its own (fresh data dir, fresh database portal_bench)
#   PORTAL_URL=http://host:8080 bench/run.sh    measure a running backend instead
# Settings: DURATION (default 15s), CONNECTIONS (default 64), THREADS (default 2), WRK_TIMEOUT (10s),
# SSE_N (answer streams opened at once by bench/SseLoad.java, default 2000), BENCH_PORT (default 18080 or a free one),
# ONLY (a space-separated choice of rows: login and the names of bench/rows.d/*.sh, e.g. ONLY="login filing"; the
# warm ping always runs), BENCH_XMX (the backend's -Xmx, default 1g; the SSE capacity row is stated for 512m),
# BENCH_JAVA_OPTS (more flags for the backend JVM, e.g. a flight recording:
# '-XX:StartFlightRecording=filename=/tmp/bench-%p.jfr,settings=profile'), BENCH_DB_NAME (default portal_bench), WARMUP (default 10s of ping and of an article before the first row; 0 skips it).
# Every wrk row shows its req/s as a fraction of the warm ping of the same run ("× ping").
# Prints the start-up time (launch to first successful ping) when it starts the backend itself.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v wrk >/dev/null || { echo "需要 wrk：apt-get install wrk" >&2; exit 1; }
DURATION="${DURATION:-15s}"
CONNECTIONS="${CONNECTIONS:-64}"
THREADS="${THREADS:-2}"
WRK_TIMEOUT="${WRK_TIMEOUT:-10s}"   # wrk drops slower answers from its latencies; they show as +Nt under non-2xx
RESULTS=bench/results
# the database of the backend this script starts (another name keeps two runs on a shared machine apart)
export BENCH_DB_NAME="${BENCH_DB_NAME:-portal_bench}"
mkdir -p "$RESULTS"

. .mvn/find-jdk.sh && portal_find_jdk   # also runs bench/SseLoad.java
STARTUP_LINE=""
if [ -z "${PORTAL_URL:-}" ]; then
  { [ -f backend/target/backend.jar ] && [ -f launcher/target/launcher-exec.jar ]; } || ./mvnw -q -B -DskipTests -pl launcher,backend -am package
  # 18080, or a free port if another backend already listens there (the machine is shared)
  PORT="${BENCH_PORT:-$(python3 -c '
import socket
s = socket.socket()
try: s.bind(("127.0.0.1", 18080))
except OSError: s.bind(("127.0.0.1", 0))
print(s.getsockname()[1])')}"
  HOME_DIR=$(mktemp -d)
  # Limits raised so that the benchmark measures the login and answer paths, not the 429 answer:
  # every request comes from 127.0.0.1, and the assistant allows 20 questions a minute per address.
  # A Redis already running here is shared: keep the benchmark's conversations and counters in database 9.
  if [ -z "${PORTAL_REDIS_URL:-}" ] && (exec 3<>/dev/tcp/127.0.0.1/6379) 2>/dev/null; then
    export PORTAL_REDIS_URL=redis://127.0.0.1:6379/9
  fi
  # A fresh portal_bench each run (the backend creates it): rows then do not depend on what earlier runs
  # left there, and a database migrated by an older build cannot stop the start. BENCH_KEEP_DB=1 keeps it.
  if [ -z "${BENCH_KEEP_DB:-}" ] && command -v psql >/dev/null; then
    psql -h 127.0.0.1 -U postgres -qc "drop database if exists $BENCH_DB_NAME" >/dev/null 2>&1 || true
  fi
  # the rows that act as staff (hearings, open days, staff cases) log in as this administrator
  export BENCH_ADMIN_PASSWORD="${BENCH_ADMIN_PASSWORD:-Bench-admin-2026}"
  # the SSE rows read the backend's heap from /actuator/prometheus, which answers only with this bearer
  export PORTAL_METRICS_TOKEN="${PORTAL_METRICS_TOKEN:-bench-$(date +%s%N)}"
  started=$(date +%s%N)
  PORTAL_HOME="$HOME_DIR" PORTAL_DB_NAME="$BENCH_DB_NAME" PORTAL_BACKEND_PORT="$PORT" \
  PORTAL_ACCOUNTS_LOGINLIMITS_PERIP=100000000 PORTAL_ACCOUNTS_LOGINLIMITS_PERACCOUNT=100000000 \
  PORTAL_REGISTRATIONS_PER_IP=100000000 PORTAL_SMS_CODES_PER_IP=100000000 \
  PORTAL_ADMIN_PASSWORD="${BENCH_ADMIN_PASSWORD:-Bench-admin-2026}" \
  PORTAL_ASSISTANT_LIMITS_PERIP=100000000 PORTAL_ASSISTANT_LIMITS_PERACCOUNT=100000000 PORTAL_ASSISTANT_LIMITS_PERCONVERSATION=100000000 \
    java --enable-native-access=ALL-UNNAMED --add-modules jdk.incubator.vector -Xmx"${BENCH_XMX:-1g}" ${BENCH_JAVA_OPTS:-} \
      -jar launcher/target/launcher-exec.jar backend/target/backend.jar >"$RESULTS/backend.log" 2>&1 &
  BACKEND_PID=$!
  trap 'kill $BACKEND_PID 2>/dev/null; wait $BACKEND_PID 2>/dev/null || true; rm -rf "$HOME_DIR"' EXIT
  PORTAL_URL="http://127.0.0.1:$PORT"
  for _ in $(seq 1 1800); do
    curl -fsS "$PORTAL_URL/api/v1/ping" >/dev/null 2>&1 && break
    kill -0 $BACKEND_PID 2>/dev/null || { echo "后端启动失败，见 $RESULTS/backend.log" >&2; exit 1; }
    sleep 0.1
  done
  STARTUP_LINE=$(awk -v ns=$(( $(date +%s%N) - started )) \
    'BEGIN {printf "start-up: %.1f s from launching backend.jar through the launcher (-Xmx'"${BENCH_XMX:-1g}"', fresh PORTAL_HOME) to the first successful /api/v1/ping", ns / 1e9}')
fi
curl -fsS "$PORTAL_URL/api/v1/ping" >/dev/null || { echo "后端没有响应：$PORTAL_URL" >&2; exit 1; }

# A worker to log in as (a fresh phone and a valid ID number each run).
n=$(( $(date +%s) % 100000000 ))
phone=$(printf "137%08d" "$n")
first17=$(printf "42060219900101%03d" $(( n % 1000 )))
id=$(python3 -c "
w=[7,9,10,5,8,4,2,1,6,3,7,9,10,5,8,4,2];c='10X98765432';s='$first17'
print(s+c[sum(int(s[i])*w[i] for i in range(17))%11])")
# Registration needs the SMS code: with no gateway configured it is in the outbox administrators read.
BENCH_ADMIN_TOKEN=$(curl -fsS -H 'Content-Type: application/json' \
  -d "{\"account\":\"admin\",\"password\":\"${BENCH_ADMIN_PASSWORD:-Bench-admin-2026}\"}" "$PORTAL_URL/api/v1/sessions" |
  python3 -c 'import json,sys; print(json.load(sys.stdin)["token"])')
export BENCH_ADMIN_TOKEN
sms_code() { # phone: asks for a REGISTER code and reads it from the SMS outbox
  curl -fsS -H 'Content-Type: application/json' -d "{\"phone\":\"$1\",\"purpose\":\"REGISTER\"}" "$PORTAL_URL/api/v1/sms-codes" >/dev/null
  for _ in $(seq 1 50); do
    code=$(curl -fsS -H "Authorization: Bearer $BENCH_ADMIN_TOKEN" "$PORTAL_URL/api/v1/staff/sms-outbox?phone=$1" |
      python3 -c 'import json,sys; m=json.load(sys.stdin); print(m[0]["code"] if m else "")')
    [ -n "$code" ] && { echo "$code"; return; }
    sleep 0.1
  done
}
curl -fsS -H 'Content-Type: application/json' \
  -d "{\"name\":\"压测\",\"phone\":\"$phone\",\"idNumber\":\"$id\",\"password\":\"bench2026pw\",\"smsCode\":\"$(sms_code "$phone")\"}" \
  "$PORTAL_URL/api/v1/accounts/workers" >/dev/null
export BENCH_LOGIN_BODY="{\"account\":\"$phone\",\"password\":\"bench2026pw\"}"

PING_RPS=""   # the warm ping's req/s in this run: every row is also shown as a fraction of it
ratio() { # req/s → "0.47" (of the warm ping), or "—" before the ping row has run
  if [ -n "$PING_RPS" ] && [ -n "${1:-}" ]; then awk -v a="$1" -v b="$PING_RPS" 'BEGIN {printf "%.3f", a / b}'; else echo "—"; fi
}
row() { # name, then wrk arguments
  local name=$1; shift
  local out
  out=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --timeout "$WRK_TIMEOUT" --latency "$@" 2>&1)
  echo "$out" >"$RESULTS/$(echo "$name" | tr ' /?=&' '_____').txt"
  local rps p50 p99 errors timeouts
  rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
  LAST_RPS=$rps
  p50=$(awk '$1=="50%" {print $2}' <<<"$out")
  p99=$(awk '$1=="99%" {print $2}' <<<"$out")
  errors=$(awk '/Non-2xx/ {print $5}' <<<"$out"); errors=${errors:-0}
  timeouts=$(awk '/Socket errors/ {print $NF}' <<<"$out")
  [ "${timeouts:-0}" != 0 ] && errors="$errors +${timeouts}t"   # requests wrk gave up on (its --timeout)
  printf "| %-48s | %10s | %8s | %8s | %8s | %8s |\n" "$name" "$rps" "$p50" "$p99" "$errors" "$(ratio "$rps")"
}

[ -n "$STARTUP_LINE" ] && echo "$STARTUP_LINE"
echo "wrk: $THREADS threads, $CONNECTIONS connections, $DURATION per endpoint, against $PORTAL_URL ($(nproc) cores)"
# Warm-up before the first row: the JIT compiles the hot paths (ping, JSON, security, a knowledge read)
# so that the first rows are not measuring the compiler. WARMUP=0 skips it.
WARMUP="${WARMUP:-10s}"
if [ "$WARMUP" != 0 ]; then
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" "$PORTAL_URL/api/v1/ping" >/dev/null 2>&1 || true
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" "$PORTAL_URL/api/v1/knowledge/laws/labor-contract-law/articles/82" >/dev/null 2>&1 || true
  echo "warm-up: $WARMUP of ping and $WARMUP of a knowledge article before the first row"
fi
printf "| %-48s | %10s | %8s | %8s | %8s | %8s |\n" "endpoint" "req/s" "p50" "p99" "non-2xx" "× ping"
printf "|%s|%s|%s|%s|%s|%s|\n" "--------------------------------------------------" "------------" "----------" "----------" "----------" "----------"
want() { [ -z "${ONLY:-}" ] || [[ " $ONLY " == *" $1 "* ]]; }
# The warm ping always runs first: it is the framework's ceiling in this run, the yardstick of the
# "× ping" column (ONLY cannot leave it out).
row "GET /api/v1/ping (warm)" "$PORTAL_URL/api/v1/ping"
PING_RPS=$LAST_RPS
if want login; then row "POST /api/v1/sessions (Argon2id login)" -s bench/post-json.lua "$PORTAL_URL/api/v1/sessions"; fi
for extra in bench/rows.d/*.sh; do
  if [ -f "$extra" ] && want "$(basename "$extra" .sh)"; then . "$extra"; fi
done
