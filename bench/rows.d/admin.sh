# Rows of the registries staff keep, and the assistant's feedback (sourced by bench/run.sh: uses row, PORTAL_URL,
# RESULTS, THREADS, CONNECTIONS, PING_RPS, BENCH_ADMIN_TOKEN).
#   enterprises — a clerk of fancheng adds ENTERPRISE_POOL served enterprises (default 200), each with its own valid
#                 统一社会信用代码, once each (bench/OnceLoad.java); then one of them read and edited again and again
#   feedback    — "was this answer helpful": a visitor's feedback on answered questions, rotating over their messages
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
