# The staff side of hearings and open days (sourced by bench/run.sh: uses row, PORTAL_URL, RESULTS, THREADS,
# CONNECTIONS, PING_RPS, BENCH_ADMIN_TOKEN, sms_code). Fixture: HEARING_POOL × 3 public hearings of fancheng
# (default 200 each), inserted into the bench's own database as bench/rows.d/hearings.sh does (local
# PostgreSQL only), then walked through the hearing desk's states by a clerk of fancheng:
#   pool 1  live → pause → end → replay published → replay withdrawn (each step once per hearing:
#           bench/OnceLoad.java rows); the staff view and its action log rotating over the pool
#   pool 2  a party's objection recorded, then the decision on it (each once); the public page of one hearing
#   pool 3  closed to the public (privacy, each once); the room assigned (rotating: the same room again)
# Rooms (new ones with a new name each request; one edited again and again), open days (a new one per request,
# then a visitor books each once, reads its bookings and cancels each once), attendees and attendance.
. bench/accounts.sh
HEARING_POOL="${HEARING_POOL:-200}"
# BENCH_DB_NAME: the database of a backend given by PORTAL_URL (default: the one run.sh starts, portal_bench)
if { [ -n "${BACKEND_PID:-}" ] || [ -n "${BENCH_DB_NAME:-}" ]; } && command -v psql >/dev/null; then
  hs_db() { psql -h 127.0.0.1 -U postgres -d "${BENCH_DB_NAME:-portal_bench}" -Atq "$@"; }
  hs_db -c "insert into hearings.hearings (id, case_id, case_number, commission_id, room_name, starts_at, causes, parties_masked,
                                       listed_from, scheduled_at, updated_at)
     select gen_random_uuid(), gen_random_uuid(), '樊劳人仲案字〔2026〕压测第' || g || '号', 'fancheng', '第二仲裁庭',
            date_trunc('day', now()) + ((1 + g % 20) || ' days')::interval + interval '9 hours', '{LABOR_REMUNERATION}'::text[],
            '王某 诉 某机械有限公司', now() - interval '1 minute', now(), now()
       from generate_series(1, $(( HEARING_POOL * 3 ))) g" >/dev/null
  hs_db -c "select id from hearings.hearings where case_number like '%压测第%' order by case_number" >"$RESULTS/hearing-ids.txt"
  for p in 1 2 3; do sed -n "$(( (p - 1) * HEARING_POOL + 1 )),$(( p * HEARING_POOL ))p" "$RESULTS/hearing-ids.txt" >"$RESULTS/hearing-pool-$p.ids"; done
  hs_clerk=$(bench_staff CLERK)
  hs_once() { # name, method, path, body, ids file
    java bench/OnceLoad.java --url "$PORTAL_URL" --ids "$5" --method "$2" --path "$3" --body "$4" --token "$hs_clerk" \
      --concurrency "$CONNECTIONS" --ping "$PING_RPS" --name "$1"
  }
  hs_once "POST staff/hearings/{id}/live (each once)" POST "/api/v1/staff/hearings/{id}/live" '' "$RESULTS/hearing-pool-1.ids"
  hs_once "POST staff/hearings/{id}/pause (each once)" POST "/api/v1/staff/hearings/{id}/pause" '' "$RESULTS/hearing-pool-1.ids"
  hs_once "POST staff/hearings/{id}/end (each once)" POST "/api/v1/staff/hearings/{id}/end" '' "$RESULTS/hearing-pool-1.ids"
  hs_once "POST staff/hearings/{id}/replay (each once)" POST "/api/v1/staff/hearings/{id}/replay" \
    '{"url":"https://live.example.cn/replay/{id}.m3u8"}' "$RESULTS/hearing-pool-1.ids"
  hs_once "POST staff/hearings/{id}/replay/withdraw (each once)" POST "/api/v1/staff/hearings/{id}/replay/withdraw" \
    '{"reason":"当事人申请撤回（压测）"}' "$RESULTS/hearing-pool-1.ids"
  BENCH_IDS="$RESULTS/hearing-pool-1.ids" BENCH_TOKEN="$hs_clerk" BENCH_THREADS="$THREADS" BENCH_PREFIX="/api/v1/staff/hearings/" \
    row "GET /api/v1/staff/hearings/{id} (rotating)" -s bench/rotate-ids.lua "$PORTAL_URL"
  BENCH_IDS="$RESULTS/hearing-pool-1.ids" BENCH_TOKEN="$hs_clerk" BENCH_THREADS="$THREADS" BENCH_PREFIX="/api/v1/staff/hearings/" BENCH_SUFFIX="/actions" \
    row "GET staff/hearings/{id}/actions (rotating)" -s bench/rotate-ids.lua "$PORTAL_URL"
  hs_once "POST staff/hearings/{id}/objections (each once)" POST "/api/v1/staff/hearings/{id}/objections" \
    '{"party":"RESPONDENT","reason":"涉及商业秘密，申请不公开审理（压测）"}' "$RESULTS/hearing-pool-2.ids"
  # "{id}" of the decision's path is "hearing/objections/objection" here: OnceLoad fills one placeholder
  hs_db -c "select o.hearing_id || '/objections/' || o.id from hearings.objections o join hearings.hearings h on h.id = o.hearing_id
            where h.case_number like '%压测第%'" >"$RESULTS/hearing-objections.ids"
  hs_once "POST staff/hearings/{id}/objections/{objectionId}/decision (each once)" POST "/api/v1/staff/hearings/{id}/decision" \
    '{"upheld":false,"reason":"异议理由不成立，依法公开审理（压测）"}' "$RESULTS/hearing-objections.ids"
  BENCH_IDS="$RESULTS/hearing-pool-2.ids" BENCH_THREADS="$THREADS" BENCH_PREFIX="/api/v1/hearings/" \
    row "GET /api/v1/hearings/{id} (public, rotating)" -s bench/rotate-ids.lua "$PORTAL_URL"
  hs_once "POST staff/hearings/{id}/privacy (each once)" POST "/api/v1/staff/hearings/{id}/privacy" \
    '{"publicHearing":false,"ground":"TRADE_SECRET","reason":"涉及商业秘密（压测）"}' "$RESULTS/hearing-pool-3.ids"
  hs_room_body='{"name":"压测审判庭{n}","address":"襄阳市樊城区长虹路 1 号","floor":"3 楼","visitorNote":"请提前 15 分钟到场"}'
  BENCH_TOKEN="$hs_clerk" BENCH_METHOD=POST BENCH_BODY="$hs_room_body" \
    row "POST /api/v1/staff/hearings/rooms (a new room each)" -s bench/rotate-ids.lua "$PORTAL_URL/api/v1/staff/hearings/rooms"
  hs_room=$(curl -fsS -H 'Content-Type: application/json' -H "Authorization: Bearer $hs_clerk" \
    -d '{"name":"压测固定审判庭","address":"襄阳市樊城区长虹路 1 号","floor":"2 楼"}' "$PORTAL_URL/api/v1/staff/hearings/rooms" | bench_json id)
  BENCH_TOKEN="$hs_clerk" BENCH_METHOD=PUT BENCH_BODY='{"name":"压测固定审判庭","address":"襄阳市樊城区长虹路 1 号","floor":"2 楼","visitorNote":"请走东门"}' \
    row "PUT staff/hearings/rooms/{roomId} (same room)" -s bench/rotate-ids.lua "$PORTAL_URL/api/v1/staff/hearings/rooms/$hs_room"
  BENCH_IDS="$RESULTS/hearing-pool-3.ids" BENCH_TOKEN="$hs_clerk" BENCH_THREADS="$THREADS" BENCH_PREFIX="/api/v1/staff/hearings/" BENCH_SUFFIX="/room" \
    BENCH_METHOD=PUT BENCH_BODY="{\"roomId\":\"$hs_room\"}" \
    row "PUT staff/hearings/{id}/room (rotating)" -s bench/rotate-ids.lua "$PORTAL_URL"
  # open days: a new one per request (the clerk's), then a visitor's bookings
  hs_at=$(python3 -c 'import datetime;print((datetime.datetime.now(datetime.timezone.utc)+datetime.timedelta(days=25)).strftime("%Y-%m-%dT02:00:00Z"))')
  BENCH_TOKEN="$hs_clerk" BENCH_METHOD=POST BENCH_BODY="{\"title\":\"压测开放日{n}\",\"startsAt\":\"$hs_at\",\"capacity\":100,\"audience\":\"PUBLIC\"}" \
    row "POST /api/v1/staff/open-days (a new one each)" -s bench/rotate-ids.lua "$PORTAL_URL/api/v1/staff/open-days"
  hs_db -c "select id from hearings.open_days where title like '压测开放日%' order by title limit $HEARING_POOL" >"$RESULTS/open-day-ids.txt"
  hs_phone=$(printf "134%08d" $(( (RANDOM * 32768 + RANDOM) % 100000000 )))
  curl -fsS -H 'Content-Type: application/json' \
    -d "{\"name\":\"压测旁听\",\"phone\":\"$hs_phone\",\"password\":\"bench2026pw\",\"smsCode\":\"$(sms_code "$hs_phone")\"}" \
    "$PORTAL_URL/api/v1/accounts/visitors" >/dev/null
  hs_visitor=$(bench_login "$hs_phone" bench2026pw)
  java bench/OnceLoad.java --url "$PORTAL_URL" --ids "$RESULTS/open-day-ids.txt" --method POST --path "/api/v1/open-days/{id}/bookings" \
    --token "$hs_visitor" --concurrency "$CONNECTIONS" --ping "$PING_RPS" --name "POST open-days/{id}/bookings (visitor, each once)"
  BENCH_IDS="$RESULTS/open-day-ids.txt" BENCH_TOKEN="$hs_visitor" BENCH_THREADS="$THREADS" BENCH_PREFIX="/api/v1/open-days/" BENCH_SUFFIX="/bookings/mine" \
    row "GET open-days/{id}/bookings/mine (rotating)" -s bench/rotate-ids.lua "$PORTAL_URL"
  hs_day=$(head -1 "$RESULTS/open-day-ids.txt")
  BENCH_TOKEN="$hs_clerk" row "GET staff/open-days/{id}/attendees" -s bench/get-token.lua "$PORTAL_URL/api/v1/staff/open-days/$hs_day/attendees"
  hs_booking=$(curl -fsS -H "Authorization: Bearer $hs_clerk" "$PORTAL_URL/api/v1/staff/open-days/$hs_day/attendees" | bench_json 0 bookingId)
  BENCH_TOKEN="$hs_clerk" BENCH_METHOD=POST BENCH_BODY="{\"bookingId\":\"$hs_booking\",\"attended\":true}" \
    row "POST staff/open-days/{id}/attendance (same booking)" -s bench/rotate-ids.lua "$PORTAL_URL/api/v1/staff/open-days/$hs_day/attendance"
  java bench/OnceLoad.java --url "$PORTAL_URL" --ids "$RESULTS/open-day-ids.txt" --method DELETE --path "/api/v1/open-days/{id}/bookings/mine" \
    --token "$hs_visitor" --concurrency "$CONNECTIONS" --ping "$PING_RPS" --name "DELETE open-days/{id}/bookings/mine (each once)"
else
  echo "  staff hearing rows skipped: need the backend run.sh starts and a local psql (fixture)"
fi
