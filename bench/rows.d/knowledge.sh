# Knowledge API rows (sourced by bench/run.sh: uses row, PORTAL_URL, RESULTS, THREADS).
# Identical searches are cached by the backend for 30 minutes (portal.knowledge.cache-ttl, at most
# cache-entries = 2000 of them), so search is measured three ways:
#   repeated   — one question over and over: after the first request, the cache
#   rotating   — 200 distinct questions from the evaluation sets in turn: the first pass searches,
#                later passes come from the cache (a realistic mix for a warm server)
#   uncached   — the same 200 questions × 20 values of k = 4,000 distinct searches taken in order,
#                more than the result cache holds: every request searches; the query vectors of the 200
#                texts come from the search's vector cache after the first pass
#   never seen — every question with a number appended that grows with each request: every request
#                embeds its text and searches (the model-bound cost), at 16 connections and at 1 (one user)
BENCH_QUESTIONS_FILE="$RESULTS/questions.txt"
python3 bench/questions.py 200 >"$BENCH_QUESTIONS_FILE"
q_repeated=$(python3 -c 'import urllib.parse;print(urllib.parse.quote("公司不跟我签劳动合同能要双倍工资吗"))')
row "GET knowledge/search (repeated query)" "$PORTAL_URL/api/v1/knowledge/search?q=$q_repeated&k=10"
BENCH_QUESTIONS="$BENCH_QUESTIONS_FILE" BENCH_THREADS="$THREADS" BENCH_SUFFIX="&k=10" \
  row "GET knowledge/search (200 rotating queries)" -s bench/rotate-get.lua "$PORTAL_URL"
BENCH_QUESTIONS="$BENCH_QUESTIONS_FILE" BENCH_THREADS="$THREADS" BENCH_VARY_K=20 \
  row "GET knowledge/search (uncached, 4000 distinct)" -s bench/rotate-get.lua "$PORTAL_URL"
BENCH_QUESTIONS="$BENCH_QUESTIONS_FILE" BENCH_THREADS="$THREADS" BENCH_UNIQUE=1 BENCH_SUFFIX="&k=10" CONNECTIONS=16 \
  row "GET knowledge/search (never-seen text, 16 conn.)" -s bench/rotate-get.lua "$PORTAL_URL"
BENCH_QUESTIONS="$BENCH_QUESTIONS_FILE" BENCH_THREADS=1 BENCH_UNIQUE=1 BENCH_SUFFIX="&k=10" CONNECTIONS=1 THREADS=1 \
  row "GET knowledge/search (never-seen text, 1 user)" -s bench/rotate-get.lua "$PORTAL_URL"
row "GET knowledge/laws/.../articles/82" "$PORTAL_URL/api/v1/knowledge/laws/labor-contract-law/articles/82"
# POST knowledge/search with a 1,000-character narrative (facts and claims) in the body; the same body every
# time, so after the first request this is the backend's result cache plus JSON decoding of a long body.
BENCH_BODY=$(python3 -c '
import json
facts = "2023年3月1日，张某入职某电子科技公司从事质检工作，公司一直未与其签订书面劳动合同。公司实行做六休一，从未支付加班费。2023年12月5日，公司口头通知张某次日起不用再来上班，未说明解除依据。"
claims = "张某请求：1.裁决公司支付未签订书面劳动合同的二倍工资差额；2.裁决公司支付加班费；3.裁决公司支付违法解除劳动合同的赔偿金。"
text = (facts * 10)[: 1000 - len(claims)] + claims
print(json.dumps({"q": text, "k": 10}, ensure_ascii=False))') \
  row "POST knowledge/search (1,000-char narrative, repeated)" -s bench/post-json.lua "$PORTAL_URL/api/v1/knowledge/search"
# The same narrative with a different amount in its first sentence on every request ("{n}" replaced by
# bench/post-vary.lua): every request embeds its parts and searches. 1 connection (one user's latency), then 16.
BENCH_NARRATIVE=$(python3 -c '
import json
facts = "2023年3月1日，张某入职某电子科技公司从事质检工作，月工资{n}元，公司一直未与其签订书面劳动合同。公司实行做六休一，从未支付加班费。2023年12月5日，公司口头通知张某次日起不用再来上班，未说明解除依据。"
claims = "张某请求：1.裁决公司支付未签订书面劳动合同的二倍工资差额；2.裁决公司支付加班费；3.裁决公司支付违法解除劳动合同的赔偿金。"
plain = facts.replace("月工资{n}元，", "")
text = facts + (plain * 10)[: 1000 - len(claims) - len(facts) - 6] + claims  # 1,000 with a 9-digit {n}
print(json.dumps({"q": text, "k": 10}, ensure_ascii=False))')
BENCH_BODY="$BENCH_NARRATIVE" CONNECTIONS=1 THREADS=1 \
  row "POST knowledge/search (1,000-char narrative, never seen, 1 user)" -s bench/post-vary.lua "$PORTAL_URL/api/v1/knowledge/search"
BENCH_BODY="$BENCH_NARRATIVE" CONNECTIONS=16 \
  row "POST knowledge/search (1,000-char narrative, never seen, 16 conn.)" -s bench/post-vary.lua "$PORTAL_URL/api/v1/knowledge/search"
