-- wrk script: each request submits a quiz with a new attempt id, as a signed-in learner.
-- Environment: SABAQ_COOKIE (session cookie), SABAQ_FORM (form fields without the attempt id).
local threads = {}
function setup(thread)
  thread:set("thread_id", #threads + 1)
  table.insert(threads, thread)
end

local counter = 0
function request()
  counter = counter + 1
  local body = os.getenv("SABAQ_FORM") .. "&attempt=bench-" .. thread_id .. "-" .. counter .. "-" .. os.time()
  return wrk.format("POST", "/api/submit-quiz", {
    ["Content-Type"] = "application/x-www-form-urlencoded",
    ["Accept"] = "text/html",
    ["Origin"] = "http://" .. wrk.host .. ":" .. wrk.port,
    ["Cookie"] = os.getenv("SABAQ_COOKIE"),
  }, body)
end
