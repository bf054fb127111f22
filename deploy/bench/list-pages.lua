-- wrk script of deploy/bench/bulk-lists.sh: GETs a fixed set of list pages in turn (each thread from its own place).
--
--   wrk -t2 -c8 -d10s --latency -s list-pages.lua http://127.0.0.1:8081 -- TOKEN PATHS_FILE
--
-- PATHS_FILE: one request path a line, e.g. /api/v1/applications?size=100&cursor=... (collected beforehand, so the
-- run measures the pages and not a walk's first pages). The bearer TOKEN goes in every request.

local threads = {}
local next_id = 1

function setup(thread)
  thread:set("tid", next_id)
  next_id = next_id + 1
  table.insert(threads, thread)
end

function init(args)
  local token, file = args[1], args[2]
  if token == nil or file == nil then
    error("usage: wrk ... -s list-pages.lua URL -- TOKEN PATHS_FILE")
  end
  paths = {}
  for line in io.lines(file) do
    if line ~= "" then table.insert(paths, line) end
  end
  if #paths == 0 then error("no path in " .. file) end
  wrk.headers["Authorization"] = "Bearer " .. token
  wrk.headers["Accept"] = "application/json"
  n = (tid * 7) % #paths
end

function request()
  n = n % #paths + 1
  return wrk.format("GET", paths[n])
end
