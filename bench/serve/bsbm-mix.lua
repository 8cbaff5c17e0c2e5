-- wrk driver for bench/serve-load.sh: every connection cycles through the SPARQL queries in QUERY_DIR (default
-- bench/queries, q01_1.rq ... q12_1.rq: the BSBM explore mix), each sent as GET /sparql?query=... with
-- the Accept below. The summary adds p50/p90/p99 latency and the error counts.

local queries = {}
local counter = 0
local threads = 0
-- One Accept for the whole mix, as generic clients send it: results JSON for SELECT/ASK, N-Triples for the
-- DESCRIBE and CONSTRUCT queries (q09, q12).
local accept = "application/sparql-results+json, application/n-triples;q=0.9"

function setup(thread)
  thread:set("offset", threads)
  threads = threads + 1
end

local function urlencode(s)
  return (s:gsub("[^%w%-%._~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

function init(args)
  local dir = os.getenv("QUERY_DIR") or "bench/queries"
  local list = io.popen('ls "' .. dir .. '"/q*_1.rq')
  for path in list:lines() do
    local f = assert(io.open(path, "r"))
    local text = f:read("*a")
    f:close()
    queries[#queries + 1] = "/sparql?query=" .. urlencode(text)
  end
  list:close()
  assert(#queries > 0, "no queries in " .. dir)
  -- Threads start at different queries so the mix is spread from the first second on.
  counter = ((offset or 0) * 5) % #queries
end

function request()
  counter = counter % #queries + 1
  return wrk.format("GET", queries[counter], { ["Accept"] = accept })
end

function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("requests %d in %.1f s: %.1f req/s\n", summary.requests, summary.duration / 1e6,
    summary.requests / (summary.duration / 1e6)))
  io.write(string.format("latency ms: p50 %.1f  p90 %.1f  p99 %.1f  max %.1f\n", latency:percentile(50) / 1000,
    latency:percentile(90) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
  io.write(string.format("errors: connect %d, read %d, write %d, timeout %d, non-2xx %d\n", e.connect, e.read, e.write,
    e.timeout, e.status))
end
