-- After a wrk run: one line for bench/run.sh to read. Latencies in milliseconds; errors are
-- non-2xx/3xx answers plus socket errors and timeouts.
done = function(summary, latency, requests)
  local seconds = summary.duration / 1e6
  local e = summary.errors
  io.write(string.format("RESULT rps=%.1f p50=%.2f p95=%.2f p99=%.2f requests=%d errors=%d\n",
    summary.requests / seconds, latency:percentile(50) / 1000, latency:percentile(95) / 1000,
    latency:percentile(99) / 1000, summary.requests, e.status + e.connect + e.read + e.write + e.timeout))
end
