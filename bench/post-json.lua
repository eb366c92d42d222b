-- POSTs the JSON in BENCH_LOGIN_BODY (or BENCH_BODY) to the URL given to wrk; BENCH_ACCEPT sets Accept,
-- BENCH_TOKEN a bearer token (Authorization).
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
if os.getenv("BENCH_ACCEPT") then wrk.headers["Accept"] = os.getenv("BENCH_ACCEPT") end
if os.getenv("BENCH_TOKEN") then wrk.headers["Authorization"] = "Bearer " .. os.getenv("BENCH_TOKEN") end
wrk.body = os.getenv("BENCH_BODY") or os.getenv("BENCH_LOGIN_BODY")
