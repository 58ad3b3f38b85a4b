-- The write: PUT /api/advices/{a}/responses/{r} with the version last read, as a client does.
-- BENCH_RESPONSES names a Lua file (made by bench/run.sh just before the run) listing responses with
-- their current version and points. Each wrk thread takes its own share of them and walks through it,
-- so no two requests in flight change the same response; the version it sends is the one the previous
-- answer for that response carried, as a client does (counting versions up when a request is made
-- went wrong: wrk makes one request per thread that it never sends).
dofile("bench/wrk/report.lua")

local responses = dofile(os.getenv("BENCH_RESPONSES"))
local threads = 0
local counter = 0
local mine = {}
local byId = {}

function setup(thread)
  thread:set("index", threads)
  threads = threads + 1
end

function init(args)
  local total = tonumber(os.getenv("BENCH_WRK_THREADS") or "2")
  for i = 1, #responses do
    if (i - 1) % total == index then
      table.insert(mine, responses[i])
      byId[responses[i].id] = responses[i]
    end
  end
  headers = {}
  for name, value in pairs(wrk.headers) do headers[name] = value end
  headers["Content-Type"] = "application/json"
end

function request()
  counter = counter + 1
  local r = mine[(counter - 1) % #mine + 1]
  local body = string.format('{"pointIds":[%s],"stance":"PARTLY_ADOPTED","paraphrase":"U vraagt aandacht voor de uitvoering {punten}",' ..
    '"text":"De gemeente werkt dit verder uit en informeert de adviesraad in het voorjaar (bijgewerkt %d).",' ..
    '"reason":"De financiele ruimte laat een volledige uitvoering nu niet toe.","version":%d}', r.points, counter, r.version)
  return wrk.format("PUT", "/api/advices/" .. r.advice .. "/responses/" .. r.id, headers, body)
end

function response(status, headers, body)
  -- the saved response (200), or the stored one a 409 names as current: its id comes first, then its version
  local id = tonumber(string.match(body, '"id":(%d+)'))
  local version = tonumber(string.match(body, '"version":(%d+)'))
  if id and version and byId[id] then
    byId[id].version = version
  end
end
