# Knowledge API rows (sourced by bench/run.sh: uses row, PORTAL_URL, RESULTS, THREADS).
# Identical searches are cached by the backend for 30 minutes (portal.knowledge.cache-ttl, at most
# cache-entries = 2000 of them), so search is measured three ways:
#   repeated   — one question over and over: after the first request, the cache
#   rotating   — 200 distinct questions from the evaluation sets in turn: the first pass searches,
#                later passes come from the cache (a realistic mix for a warm server)
#   uncached   — the same 200 questions × 20 values of k = 4,000 distinct searches taken in order,
#                more than the cache holds: every request embeds and searches (the worker-bound cost)
BENCH_QUESTIONS_FILE="$RESULTS/questions.txt"
python3 bench/questions.py 200 >"$BENCH_QUESTIONS_FILE"
q_repeated=$(python3 -c 'import urllib.parse;print(urllib.parse.quote("公司不跟我签劳动合同能要双倍工资吗"))')
row "GET knowledge/search (repeated query)" "$PORTAL_URL/api/v1/knowledge/search?q=$q_repeated&k=10"
BENCH_QUESTIONS="$BENCH_QUESTIONS_FILE" BENCH_THREADS="$THREADS" BENCH_SUFFIX="&k=10" \
  row "GET knowledge/search (200 rotating queries)" -s bench/rotate-get.lua "$PORTAL_URL"
BENCH_QUESTIONS="$BENCH_QUESTIONS_FILE" BENCH_THREADS="$THREADS" BENCH_VARY_K=20 \
  row "GET knowledge/search (uncached, 4000 distinct)" -s bench/rotate-get.lua "$PORTAL_URL"
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
