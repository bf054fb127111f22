-- wrk script of deploy/bench/bulk-indicators.sh: GET each path of a file ONCE (the paths shared out between the threads), so
-- that no request can be answered by a response cache; then the thread stops. With "warmup", requests for cohorts nobody has
-- (random UUIDs, every one a miss too) until the run's duration ends.
--   wrk -t2 -c8 -d60s --latency -s indicators-paths.lua http://127.0.0.1:8384 -- PATHS_FILE THREADS [warmup]
local threads = {}
local next_index = 1

function setup(thread)
  thread:set("first", next_index)
  next_index = next_index + 1
  table.insert(threads, thread)
end

local function random_uuid()
  return (string.gsub("xxxxxxxx-xxxx-4xxx-8xxx-xxxxxxxxxxxx", "x", function() return string.format("%x", math.random(0, 15)) end))
end

function init(args)
  paths = {}
  for line in io.lines(args[1]) do
    if line ~= "" then paths[#paths + 1] = line end
  end
  step = tonumber(args[2])
  warmup = args[3] == "warmup"
  index = first
  share = 0
  for i = first, #paths, step do share = share + 1 end
  answered = 0
  math.randomseed(os.time() + first * 7919)
end

function request()
  if not warmup and index <= #paths then
    local path = paths[index]
    index = index + step
    return wrk.format("GET", path)
  end
  -- warm-up, or the few requests a connection asks for after this thread's share: a cohort nobody has
  return wrk.format("GET", "/api/v1/indicators?cohort=" .. random_uuid())
end

function response(status, headers, body)
  answered = answered + 1
  if not warmup and answered >= share then wrk.thread:stop() end
end
