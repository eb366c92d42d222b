# Open-day and visitor-account rows (sourced by bench/run.sh: uses row, sms_code, PORTAL_URL, HOME_DIR).
#   list     — GET /api/v1/open-days, the public list (one open day of fancheng, created here by a clerk)
#   one      — GET /api/v1/open-days/{id}
#   visitor  — a 公众 account registered here (SMS code from the outbox): GET /api/v1/accounts/me and
#              GET /api/v1/open-days/bookings/mine with its token, after it booked the open day once
admin_password="${BENCH_ADMIN_PASSWORD:-$(cat "${HOME_DIR:-/nonexistent}/admin-password" 2>/dev/null || true)}"
if [ -n "$admin_password" ]; then
  json() { python3 -c 'import json,sys;print(json.load(sys.stdin)[sys.argv[1]])' "$1"; }
  admin_token=$(curl -fsS -X POST -H 'Content-Type: application/json' \
    -d "{\"account\":\"admin\",\"password\":\"$admin_password\"}" "$PORTAL_URL/api/v1/sessions" | json token)
  od_clerk="bench-od-clerk-$RANDOM"
  curl -fsS -X POST -H 'Content-Type: application/json' -H "Authorization: Bearer $admin_token" \
    -d "{\"username\":\"$od_clerk\",\"displayName\":\"压测书记员\",\"role\":\"CLERK\",\"commissionId\":\"fancheng\",\"password\":\"bench-clerk-2026\"}" \
    "$PORTAL_URL/api/v1/staff/accounts" >/dev/null
  od_token=$(curl -fsS -X POST -H 'Content-Type: application/json' \
    -d "{\"account\":\"$od_clerk\",\"password\":\"bench-clerk-2026\"}" "$PORTAL_URL/api/v1/sessions" | json token)
  od_at=$(python3 -c 'import datetime;print((datetime.datetime.now(datetime.timezone.utc)+datetime.timedelta(days=20)).strftime("%Y-%m-%dT02:00:00Z"))')
  open_day=$(curl -fsS -X POST -H 'Content-Type: application/json' -H "Authorization: Bearer $od_token" \
    -d "{\"title\":\"压测开放日\",\"startsAt\":\"$od_at\",\"capacity\":10000,\"audience\":\"PUBLIC\"}" \
    "$PORTAL_URL/api/v1/staff/open-days" | json id)
  row "GET /api/v1/open-days (public list)" "$PORTAL_URL/api/v1/open-days"
  row "GET /api/v1/open-days/{id}" "$PORTAL_URL/api/v1/open-days/$open_day"
  v_phone=$(printf "136%08d" $(( ($(date +%s) + 7) % 100000000 )))
  curl -fsS -H 'Content-Type: application/json' \
    -d "{\"name\":\"压测公众\",\"phone\":\"$v_phone\",\"password\":\"bench2026pw\",\"smsCode\":\"$(sms_code "$v_phone")\"}" \
    "$PORTAL_URL/api/v1/accounts/visitors" >/dev/null
  v_token=$(curl -fsS -X POST -H 'Content-Type: application/json' \
    -d "{\"account\":\"$v_phone\",\"password\":\"bench2026pw\"}" "$PORTAL_URL/api/v1/sessions" | json token)
  curl -fsS -X POST -H 'Content-Type: application/json' -H "Authorization: Bearer $v_token" -d '{}' \
    "$PORTAL_URL/api/v1/open-days/$open_day/bookings" >/dev/null || true
  BENCH_TOKEN="$v_token" row "GET /api/v1/accounts/me (visitor)" -s bench/get-token.lua "$PORTAL_URL/api/v1/accounts/me"
  BENCH_TOKEN="$v_token" row "GET /api/v1/open-days/bookings/mine (visitor)" -s bench/get-token.lua "$PORTAL_URL/api/v1/open-days/bookings/mine"
else
  echo "  open-day rows skipped: no administrator password (BENCH_ADMIN_PASSWORD)"
fi
