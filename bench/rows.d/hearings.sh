# Hearings rows (sourced by bench/run.sh: uses row, PORTAL_URL, RESULTS, HOME_DIR, BACKEND_PID).
#   schedule — GET /api/v1/hearings, the public schedule (庭审预告): the first page, and a filtered one, both
#              answered from the Redis cache after the first request (a change drops them).
#   stream   — bench/HearingsSseLoad.java opens HEARINGS_SSE_N (default 5000) schedule streams at once, then a
#              clerk starts, pauses and resumes a hearing: per viewer, the time from the staff request to
#              the status event (p50, p99), events missed, and the backend heap while they are all open.
# Fixture: 300 public hearings of the commission fancheng over the next 30 days, inserted straight into the
# bench's own database (portal_bench, local PostgreSQL only), with masked parties as the module stores them.
HEARINGS_SSE_N="${HEARINGS_SSE_N:-5000}"
if [ -n "${BACKEND_PID:-}" ] && command -v psql >/dev/null; then
  psql -h 127.0.0.1 -U postgres -d portal_bench -q >/dev/null <<'SQL'
insert into hearings.hearings (id, case_id, case_number, commission_id, room_name, starts_at, causes, parties_masked,
                               listed_from, scheduled_at, updated_at)
select gen_random_uuid(), gen_random_uuid(), '樊劳人仲案字〔2026〕第' || g || '号', 'fancheng', '第' || (1 + g % 3) || '仲裁庭',
       date_trunc('day', now()) + ((g % 30) || ' days')::interval + interval '9 hours',
       case when g % 3 = 0 then '{SOCIAL_INSURANCE}'::text[] else '{LABOR_REMUNERATION}'::text[] end,
       '张某 诉 某科技有限公司', now() - interval '1 minute', now(), now()
  from generate_series(1, 300) g;
SQL
  row "GET /api/v1/hearings (schedule, Redis-cached)" "$PORTAL_URL/api/v1/hearings?commission=fancheng"
  row "GET /api/v1/hearings?cause=…&page=2 (cached)" "$PORTAL_URL/api/v1/hearings?commission=fancheng&cause=LABOR_REMUNERATION&page=2&size=20"
  row "GET /api/v1/hearings.ics (calendar feed)" "$PORTAL_URL/api/v1/hearings.ics?commission=fancheng"
  admin_password="${BENCH_ADMIN_PASSWORD:-$(cat "${HOME_DIR:-/nonexistent}/admin-password" 2>/dev/null || true)}"
  hearing=$(psql -h 127.0.0.1 -U postgres -d portal_bench -Atc "select id from hearings.hearings where commission_id = 'fancheng' and status = 'SCHEDULED' order by starts_at limit 1")
  # the backend JVM is the launcher's child (it passes on the launcher's JVM flags, -Xmx included)
  backend_jvm=$(pgrep -P "$BACKEND_PID" java | head -1 || true)
  if [ -n "$admin_password" ] && [ -n "$hearing" ]; then
    java -Xss256k bench/HearingsSseLoad.java --url "$PORTAL_URL" --n "$HEARINGS_SSE_N" --admin-password "$admin_password" \
      --hearing "$hearing" --pid "${backend_jvm:-$BACKEND_PID}" --name "GET hearings/stream ($HEARINGS_SSE_N viewers, 3 status changes)" 2>&1 | tee "$RESULTS/hearings-sse.txt"
  else
    echo "| GET hearings/stream | skipped: no admin password in \$HOME_DIR or no hearing |"
  fi
else
  echo "| GET /api/v1/hearings | skipped: needs the backend run.sh starts and a local psql (fixture) |"
fi
