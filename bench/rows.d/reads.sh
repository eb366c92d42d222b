# Reads without a row elsewhere (sourced by bench/run.sh: uses row, PORTAL_URL, RESULTS, BENCH_ADMIN_TOKEN).
#   public     — areas, commissions, hearing filters, local figures (PostgreSQL), the legal calendar, the
#                knowledge base's law list, one law, precedent cases and one of them, the FAQ
#   worker     — the run's worker (its token): the withdrawal notice, its e-service consent, its cases,
#                one draft of its own (GET, then PUT of the same application and the pre-submission checks), and
#                STAFF_POOL drafts created and then deleted, each once
#   staff      — a clerk of fancheng: hearings, rooms, open days, training requests, enterprises (and their CSV)
#   admin      — the assistant's sensitive words, the unanswered-questions report (JSON and CSV), the SMS outbox
# Writes that keep their object's state (PUT the same consent, the same draft) are here too: every request
# writes and audits again.
. bench/accounts.sh
row "GET /api/v1/areas" "$PORTAL_URL/api/v1/areas"
row "GET /api/v1/commissions" "$PORTAL_URL/api/v1/commissions"
row "GET /api/v1/hearings/filters" "$PORTAL_URL/api/v1/hearings/filters"
row "GET /api/v1/local-figures (minimum and average wages)" "$PORTAL_URL/api/v1/local-figures"
row "GET /api/v1/calendar (years available)" "$PORTAL_URL/api/v1/calendar"
row "GET /api/v1/knowledge/laws" "$PORTAL_URL/api/v1/knowledge/laws"
row "GET /api/v1/knowledge/laws/{lawId} (劳动合同法)" "$PORTAL_URL/api/v1/knowledge/laws/labor-contract-law"
row "GET /api/v1/knowledge/cases (precedents)" "$PORTAL_URL/api/v1/knowledge/cases"
kb_case=$(curl -fsS "$PORTAL_URL/api/v1/knowledge/cases" | bench_json cases 0 id)
row "GET /api/v1/knowledge/cases/{id}" "$PORTAL_URL/api/v1/knowledge/cases/$kb_case"
row "GET /api/v1/knowledge/faq" "$PORTAL_URL/api/v1/knowledge/faq"

r_worker=$(bench_worker)
BENCH_TOKEN="$r_worker" row "GET filings/withdrawal-consequence (worker)" -s bench/get-token.lua "$PORTAL_URL/api/v1/filings/withdrawal-consequence"
BENCH_TOKEN="$r_worker" row "GET /api/v1/inbox/consent (worker)" -s bench/get-token.lua "$PORTAL_URL/api/v1/inbox/consent"
BENCH_TOKEN="$r_worker" BENCH_METHOD=PUT BENCH_BODY='{"consented":true}' \
  row "PUT /api/v1/inbox/consent (same answer, audited)" -s bench/rotate-ids.lua "$PORTAL_URL/api/v1/inbox/consent"
BENCH_TOKEN="$r_worker" row "GET /api/v1/cases (worker's own)" -s bench/get-token.lua "$PORTAL_URL/api/v1/cases"
if [ -s "$RESULTS/application.json" ]; then r_app=$(cat "$RESULTS/application.json"); else
  r_app=$(python3 -c '
import datetime, json
t = datetime.date.today()
print(json.dumps({"procedure": "MEDIATION",
  "applicant": {"address": "襄阳市樊城区人民路 1 号", "gender": "MALE", "occupation": "焊工"},
  "respondents": [{"name": "襄阳某某机械有限公司", "creditCode": "'"$(bench_credit_code)"'", "address": "襄阳市襄城区檀溪路 9 号",
    "legalRepresentative": "李某", "legalRepresentativeTitle": "总经理", "areaCode": "xiangcheng"}],
  "employment": {"startDate": str(t.replace(year=t.year - 1)), "job": "焊工", "monthlyWage": "4500.00", "writtenContract": False,
    "workAreaCode": "fancheng", "workplace": "春园路 18 号车间"},
  "claims": [{"type": "UNPAID_WAGES", "amount": "13500.00", "periodFrom": str(t.replace(day=1) - datetime.timedelta(days=90)),
    "periodTo": str(t.replace(day=1) - datetime.timedelta(days=1))}]}, ensure_ascii=False))')
fi
r_draft=$(curl -fsS -H 'Content-Type: application/json' -H "Authorization: Bearer $r_worker" -d "$r_app" "$PORTAL_URL/api/v1/filings" | bench_json id)
BENCH_TOKEN="$r_worker" row "GET /api/v1/filings/{id} (own draft)" -s bench/get-token.lua "$PORTAL_URL/api/v1/filings/$r_draft"
BENCH_TOKEN="$r_worker" BENCH_METHOD=PUT BENCH_BODY="$r_app" \
  row "PUT /api/v1/filings/{id} (the same application)" -s bench/rotate-ids.lua "$PORTAL_URL/api/v1/filings/$r_draft"
BENCH_TOKEN="$r_worker" BENCH_METHOD=POST \
  row "POST filings/{id}/checks (pre-submission checks)" -s bench/rotate-ids.lua "$PORTAL_URL/api/v1/filings/$r_draft/checks"

r_clerk=$(bench_staff CLERK)
BENCH_TOKEN="$r_clerk" row "GET /api/v1/staff/hearings (clerk)" -s bench/get-token.lua "$PORTAL_URL/api/v1/staff/hearings"
BENCH_TOKEN="$r_clerk" row "GET /api/v1/staff/hearings/rooms" -s bench/get-token.lua "$PORTAL_URL/api/v1/staff/hearings/rooms"
BENCH_TOKEN="$r_clerk" row "GET /api/v1/staff/open-days" -s bench/get-token.lua "$PORTAL_URL/api/v1/staff/open-days"
BENCH_TOKEN="$r_clerk" row "GET staff/compliance/training-requests" -s bench/get-token.lua "$PORTAL_URL/api/v1/staff/compliance/training-requests"
BENCH_TOKEN="$r_clerk" row "GET /api/v1/staff/enterprises" -s bench/get-token.lua "$PORTAL_URL/api/v1/staff/enterprises"
BENCH_TOKEN="$r_clerk" row "GET staff/enterprises/export.csv" -s bench/get-token.lua "$PORTAL_URL/api/v1/staff/enterprises/export.csv"

BENCH_TOKEN="$BENCH_ADMIN_TOKEN" row "GET staff/assistant/sensitive-words (admin)" -s bench/get-token.lua "$PORTAL_URL/api/v1/staff/assistant/sensitive-words"
# the same list back: a real replace (validated, stored, the filter reloaded) that changes nothing
r_words=$(curl -fsS -H "Authorization: Bearer $BENCH_ADMIN_TOKEN" "$PORTAL_URL/api/v1/staff/assistant/sensitive-words")
BENCH_TOKEN="$BENCH_ADMIN_TOKEN" BENCH_METHOD=PUT BENCH_BODY="$r_words" \
  row "PUT staff/assistant/sensitive-words (same list)" -s bench/rotate-ids.lua "$PORTAL_URL/api/v1/staff/assistant/sensitive-words"
BENCH_TOKEN="$BENCH_ADMIN_TOKEN" row "GET staff/assistant/unanswered (report)" -s bench/get-token.lua "$PORTAL_URL/api/v1/staff/assistant/unanswered"
BENCH_TOKEN="$BENCH_ADMIN_TOKEN" row "GET staff/assistant/unanswered.csv" -s bench/get-token.lua "$PORTAL_URL/api/v1/staff/assistant/unanswered.csv"
BENCH_TOKEN="$BENCH_ADMIN_TOKEN" row "GET /api/v1/staff/sms-outbox?phone=…" -s bench/get-token.lua "$PORTAL_URL/api/v1/staff/sms-outbox?phone=$(echo "$BENCH_LOGIN_BODY" | bench_json account)"
# drafts deleted, each once: STAFF_POOL (default 200) complete drafts of the worker created first (a measured row
# too: one request per draft), then each deleted
r_n="${STAFF_POOL:-200}"
seq "$r_n" | sed "s/^/$r_worker /" >"$RESULTS/draft-slots.txt"
java bench/OnceLoad.java --url "$PORTAL_URL" --ids "$RESULTS/draft-slots.txt" --method POST --path "/api/v1/filings" --body "$r_app" \
  --concurrency "$CONNECTIONS" --ping "$PING_RPS" --name "POST /api/v1/filings (a complete draft, $r_n once each)"
curl -fsS -H "Authorization: Bearer $r_worker" "$PORTAL_URL/api/v1/cases" |
  python3 -c 'import json,sys; [print(sys.argv[1], c["id"]) for c in json.load(sys.stdin) if c.get("status") == "DRAFT"]' "$r_worker" >"$RESULTS/drafts.txt"
java bench/OnceLoad.java --url "$PORTAL_URL" --ids "$RESULTS/drafts.txt" --method DELETE --path "/api/v1/filings/{id}" \
  --concurrency "$CONNECTIONS" --ping "$PING_RPS" --name "DELETE /api/v1/filings/{id} (each draft once)"
