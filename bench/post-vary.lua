-- POSTs the JSON in BENCH_BODY to the URL given to wrk, with every "{n}" in it replaced by a number that
-- grows with each request (each wrk thread counts in its own range): every body is one the backend has not
-- seen, so nothing comes from a cache.
local counter = 0

function setup(thread)
  thread:set("tid", counter)
  counter = counter + 1
end

function init(args)
  body = os.getenv("BENCH_BODY")
  n = tid * 100000000 + (os.time() % 100000) * 1000
end

function request()
  n = n + 1
  return wrk.format("POST", nil, { ["Content-Type"] = "application/json" }, (body:gsub("{n}", tostring(n))))
end
