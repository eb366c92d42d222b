# Filing rows (sourced by bench/run.sh: uses row, PORTAL_URL, RESULTS, THREADS, CONNECTIONS).
#   submit  — bench/FilingLoad.java registers FILING_WORKERS workers (one login each: logins are rate
#             limited per account and per address), creates FILING_N complete drafts through the API (not
#             measured), then submits them all, CONNECTIONS at a time, each with its own Idempotency-Key:
#             submits/s over the wave, p50, p99, failures. Every draft works in FILING_AREA (default
#             fancheng: one commission; before V150 every submission took its case-number counter row, now
#             the 申请编号 comes from a sequence and the 案号 on acceptance; FILING_AREA=all spreads them over
#             the 12 areas). Then checks that the receipts' numbers are distinct: among the receipts, and in
#             the database when it is the local portal_bench.
#   case    — GET /api/v1/cases/{id} by its owner, rotating over the submitted cases and their tokens;
#             then GET /api/v1/inbox and /api/v1/accounts/me with the same tokens in turn.
#   draft   — POST /api/v1/filings (a complete application) for DURATION, one worker's token.
FILING_N="${FILING_N:-2000}"
FILING_WORKERS="${FILING_WORKERS:-8}"
FILING_AREA="${FILING_AREA:-fancheng}"
java bench/FilingLoad.java --url "$PORTAL_URL" --drafts "$FILING_N" --workers "$FILING_WORKERS" \
  --concurrency "$CONNECTIONS" --area "$FILING_AREA" --cases-out "$RESULTS/cases.txt" --body-out "$RESULTS/application.json" \
  --name "POST filings/{id}/submit ($FILING_N, $CONNECTIONS at once)" 2>&1 | tee "$RESULTS/filing-submit.txt"
# The database's own ceiling in the same run: pgbench inserting one row per transaction (16 clients) into
# a throwaway table of portal_bench, on the same PostgreSQL. The submit row is shown as a fraction of it.
if [ -n "${BACKEND_PID:-}" ] && command -v pgbench >/dev/null && command -v psql >/dev/null; then
  psql -h 127.0.0.1 -U postgres -d "${BENCH_DB_NAME:-portal_bench}" -qc \
    'create table if not exists bench_insert (id bigserial primary key, body text not null, at timestamptz not null default now())' >/dev/null 2>&1 || true
  echo "insert into bench_insert (body) values ('襄劳人仲申字 bench row');" >"$RESULTS/pgbench-insert.sql"
  pg_tps=$(pgbench -h 127.0.0.1 -U postgres -n -c 16 -j "$THREADS" -T "${DURATION%s}" -f "$RESULTS/pgbench-insert.sql" "${BENCH_DB_NAME:-portal_bench}" 2>/dev/null |
    awk '/^tps/ {printf "%.0f", $3; exit}')
  psql -h 127.0.0.1 -U postgres -d "${BENCH_DB_NAME:-portal_bench}" -qc 'drop table if exists bench_insert' >/dev/null 2>&1 || true
  submit_rps=$(awk -F'|' '/^\|/ {gsub(/ /, "", $3); print $3; exit}' "$RESULTS/filing-submit.txt")
  if [ -n "$pg_tps" ]; then
    awk -v s="${submit_rps:-0}" -v p="$pg_tps" \
      'BEGIN {printf "  pgbench single-row insert on the same PostgreSQL: %d tps (16 clients); submit = %.3f of it\n", p, s / p}'
  fi
fi
if [ -n "${BACKEND_PID:-}" ] && command -v psql >/dev/null; then
  # the whole portal_bench database, earlier runs included (cases.application_number and case_number are
  # also unique columns; a backend before V150 has no application_number)
  { psql -h 127.0.0.1 -U postgres -d "${BENCH_DB_NAME:-portal_bench}" -Atc \
      "select count(application_number), count(distinct application_number), 'application numbers' from cases" 2>/dev/null ||
    psql -h 127.0.0.1 -U postgres -d "${BENCH_DB_NAME:-portal_bench}" -Atc \
      "select count(case_number), count(distinct case_number), 'case numbers' from cases" 2>/dev/null; } |
    awk -F'|' '{printf "  portal_bench: %d %s, %d distinct%s\n", $1, $3, $2, ($1 == $2 ? "" : "  DUPLICATES")}'
fi
if [ -s "$RESULTS/cases.txt" ]; then
  BENCH_CASES="$RESULTS/cases.txt" BENCH_THREADS="$THREADS" \
    row "GET /api/v1/cases/{id} (owner's token)" -s bench/rotate-cases.lua "$PORTAL_URL"
  # the other signed-in reads, with the same owners' tokens in turn: the inbox (a receipt notice per case)
  # and the account page
  BENCH_CASES="$RESULTS/cases.txt" BENCH_THREADS="$THREADS" BENCH_PREFIX="/api/v1/inbox?case=" \
    row "GET /api/v1/inbox (owner's token)" -s bench/rotate-cases.lua "$PORTAL_URL"
  BENCH_CASES="$RESULTS/cases.txt" BENCH_THREADS="$THREADS" BENCH_PREFIX="/api/v1/accounts/me?case=" \
    row "GET /api/v1/accounts/me (owner's token)" -s bench/rotate-cases.lua "$PORTAL_URL"
  BENCH_TOKEN=$(head -1 "$RESULTS/cases.txt" | cut -d' ' -f1) BENCH_BODY="$(cat "$RESULTS/application.json")" \
    row "POST /api/v1/filings (new complete draft)" -s bench/post-json.lua "$PORTAL_URL/api/v1/filings"
fi
