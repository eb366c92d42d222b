# Assistant rows (sourced by bench/run.sh). The backend started by run.sh has the per-address question
# limit raised (PORTAL_ASSISTANT_LIMITS_PERIP): every request comes from 127.0.0.1, so these rows measure
# the answer path, not the 429. Against another backend (PORTAL_URL) raise the limits there, or expect 429s.
# The answers come from the offline composer unless that backend has an LLM configured.
SSE_N="${SSE_N:-2000}"
[ -f "$RESULTS/questions.txt" ] || python3 bench/questions.py 200 >"$RESULTS/questions.txt"
row "POST assistant/conversations" -s bench/post-json.lua "$PORTAL_URL/api/v1/assistant/conversations"
# A conversation to ask in over and over (JSON answers). Its memory keeps the last 10 turns.
conversation=$(curl -fsS -X POST "$PORTAL_URL/api/v1/assistant/conversations" | python3 -c 'import json,sys;print(json.load(sys.stdin)["id"])')
BENCH_BODY='{"text":"公司不跟我签劳动合同能要双倍工资吗"}' BENCH_ACCEPT=application/json \
  row "POST assistant .../messages (JSON, one question)" -s bench/post-json.lua \
  "$PORTAL_URL/api/v1/assistant/conversations/$conversation/messages"
# A story with several issues and numbers: the offline answer diagnoses it (facts, issues) and computes the
# amounts with the entitlement calculators, one block per issue. Compare with the one-question row above.
BENCH_BODY='{"text":"在厂里干了8个月一直没签合同，老板还欠我两个月工资，一个月4000，我想辞职"}' BENCH_ACCEPT=application/json \
  row "POST assistant .../messages (JSON, multi-issue story)" -s bench/post-json.lua \
  "$PORTAL_URL/api/v1/assistant/conversations/$conversation/messages"
# N answer streams open at once, 200 distinct questions among them (SseLoad: conversations, then the wave).
java bench/SseLoad.java --url "$PORTAL_URL" --n "$SSE_N" --questions "$RESULTS/questions.txt" --timeout 300 \
  --name "POST assistant .../messages (SSE, $SSE_N at once)" 2>&1 | tee "$RESULTS/sse.txt"
if [ -n "${BACKEND_PID:-}" ] && command -v jcmd >/dev/null; then
  jcmd "$BACKEND_PID" GC.heap_info >"$RESULTS/heap-after-sse.txt" 2>&1 || true
  echo "  backend heap after the wave (jcmd GC.heap_info): $(grep -m1 -o 'committed [0-9]*K, used [0-9]*K' "$RESULTS/heap-after-sse.txt")"
fi
# The diagnosis alone (facts and issues of a story, no I/O), in process over the graded situations; the issue
# allows it 20 ms p50. Needs the backend's compiled classes (present after run.sh built backend.jar).
if [ -d backend/target/classes/cn/xiangyang/portal/assistant ]; then
  sed -n 's/^  - text: //p' backend/src/test/resources/assistant/situations.yaml >"$RESULTS/stories.txt"
  java --class-path backend/target/classes bench/DiagnosisCost.java "$RESULTS/stories.txt" \
    "assistant diagnosis ($(wc -l <"$RESULTS/stories.txt") stories, in process)" || true
fi
# The same story asked again with a corrected fact (one tap on "我理解的情况"): diagnosis with the correction,
# amounts and the application draft.
BENCH_BODY='{"text":"在厂里干了8个月一直没签合同，老板还欠我两个月工资，一个月4000，我想辞职","facts":{"stillEmployed":"true","writtenContract":"false"}}' BENCH_ACCEPT=application/json \
  row "POST assistant .../messages (JSON, corrected facts)" -s bench/post-json.lua \
  "$PORTAL_URL/api/v1/assistant/conversations/$conversation/messages"
