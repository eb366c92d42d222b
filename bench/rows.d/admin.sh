# Rows of the registries staff keep, and the assistant's feedback (sourced by bench/run.sh: uses row, PORTAL_URL,
# RESULTS, THREADS, CONNECTIONS, PING_RPS, BENCH_ADMIN_TOKEN).
#   enterprises — a clerk of fancheng adds ENTERPRISE_POOL served enterprises (default 200), each with its own valid
#                 统一社会信用代码, once each (bench/OnceLoad.java); then one of them read and edited again and again
#   feedback    — "was this answer helpful": a visitor's feedback on answered questions, rotating over their messages
#   figures     — an administrator writes the newest minimum wage standard, one area tier and the 2026 calendar back
#                 unchanged (see below)
. bench/accounts.sh
ENTERPRISE_POOL="${ENTERPRISE_POOL:-200}"
ad_clerk=$(bench_staff CLERK)
for _ in $(seq "$ENTERPRISE_POOL"); do bench_credit_code; done | sort -u >"$RESULTS/enterprise-codes.txt"
ad_body='{"creditCode":"{id}","name":"襄阳压测企业{n}","areaCode":"fancheng","industry":"制造业","headcount":120,"contactName":"压测","contactPhone":"0710-3456789","assignedName":"压测仲裁员","assignedRole":"ARBITRATOR"}'
java bench/OnceLoad.java --url "$PORTAL_URL" --ids "$RESULTS/enterprise-codes.txt" --method POST --path "/api/v1/staff/enterprises" \
  --body "$ad_body" --token "$ad_clerk" --concurrency "$CONNECTIONS" --ping "$PING_RPS" --name "POST /api/v1/staff/enterprises (each once)"
read -r ad_enterprise ad_code <<<"$(curl -fsS -H "Authorization: Bearer $ad_clerk" "$PORTAL_URL/api/v1/staff/enterprises" |
  python3 -c 'import json,sys; e = json.load(sys.stdin)[0]["enterprise"]; print(e["id"], e["creditCode"])')"
BENCH_TOKEN="$ad_clerk" row "GET /api/v1/staff/enterprises/{id}" -s bench/get-token.lua "$PORTAL_URL/api/v1/staff/enterprises/$ad_enterprise"
BENCH_TOKEN="$ad_clerk" BENCH_METHOD=PUT \
  BENCH_BODY="{\"creditCode\":\"$ad_code\",\"name\":\"襄阳压测企业（更名）\",\"areaCode\":\"fancheng\",\"industry\":\"制造业\",\"headcount\":121,\"contactName\":\"压测\",\"contactPhone\":\"0710-3456789\"}" \
  row "PUT staff/enterprises/{id} (same enterprise)" -s bench/rotate-ids.lua "$PORTAL_URL/api/v1/staff/enterprises/$ad_enterprise"
# 20 answered questions (the offline composer unless an LLM is configured), then feedback on them in turn
ad_conversation=$(curl -fsS -X POST "$PORTAL_URL/api/v1/assistant/conversations" | bench_json id)
for q in 公司不跟我签劳动合同能要双倍工资吗 加班费怎么算 试用期可以随便辞退吗 公司拖欠工资怎么办 年休假没休能要钱吗; do
  for i in 1 2 3 4; do
    curl -fsS -H 'Content-Type: application/json' -H 'Accept: application/json' -d "{\"text\":\"$q（$i）\"}" \
      "$PORTAL_URL/api/v1/assistant/conversations/$ad_conversation/messages" | bench_json messageId
  done
done >"$RESULTS/answer-ids.txt"
BENCH_IDS="$RESULTS/answer-ids.txt" BENCH_THREADS="$THREADS" BENCH_PREFIX="/api/v1/assistant/messages/" BENCH_SUFFIX="/feedback" \
  BENCH_METHOD=POST BENCH_BODY='{"helpful":false,"reason":"没有说明仲裁时效（压测）"}' \
  row "POST assistant/messages/{messageId}/feedback (rotating)" -s bench/rotate-ids.lua "$PORTAL_URL"
# An administrator writes figures back as they are (validated, stored, audited, caches dropped; nothing changes):
# the newest minimum wage standard, one area's tier of it, and the legal calendar of 2026. Against a real backend
# (PORTAL_URL) these are writes of its own figures by its administrator: the same values, but an audit entry each.
read -r ad_effective ad_area ad_tier <<<"$(curl -fsS "$PORTAL_URL/api/v1/local-figures" |
  python3 -c 'import json,sys; s = json.load(sys.stdin)["minimumWage"][0]; a = next(a for a in s["areas"] if a.get("tier")); print(s["effective"], a["areaCode"], a["tier"])')"
ad_standard=$(curl -fsS "$PORTAL_URL/api/v1/local-figures" | python3 -c '
import json, sys
s = json.load(sys.stdin)["minimumWage"][0]
print(json.dumps({"source": s["source"], "verified": s["verified"], "note": s.get("note"),
                  "tiers": [{"tier": t["tier"], "monthly": t["monthly"], "hourly": t.get("hourly")} for t in s["tiers"]],
                  "areas": {a["areaCode"]: a.get("tier") for a in s["areas"]}}, ensure_ascii=False))')
BENCH_TOKEN="$BENCH_ADMIN_TOKEN" BENCH_METHOD=PUT BENCH_BODY="$ad_standard" \
  row "PUT staff/local-figures/minimum-wage/{effective} (same)" -s bench/rotate-ids.lua "$PORTAL_URL/api/v1/staff/local-figures/minimum-wage/$ad_effective"
BENCH_TOKEN="$BENCH_ADMIN_TOKEN" BENCH_METHOD=PUT BENCH_BODY="{\"tier\":$ad_tier}" \
  row "PUT staff/local-figures/minimum-wage/{effective}/areas/{areaCode} (same)" -s bench/rotate-ids.lua "$PORTAL_URL/api/v1/staff/local-figures/minimum-wage/$ad_effective/areas/$ad_area"
ad_year=$(curl -fsS "$PORTAL_URL/api/v1/calendar/2026" | python3 -c '
import json, sys
y = json.load(sys.stdin)
print(json.dumps({k: y.get(k) for k in ("source", "url", "verified", "checkedAgainst", "note", "holidays", "workingDays")}, ensure_ascii=False))')
BENCH_TOKEN="$BENCH_ADMIN_TOKEN" BENCH_METHOD=PUT BENCH_BODY="$ad_year" \
  row "PUT /api/v1/staff/calendar/{year} (2026, same)" -s bench/rotate-ids.lua "$PORTAL_URL/api/v1/staff/calendar/2026"
