# Entitlement calculator rows (sourced by bench/run.sh): the list, then one POST per calculator with the
# issue's example inputs (the figure lookups read PostgreSQL on every request).
row "GET /api/v1/calculators" "$PORTAL_URL/api/v1/calculators"
calc() { # name, JSON body
  BENCH_BODY="$2" row "POST calculators/$1" -s bench/post-json.lua "$PORTAL_URL/api/v1/calculators/$1"
}
calc economic-compensation '{"start":"2022-01-01","end":"2025-07-01","monthlyWage":"3000","area":"fancheng"}'
calc unlawful-termination '{"start":"2022-01-01","end":"2025-07-01","monthlyWage":"3000","area":"fancheng"}'
calc double-wages '{"start":"2025-01-01","end":"2025-08-31","monthlyWage":"5000"}'
calc overtime-pay '{"monthlyWage":"4350","weekdayHours":"10","area":"xiangcheng"}'
calc annual-leave-pay '{"monthlyWage":"4350","unusedDays":5}'
calc minimum-wage-check '{"area":"xiangzhou","month":"2026-01","pay":"2200"}'
calc final-award '{"area":"fancheng","claims":[{"category":"LABOR_REMUNERATION","amount":"20000"},{"category":"DAMAGES","amount":"35000"}]}'
