# Deadline, limitation and calendar rows (sourced by bench/run.sh): pure computations on the in-memory
# legal calendar, public, no database on the request path.
BENCH_BODY='{"step":"AWARD","from":"2026-12-17"}' \
  row "POST calculators/procedural-deadline" -s bench/post-json.lua "$PORTAL_URL/api/v1/calculators/procedural-deadline"
BENCH_BODY='{"claimType":"UNLAWFUL_TERMINATION_DAMAGES","knewOn":"2025-03-15","interruptedOn":"2025-12-01","asOf":"2026-01-05"}' \
  row "POST calculators/limitation" -s bench/post-json.lua "$PORTAL_URL/api/v1/calculators/limitation"
row "GET /api/v1/calendar/2026" "$PORTAL_URL/api/v1/calendar/2026"
