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
