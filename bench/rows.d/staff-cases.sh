# Staff case rows (sourced by bench/run.sh after filing.sh, whose submitted cases are all at fancheng).
#   queue    — GET /api/v1/staff/cases: the commission's whole queue, each case with its deadlines (counted on
#              the legal calendar with their explanations and citations) and its NEAR/OVERDUE flags.
#   service  — POST /api/v1/staff/cases/{id}/service on one accepted case: the first call records the service,
#              every later one is the transition table's 409 ("已记录送达"), so this row measures the refusal path
#              (non-2xx = requests - 1 is expected).
# Needs an administrator to create the clerk: the backend started by run.sh writes its password into
# PORTAL_HOME; against another backend set BENCH_ADMIN_PASSWORD.
admin_password="${BENCH_ADMIN_PASSWORD:-$(cat "${HOME_DIR:-/nonexistent}/admin-password" 2>/dev/null || true)}"
if [ -n "$admin_password" ] && [ -s "$RESULTS/cases.txt" ]; then
  json() { python3 -c 'import json,sys;print(json.load(sys.stdin)[sys.argv[1]])' "$1"; }
  admin_token=$(curl -fsS -X POST -H 'Content-Type: application/json' \
    -d "{\"account\":\"admin\",\"password\":\"$admin_password\"}" "$PORTAL_URL/api/v1/sessions" | json token)
  clerk="bench-clerk-$RANDOM"
  curl -fsS -X POST -H 'Content-Type: application/json' -H "Authorization: Bearer $admin_token" \
    -d "{\"username\":\"$clerk\",\"displayName\":\"压测书记员\",\"role\":\"CLERK\",\"commissionId\":\"fancheng\",\"password\":\"bench-clerk-2026\"}" \
    "$PORTAL_URL/api/v1/staff/accounts" >/dev/null
  clerk_token=$(curl -fsS -X POST -H 'Content-Type: application/json' \
    -d "{\"account\":\"$clerk\",\"password\":\"bench-clerk-2026\"}" "$PORTAL_URL/api/v1/sessions" | json token)
  BENCH_TOKEN="$clerk_token" row "GET /api/v1/staff/cases (queue with deadlines)" -s bench/get-token.lua "$PORTAL_URL/api/v1/staff/cases"
  case_id=$(head -1 "$RESULTS/cases.txt" | cut -d' ' -f2)
  curl -fsS -X POST -H 'Content-Type: application/json' -H "Authorization: Bearer $clerk_token" -d '{}' \
    "$PORTAL_URL/api/v1/staff/cases/$case_id/accept" >/dev/null
  BENCH_TOKEN="$clerk_token" BENCH_BODY="{\"servedOn\":\"$(TZ=Asia/Shanghai date +%F)\",\"method\":\"PAPER\"}" \
    row "POST staff/cases/{id}/service (409 after the 1st)" -s bench/post-json.lua "$PORTAL_URL/api/v1/staff/cases/$case_id/service"
else
  echo "  staff case rows skipped: no administrator password (BENCH_ADMIN_PASSWORD) or no submitted cases"
fi
