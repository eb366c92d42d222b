-- POSTs BENCH_BODY with every "PHONE" replaced by a fresh random mainland mobile number, so that each
-- request is a new phone (per-phone limits would otherwise answer 429). BENCH_TOKEN sets a bearer token.
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
if os.getenv("BENCH_TOKEN") then wrk.headers["Authorization"] = "Bearer " .. os.getenv("BENCH_TOKEN") end
local template = os.getenv("BENCH_BODY")
local counter = 0
function setup(thread)
  thread:set("id", counter)
  counter = counter + 1
end
function init(args)
  math.randomseed(os.time() * 1000 + (id or 0))
end
request = function()
  local phone = string.format("158%08d", math.random(0, 99999999))
  return wrk.format(nil, nil, nil, (template:gsub("PHONE", phone)))
end
