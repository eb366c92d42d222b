-- Sends BENCH_METHOD (default GET) to BENCH_PREFIX .. <id> .. BENCH_SUFFIX, taking the ids of the file
-- BENCH_IDS in turn (lines "id" or "token id": a token per line replaces BENCH_TOKEN for that request),
-- with BENCH_BODY as a JSON body when set ("{n}" in it replaced by a number that grows with each request).
-- Without BENCH_IDS it sends to the URL given to wrk, with the same method, token and body.
-- Each wrk thread starts at a different place in the list.
local method = os.getenv("BENCH_METHOD") or "GET"
local prefix = os.getenv("BENCH_PREFIX") or ""
local suffix = os.getenv("BENCH_SUFFIX") or ""
local token = os.getenv("BENCH_TOKEN")
local body = os.getenv("BENCH_BODY")
local counter = 0

function setup(thread)
  thread:set("tid", counter)
  counter = counter + 1
end

local function headers(t)
  local h = {}
  if body then h["Content-Type"] = "application/json" end
  if t then h["Authorization"] = "Bearer " .. t end
  return h
end

function init(args)
  items = {}
  local file = os.getenv("BENCH_IDS")
  if file then
    for line in io.lines(file) do
      local t, id = line:match("^(%S+)%s+(%S+)$")
      if not t then t, id = token, line:match("^(%S+)$") end
      if id then table.insert(items, {prefix .. id .. suffix, headers(t)}) end
    end
  else
    table.insert(items, {nil, headers(token)})
  end
  local nthreads = tonumber(os.getenv("BENCH_THREADS") or "2")
  i = math.floor(#items * tid / nthreads)
  n = tid * 100000000 + (os.time() % 100000) * 1000
end

function request()
  local item = items[(i % #items) + 1]
  i = i + 1
  n = n + 1
  return wrk.format(method, item[1], item[2], body and (body:gsub("{n}", tostring(n))) or nil)
end
