-- wrk script of deploy/bench/bench.sh (section 4, admissions): POST /api/v1/applications.
--
--   wrk -t2 -c16 -d15s --latency -s post-application.lua http://127.0.0.1:8081/api/v1/applications \
--       -- TOKEN COHORT_ID [IDEMPOTENCY_KEY_PREFIX]
--
-- TOKEN: a prescriber JWT (deploy/local/token.sh prescriber prescriber_id=<uuid>).
-- Without IDEMPOTENCY_KEY_PREFIX every request is the same (no Idempotency-Key header); with it,
-- each request carries a unique "Idempotency-Key: <prefix>-<start second>-<thread>-<n>" (the start
-- second of this wrk process keeps a warm-up run and the measured run that follows it apart: the
-- service remembers keys per caller, and a reused key would answer a cheap replay). At the end it
-- prints the count of each HTTP status and of the answers flagged Idempotent-Replayed (should be 0).

local threads = {}
local next_id = 1
local started = os.time() -- evaluated when wrk loads this script, in each thread's Lua state

function setup(thread)
  thread:set("tid", next_id)
  next_id = next_id + 1
  table.insert(threads, thread)
end

-- bench.sh also reads this template (for its single check POST): keep the "local body_template = '...'"
-- first line and the "  .. '...'" continuation lines as they are.
local body_template = '{"cohortId":"%s","person":{"firstName":"Bench","lastName":"Candidate",'
  .. '"birthDate":"2000-05-17","email":"bench@example.org","phone":"+33 6 00 00 00 00",'
  .. '"address":{"street":"1 rue du Test","postalCode":"93200","city":"Saint-Denis"}},'
  .. '"highestQualification":{"level":"V","title":"CAP","socialField":true},'
  .. '"experiences":[{"role":"Adulte-relais","socialOrMediation":true,"months":14}],'
  .. '"rqth":{"recognised":false},"documents":[{"type":"CV","receivedOn":"2026-11-20"}]}'

function init(args)
  local token, cohort = args[1], args[2]
  key_prefix = args[3]
  if key_prefix ~= nil then
    -- setup() has set the global tid in this thread's Lua state before init() runs
    key_prefix = key_prefix .. "-" .. tostring(started) .. "-" .. tostring(tid)
  end
  if token == nil or cohort == nil then
    error("usage: wrk ... -s post-application.lua URL -- TOKEN COHORT_ID [IDEMPOTENCY_KEY_PREFIX]")
  end
  headers = {
    ["Authorization"] = "Bearer " .. token,
    ["Content-Type"] = "application/json",
    ["Accept"] = "application/json",
  }
  body = string.format(body_template, cohort)
  fixed_request = wrk.format("POST", nil, headers, body)
  sent = 0
  statuses = {}
  replayed = 0
end

function request()
  if key_prefix == nil then
    return fixed_request
  end
  sent = sent + 1
  headers["Idempotency-Key"] = key_prefix .. "-" .. sent
  return wrk.format("POST", nil, headers, body)
end

function response(status, hdrs, _)
  statuses[status] = (statuses[status] or 0) + 1
  if hdrs["Idempotent-Replayed"] ~= nil or hdrs["idempotent-replayed"] ~= nil then
    replayed = replayed + 1
  end
end

function done(_, _, _)
  local total, rep = {}, 0
  for _, thread in ipairs(threads) do
    local s = thread:get("statuses")
    if s ~= nil then
      for code, n in pairs(s) do total[code] = (total[code] or 0) + n end
    end
    rep = rep + (thread:get("replayed") or 0)
  end
  local codes = {}
  for code in pairs(total) do table.insert(codes, code) end
  table.sort(codes)
  local parts = {}
  for _, code in ipairs(codes) do table.insert(parts, code .. "=" .. total[code]) end
  io.write("HTTP statuses: " .. (#parts > 0 and table.concat(parts, " ") or "none")
    .. "   Idempotent-Replayed: " .. rep .. "\n")
end
