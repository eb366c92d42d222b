-- GETs BENCH_PREFIX .. <case id> (default /api/v1/cases/) with that case's owner's bearer token, taking
-- the lines "token caseId" of the file BENCH_CASES in turn (written by bench/FilingLoad.java).
-- Each wrk thread starts at a different place in the list.
local prefix = os.getenv("BENCH_PREFIX") or "/api/v1/cases/"
local counter = 0

function setup(thread)
  thread:set("tid", counter)
  counter = counter + 1
end

function init(args)
  cases = {}
  for line in io.lines(os.getenv("BENCH_CASES")) do
    local token, id = line:match("^(%S+)%s+(%S+)$")
    if token then table.insert(cases, {prefix .. id, { ["Authorization"] = "Bearer " .. token }}) end
  end
  local nthreads = tonumber(os.getenv("BENCH_THREADS") or "2")
  i = math.floor(#cases * tid / nthreads)
end

function request()
  local c = cases[(i % #cases) + 1]
  i = i + 1
  return wrk.format("GET", c[1], c[2])
end
