# Identity rows (sourced by bench/run.sh: uses row, PORTAL_URL, BENCH_ADMIN_TOKEN).
#   sms-codes     — POST /api/v1/sms-codes, a new random phone per request (202; the message goes to the
#                   outbox off the answer's path). Needs PORTAL_SMS_CODES_PER_IP raised (run.sh does).
#   reset (wrong) — POST /api/v1/accounts/password-reset with a wrong code: the 400 every guess gets.
#   staff queue   — GET /api/v1/staff/employers?state=PENDING as an administrator.
BENCH_BODY='{"phone":"PHONE","purpose":"REGISTER"}' \
  row "POST /api/v1/sms-codes (new phone each)" -s bench/random-phone.lua "$PORTAL_URL/api/v1/sms-codes"
BENCH_BODY='{"phone":"PHONE","code":"000000","newPassword":"Bench-reset-2026"}' \
  row "POST /api/v1/accounts/password-reset (wrong code: 400)" -s bench/random-phone.lua "$PORTAL_URL/api/v1/accounts/password-reset"
if [ -n "${BENCH_ADMIN_TOKEN:-}" ]; then
  BENCH_TOKEN="$BENCH_ADMIN_TOKEN" \
    row "GET /api/v1/staff/employers?state=PENDING" -H "Authorization: Bearer $BENCH_ADMIN_TOKEN" "$PORTAL_URL/api/v1/staff/employers?state=PENDING"
fi
