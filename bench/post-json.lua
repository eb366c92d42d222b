-- POSTs the JSON in BENCH_LOGIN_BODY (or BENCH_BODY) to the URL given to wrk.
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = os.getenv("BENCH_BODY") or os.getenv("BENCH_LOGIN_BODY")
