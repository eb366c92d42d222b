-- GETs BENCH_PREFIX .. <URL-encoded question> .. BENCH_SUFFIX, taking the questions of the file
-- BENCH_QUESTIONS (one a line) in turn. With BENCH_VARY_K=m the parameter &k= cycles through 13..13+m-1
-- after each pass, so that the run asks questions × m distinct searches (more than the backend's search
-- cache holds, to measure uncached searches; k=10 of the rotating row and k=12 of the assistant are
-- never asked). Each wrk thread starts at a different place in the cycle. With BENCH_UNIQUE=1 every question
-- also gets a number that grows with each request ("…吗？ 1234567"): a text never seen before, so the backend
-- embeds it (no result cache, no cached query vector).
local prefix = os.getenv("BENCH_PREFIX") or "/api/v1/knowledge/search?q="
local suffix = os.getenv("BENCH_SUFFIX") or ""
local varyK = tonumber(os.getenv("BENCH_VARY_K") or "0")
local unique = os.getenv("BENCH_UNIQUE") == "1"
local threads = {}
local counter = 0

local function encode(s)
  return (s:gsub("[^%w%-%._~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

function setup(thread)
  thread:set("tid", counter)
  counter = counter + 1
  table.insert(threads, thread)
end

function init(args)
  questions = {}
  for line in io.lines(os.getenv("BENCH_QUESTIONS")) do
    if #line > 0 then table.insert(questions, encode(line)) end
  end
  local total = #questions * math.max(varyK, 1)
  local nthreads = tonumber(os.getenv("BENCH_THREADS") or "2")
  i = math.floor(total * tid / nthreads)
  serial = tid * 100000000 + (os.time() % 100000) * 1000
end

function request()
  local n = #questions
  local q = questions[(i % n) + 1]
  if unique then
    serial = serial + 1
    q = q .. "%20" .. serial
  end
  local path = prefix .. q .. suffix
  if varyK > 0 then
    path = path .. "&k=" .. (13 + (math.floor(i / n) % varyK))
  end
  i = i + 1
  return wrk.format("GET", path)
end
