-- POSTs the JSON in BENCH_LOGIN_BODY (or BENCH_BODY) to the URL given to wrk; BENCH_ACCEPT sets Accept.
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
if os.getenv("BENCH_ACCEPT") then wrk.headers["Accept"] = os.getenv("BENCH_ACCEPT") end
wrk.body = os.getenv("BENCH_BODY") or os.getenv("BENCH_LOGIN_BODY")
