-- wrk script: POST /api/diff with the lecture's seven formulas in turn.
local formulas = {
  "2x+3xy+y^3", "wx + xyz + 3w + zy^2", "w1x1 + w2x2 + w3x3 - θ", "3x^2 + e^x + 7",
  "ln x + 1/x", "e^{3x^2}", "1/(1+e^{-z})",
}
local bodies = {}
for i, f in ipairs(formulas) do bodies[i] = '{"formula": "' .. f .. '"}' end
local n = 0

wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"

request = function()
  n = n + 1
  return wrk.format(nil, "/api/diff", nil, bodies[(n % #bodies) + 1])
end

-- Count answers that are not 200 (wrk counts only socket errors and 4xx/5xx separately).
local bad = 0
response = function(status, headers, body)
  if status ~= 200 then bad = bad + 1 end
end

done = function(summary, latency, requests)
  io.write(string.format("requests %d, %.0f requests/s, p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, max %.2f ms, non-2xx %d, socket errors %d/%d/%d/%d\n",
    summary.requests, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000, latency.max / 1000,
    summary.errors.status, summary.errors.connect, summary.errors.read, summary.errors.write, summary.errors.timeout))
end
