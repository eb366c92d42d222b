# The staff console's case actions (sourced by bench/run.sh: uses row, PORTAL_URL, RESULTS, THREADS,
# CONNECTIONS, PING_RPS, BENCH_ADMIN_TOKEN). Its own cases: bench/FilingLoad.java submits STAFF_POOL × 5
# applications at fancheng first (setup, its numbers are not shown: the filing row measures that), split
# into pools of STAFF_POOL cases (default 200), each walked through the transition table:
#   pool 1  request-correction, then reject            pool 2  the applicant withdraws (owner's token)
#   pools 3–5 accept; on all of them the reads (case, audit, assignees) and the actions that keep the state
#             (assign; period-events CHANGE_CLAIMS by an arbitrator: every request is a real transition
#             with its audit entry), rotating over the cases; then
#   pool 3  mediation START, then AGREEMENT on half of it, and on the other half an extension request
#           (once per case: a second one is 409 "已申请延长") and the director's approval
#   pool 4  arbitration, then a hearing scheduled, an award by an arbitrator, close
#   pool 5  the rotating rows (kept in the state ACCEPTED), then its acceptance notices served on paper, each once
# A step the table allows once per case is a bench/OnceLoad.java row: each case of its pool once, at most
# CONNECTIONS in flight; req/s is over that wave (STAFF_POOL requests), so it is noisier than a wrk row.
. bench/accounts.sh
STAFF_POOL="${STAFF_POOL:-200}"
java bench/FilingLoad.java --url "$PORTAL_URL" --drafts $(( STAFF_POOL * 5 )) --workers 4 --concurrency "$CONNECTIONS" \
  --area fancheng --cases-out "$RESULTS/staff-actions-cases.txt" --name "setup: cases for staff-actions" >"$RESULTS/staff-actions-filing.txt" 2>&1
sa_pool() { sed -n "$(( ($1 - 1) * STAFF_POOL + 1 )),$(( $1 * STAFF_POOL ))p" "$RESULTS/staff-actions-cases.txt"; }
for p in 1 2 3 4 5; do sa_pool $p >"$RESULTS/staff-pool-$p.txt"; cut -d' ' -f2 "$RESULTS/staff-pool-$p.txt" >"$RESULTS/staff-pool-$p.ids"; done
cat "$RESULTS"/staff-pool-{3,4,5}.ids >"$RESULTS/staff-pool-accepted.ids"
sa_clerk=$(bench_staff CLERK)
sa_arbitrator=$(bench_staff ARBITRATOR)
sa_director=$(bench_staff DIRECTOR)
once() { # name, method, path, body, ids file [token]
  java bench/OnceLoad.java --url "$PORTAL_URL" --ids "$5" --method "$2" --path "$3" --body "$4" --token "${6:-$sa_clerk}" \
    --concurrency "$CONNECTIONS" --ping "$PING_RPS" --name "$1"
}
today=$(TZ=Asia/Shanghai date +%F)
once "POST staff/cases/{id}/request-correction (each once)" POST "/api/v1/staff/cases/{id}/request-correction" \
  '{"items":["请补充劳动合同或者工资条等证明劳动关系的材料"],"note":"压测"}' "$RESULTS/staff-pool-1.ids"
once "POST staff/cases/{id}/reject (each once)" POST "/api/v1/staff/cases/{id}/reject" '{"reasons":"申请人未在补正期限内补正（压测）"}' "$RESULTS/staff-pool-1.ids"
# the applicant's own token on each line ("token id")
once "POST filings/{id}/withdraw (owner, each once)" POST "/api/v1/filings/{id}/withdraw" '{"reason":"已和解"}' "$RESULTS/staff-pool-2.txt"
once "POST staff/cases/{id}/accept (each once)" POST "/api/v1/staff/cases/{id}/accept" '{}' "$RESULTS/staff-pool-accepted.ids"
BENCH_IDS="$RESULTS/staff-pool-accepted.ids" BENCH_TOKEN="$sa_clerk" BENCH_THREADS="$THREADS" BENCH_PREFIX="/api/v1/staff/cases/" \
  row "GET /api/v1/staff/cases/{id} (rotating)" -s bench/rotate-ids.lua "$PORTAL_URL"
BENCH_IDS="$RESULTS/staff-pool-accepted.ids" BENCH_TOKEN="$sa_clerk" BENCH_THREADS="$THREADS" BENCH_PREFIX="/api/v1/staff/cases/" BENCH_SUFFIX="/audit" \
  row "GET staff/cases/{id}/audit (rotating)" -s bench/rotate-ids.lua "$PORTAL_URL"
BENCH_IDS="$RESULTS/staff-pool-accepted.ids" BENCH_TOKEN="$sa_clerk" BENCH_THREADS="$THREADS" BENCH_PREFIX="/api/v1/staff/cases/" BENCH_SUFFIX="/assignees" \
  row "GET staff/cases/{id}/assignees (rotating)" -s bench/rotate-ids.lua "$PORTAL_URL"
sa_first=$(head -1 "$RESULTS/staff-pool-accepted.ids")
sa_assignee=$(curl -fsS -H "Authorization: Bearer $sa_clerk" "$PORTAL_URL/api/v1/staff/cases/$sa_first/assignees" | bench_json 0 id)
BENCH_IDS="$RESULTS/staff-pool-accepted.ids" BENCH_TOKEN="$sa_clerk" BENCH_THREADS="$THREADS" BENCH_PREFIX="/api/v1/staff/cases/" BENCH_SUFFIX="/assign" \
  BENCH_METHOD=POST BENCH_BODY="{\"staffId\":\"$sa_assignee\"}" \
  row "POST staff/cases/{id}/assign (rotating)" -s bench/rotate-ids.lua "$PORTAL_URL"
# 办案规则 第四十四条: the tribunal accepts changed claims, so an arbitrator; the award period restarts each time
BENCH_IDS="$RESULTS/staff-pool-accepted.ids" BENCH_TOKEN="$sa_arbitrator" BENCH_THREADS="$THREADS" BENCH_PREFIX="/api/v1/staff/cases/" BENCH_SUFFIX="/period-events" \
  BENCH_METHOD=POST BENCH_BODY="{\"action\":\"CHANGE_CLAIMS\",\"on\":\"$today\",\"reason\":\"申请人增加仲裁请求（压测）\"}" \
  row "POST staff/cases/{id}/period-events (rotating)" -s bench/rotate-ids.lua "$PORTAL_URL"
# pool 3: mediation
once "POST staff/cases/{id}/mediation (START, each once)" POST "/api/v1/staff/cases/{id}/mediation" '{"action":"START"}' "$RESULTS/staff-pool-3.ids"
head -n $(( STAFF_POOL / 2 )) "$RESULTS/staff-pool-3.ids" >"$RESULTS/staff-pool-3a.ids"; tail -n +$(( STAFF_POOL / 2 + 1 )) "$RESULTS/staff-pool-3.ids" >"$RESULTS/staff-pool-3b.ids"
once "POST staff/cases/{id}/mediation (AGREEMENT, each once)" POST "/api/v1/staff/cases/{id}/mediation" \
  '{"action":"AGREEMENT","terms":"被申请人于十日内支付申请人工资 13500 元（压测）"}' "$RESULTS/staff-pool-3a.ids"
once "POST staff/cases/{id}/extension-request (each once)" POST "/api/v1/staff/cases/{id}/extension-request" \
  '{"reason":"案情复杂，需要补充鉴定（压测）"}' "$RESULTS/staff-pool-3b.ids"
once "POST staff/cases/{id}/extension (director, each once)" POST "/api/v1/staff/cases/{id}/extension" \
  '{"reason":"案情复杂，经主任批准延长十五日（压测）"}' "$RESULTS/staff-pool-3b.ids" "$sa_director"
# pool 4: arbitration to close
sa_hearing_at=$(python3 -c 'import datetime;print((datetime.datetime.now(datetime.timezone.utc)+datetime.timedelta(days=10)).strftime("%Y-%m-%dT01:30:00Z"))')
once "POST staff/cases/{id}/arbitration (each once)" POST "/api/v1/staff/cases/{id}/arbitration" '{"reason":"调解不成（压测）"}' "$RESULTS/staff-pool-4.ids"
once "POST staff/cases/{id}/hearings (schedule, each once)" POST "/api/v1/staff/cases/{id}/hearings" \
  "{\"room\":\"第一仲裁庭\",\"startsAt\":\"$sa_hearing_at\"}" "$RESULTS/staff-pool-4.ids"
once "POST staff/cases/{id}/award (arbitrator, each once)" POST "/api/v1/staff/cases/{id}/award" \
  '{"summary":"被申请人于本裁决生效之日起十日内支付申请人工资 13500 元（压测）","finalAward":true}' "$RESULTS/staff-pool-4.ids" "$sa_arbitrator"
once "POST staff/cases/{id}/close (each once)" POST "/api/v1/staff/cases/{id}/close" '' "$RESULTS/staff-pool-4.ids"
# the applicants' notices (receipts, acceptance, correction, award…): marked read, rotating over them with their
# owners' tokens (the first reading records the time of service, later ones keep it: the same update each time)
for t in $(cut -d' ' -f1 "$RESULTS/staff-actions-cases.txt" | sort -u); do
  curl -fsS -H "Authorization: Bearer $t" "$PORTAL_URL/api/v1/inbox" | python3 -c 'import json,sys; [print(sys.argv[1], m["id"]) for m in json.load(sys.stdin)]' "$t"
done >"$RESULTS/inbox-messages.txt"
BENCH_IDS="$RESULTS/inbox-messages.txt" BENCH_THREADS="$THREADS" BENCH_PREFIX="/api/v1/inbox/" BENCH_SUFFIX="/read" BENCH_METHOD=POST \
  row "POST /api/v1/inbox/{id}/read (rotating)" -s bench/rotate-ids.lua "$PORTAL_URL"
# pool 5: the acceptance notice (受理通知书) of each case served on paper to the applicant, once per case (a second
# record of the same document and party is 409: the first signature stands)
for id in $(cat "$RESULTS/staff-pool-5.ids"); do
  curl -fsS -H "Authorization: Bearer $sa_clerk" "$PORTAL_URL/api/v1/staff/cases/$id" |
    python3 -c 'import json,sys; d = json.load(sys.stdin); print(d["id"] + "/documents/" + next(x["id"] for x in d["documents"] if x["kind"] == "ACCEPTANCE_NOTICE"))'
done >"$RESULTS/acceptance-notices.txt"
# "{id}" of the path is "case/documents/document" here: OnceLoad fills one placeholder
once "POST staff/cases/{id}/documents/{documentId}/service (each once)" POST "/api/v1/staff/cases/{id}/service" \
  "{\"party\":\"APPLICANT\",\"servedOn\":\"$today\"}" "$RESULTS/acceptance-notices.txt"
