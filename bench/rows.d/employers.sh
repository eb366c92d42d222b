# Employer account rows (sourced by bench/run.sh: uses row, sms_code, PORTAL_URL, RESULTS, THREADS, CONNECTIONS,
# PING_RPS, BENCH_ADMIN_TOKEN). An employer registered here (one SMS code, one Argon2id hash) and verified
# (a licence uploaded, an administrator's approval): setup. Then
#   account     — its verification status, its colleagues, an invitation for a colleague (a new one each request),
#                 a wrong 案件查询码 (the rate limit's refusal), an impostor report on a second account of its code
#   check-up    — its saved check-up draft (PUT, GET, DELETE: every request writes or reads the draft row), a
#                 saved check-up (save=true: evaluated and stored, a new one each request), the list of its
#                 check-ups and one of them, its training requests (a new one each, with a fresh Idempotency-Key
#                 absent: each is a request of its own) and their list
#   staff       — a clerk of the city commission (xiangyang: it receives the requests of enterprises no district
#                 registry lists): the training requests scheduled, then their attendance, each once (bench/OnceLoad.java)
. bench/accounts.sh
read -r em_token em_code <<<"$(bench_employer)"
bench_verify_employer "$em_token" "$em_code"
BENCH_TOKEN="$em_token" row "GET accounts/employers/verification (status)" -s bench/get-token.lua "$PORTAL_URL/api/v1/accounts/employers/verification"
BENCH_TOKEN="$em_token" row "GET accounts/employers/colleagues" -s bench/get-token.lua "$PORTAL_URL/api/v1/accounts/employers/colleagues"
BENCH_TOKEN="$em_token" BENCH_METHOD=POST \
  row "POST accounts/employers/invitations (a new one each)" -s bench/rotate-ids.lua "$PORTAL_URL/api/v1/accounts/employers/invitations"
# 案件查询码: 10 tries an hour per account (a brute-force guard), so a row can only measure the refusal path: a wrong
# code (400 for the first 10, then 429; every answer non-2xx). The code that links a case is printed on the served
# notice of a case naming the company, one per case and respondent: that path is the tests' (EmployerAccessIntegrationTests).
BENCH_TOKEN="$em_token" BENCH_METHOD=POST BENCH_BODY='{"code":"AAAA-BBBB-CCCC"}' \
  row "POST accounts/employers/case-codes (wrong code: 400, then 429)" -s bench/rotate-ids.lua "$PORTAL_URL/api/v1/accounts/employers/case-codes"
# An impostor report: a second account registered with the same credit code (setup: one more SMS code and Argon2id
# hash each), reported by the first, a new report (a row and an audit entry) each request.
read -r ir_token ir_code <<<"$(bench_employer)"
bench_employer "$ir_code" >/dev/null
BENCH_TOKEN="$ir_token" BENCH_METHOD=POST BENCH_BODY='{"reason":"本单位从未注册这个账号（压测 {n}）"}' \
  row "POST accounts/employers/impostor-reports (a new report each)" -s bench/rotate-ids.lua "$PORTAL_URL/api/v1/accounts/employers/impostor-reports"
em_draft='{"answers":{"profile.headcount":150,"profile.area":"fancheng","contracts.all-written":"no","wages.on-time":"yes"},"step":3}'
BENCH_TOKEN="$em_token" BENCH_METHOD=PUT BENCH_BODY="$em_draft" \
  row "PUT /api/v1/compliance/draft (check-up in progress)" -s bench/rotate-ids.lua "$PORTAL_URL/api/v1/compliance/draft"
BENCH_TOKEN="$em_token" row "GET /api/v1/compliance/draft" -s bench/get-token.lua "$PORTAL_URL/api/v1/compliance/draft"
BENCH_TOKEN="$em_token" BENCH_METHOD=DELETE \
  row "DELETE /api/v1/compliance/draft" -s bench/rotate-ids.lua "$PORTAL_URL/api/v1/compliance/draft"
if [ ! -s "$RESULTS/checkup.json" ]; then
  echo "  saved check-up rows skipped: run them with compliance (it writes $RESULTS/checkup.json), e.g. ONLY=\"compliance employers\""
else
  em_saved=$(python3 -c 'import json,sys; b = json.load(open(sys.argv[1])); b["save"] = True; print(json.dumps(b, ensure_ascii=False))' "$RESULTS/checkup.json")
  BENCH_TOKEN="$em_token" BENCH_BODY="$em_saved" \
    row "POST compliance/checkups (saved, a new one each)" -s bench/post-json.lua "$PORTAL_URL/api/v1/compliance/checkups"
  BENCH_TOKEN="$em_token" row "GET /api/v1/compliance/checkups (employer's own)" -s bench/get-token.lua "$PORTAL_URL/api/v1/compliance/checkups"
  em_checkup=$(curl -fsS -H "Authorization: Bearer $em_token" "$PORTAL_URL/api/v1/compliance/checkups" | bench_json 0 id)
  BENCH_TOKEN="$em_token" row "GET /api/v1/compliance/checkups/{id}" -s bench/get-token.lua "$PORTAL_URL/api/v1/compliance/checkups/$em_checkup"
  BENCH_TOKEN="$em_token" BENCH_METHOD=PUT BENCH_BODY='{"share":true}' \
    row "PUT compliance/checkups/{id}/share (same answer)" -s bench/rotate-ids.lua "$PORTAL_URL/api/v1/compliance/checkups/$em_checkup/share"
fi
em_dates=$(python3 -c 'import datetime;d=datetime.date.today();print("\"%s\",\"%s\"" % (d+datetime.timedelta(days=20), d+datetime.timedelta(days=27)))')
BENCH_TOKEN="$em_token" BENCH_METHOD=POST \
  BENCH_BODY="{\"topics\":[\"劳动合同订立\",\"加班与工时\"],\"headcount\":30,\"preferredDates\":[$em_dates],\"contactName\":\"压测\",\"contactPhone\":\"0710-3456789\",\"note\":\"压测 {n}\"}" \
  row "POST compliance/training-requests (a new one each)" -s bench/rotate-ids.lua "$PORTAL_URL/api/v1/compliance/training-requests"
BENCH_TOKEN="$em_token" row "GET /api/v1/compliance/training-requests" -s bench/get-token.lua "$PORTAL_URL/api/v1/compliance/training-requests"
em_clerk=$(bench_staff CLERK xiangyang)
curl -fsS -H "Authorization: Bearer $em_clerk" "$PORTAL_URL/api/v1/staff/compliance/training-requests" |
  python3 -c 'import json,sys; [print(t["id"]) for t in json.load(sys.stdin)[:200]]' >"$RESULTS/training-ids.txt"
em_day=$(python3 -c 'import datetime;print(datetime.date.today()+datetime.timedelta(days=21))')
java bench/OnceLoad.java --url "$PORTAL_URL" --ids "$RESULTS/training-ids.txt" --method POST --path "/api/v1/staff/compliance/training-requests/{id}/schedule" \
  --body "{\"date\":\"$em_day\",\"location\":\"樊城区仲裁院三楼培训室\",\"trainer\":\"压测讲师\"}" --token "$em_clerk" \
  --concurrency "$CONNECTIONS" --ping "$PING_RPS" --name "POST staff/compliance/training-requests/{id}/schedule (each once)"
java bench/OnceLoad.java --url "$PORTAL_URL" --ids "$RESULTS/training-ids.txt" --method POST --path "/api/v1/staff/compliance/training-requests/{id}/attendance" \
  --body '{"attended":25}' --token "$em_clerk" \
  --concurrency "$CONNECTIONS" --ping "$PING_RPS" --name "POST staff/compliance/training-requests/{id}/attendance (each once)"
# The staff's decisions on employers: EMPLOYER_POOL employers (default 20: each registration is an SMS code and an
# Argon2id hash) register and upload a licence (setup); an administrator approves each once, then suspends each once.
EMPLOYER_POOL="${EMPLOYER_POOL:-20}"
for _ in $(seq "$EMPLOYER_POOL"); do
  read -r ep_token ep_code <<<"$(bench_employer)"
  curl -fsS -H "Authorization: Bearer $ep_token" -F "licence=@$RESULTS/licence.png;type=image/png" \
    "$PORTAL_URL/api/v1/accounts/employers/verification" >/dev/null
  echo "$ep_code"
done >"$RESULTS/employer-codes.txt"
curl -fsS -H "Authorization: Bearer $BENCH_ADMIN_TOKEN" "$PORTAL_URL/api/v1/staff/employers?state=PENDING" |
  python3 -c 'import json,sys; codes = set(open(sys.argv[1]).read().split()); [print(e["id"]) for e in json.load(sys.stdin) if e["creditCode"] in codes]' \
  "$RESULTS/employer-codes.txt" >"$RESULTS/employer-ids.txt"
java bench/OnceLoad.java --url "$PORTAL_URL" --ids "$RESULTS/employer-ids.txt" --method POST --path "/api/v1/staff/employers/{id}/verification" \
  --body '{"decision":"APPROVE"}' --token "$BENCH_ADMIN_TOKEN" \
  --concurrency "$CONNECTIONS" --ping "$PING_RPS" --name "POST staff/employers/{id}/verification (approve, each once)"
java bench/OnceLoad.java --url "$PORTAL_URL" --ids "$RESULTS/employer-ids.txt" --method POST --path "/api/v1/staff/employers/{id}/suspension" \
  --body '{"reason":"冒用他人单位名义注册（压测）"}' --token "$BENCH_ADMIN_TOKEN" \
  --concurrency "$CONNECTIONS" --ping "$PING_RPS" --name "POST staff/employers/{id}/suspension (each once)"
