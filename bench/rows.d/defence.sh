# Employer defence row (sourced by bench/run.sh: uses PORTAL_URL, RESULTS, CONNECTIONS, BENCH_ADMIN_TOKEN, ratio).
#   defence — bench/DefenceLoad.java prepares DEFENCE_N accepted cases against DEFENCE_EMPLOYERS verified employers
#             (not measured), then every employer answers each of its cases claim by claim (POST
#             /api/v1/cases/{id}/defence: the defence, its timeline entry, audit and the copy served on the worker),
#             CONNECTIONS at a time: answers per second over the wave, p50, p99, failures, and × ping.
DEFENCE_N="${DEFENCE_N:-1000}"
DEFENCE_EMPLOYERS="${DEFENCE_EMPLOYERS:-8}"
if [ -n "${BENCH_ADMIN_TOKEN:-}" ]; then
  java bench/DefenceLoad.java --url "$PORTAL_URL" --cases "$DEFENCE_N" --employers "$DEFENCE_EMPLOYERS" --workers 8 \
    --concurrency "$CONNECTIONS" --name "POST cases/{id}/defence ($DEFENCE_N, $CONNECTIONS at once)" >"$RESULTS/defence.txt" 2>"$RESULTS/defence.err" || true
  defence_rps=$(awk -F'|' '/^\|/ {gsub(/ /, "", $3); print $3; exit}' "$RESULTS/defence.txt")
  # the row with its × ping (the load client prints the other columns)
  awk -v r="$(ratio "$defence_rps")" '/^\|/ {printf "%s %8s |\n", $0, r; next} {print}' "$RESULTS/defence.txt"
  grep -v '^$' "$RESULTS/defence.err" || true
else
  echo "  defence row skipped: no administrator token (BENCH_ADMIN_TOKEN)"
fi
