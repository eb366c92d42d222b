-- GETs the URL given to wrk with the bearer token in BENCH_TOKEN (Authorization).
wrk.method = "GET"
if os.getenv("BENCH_TOKEN") then wrk.headers["Authorization"] = "Bearer " .. os.getenv("BENCH_TOKEN") end
