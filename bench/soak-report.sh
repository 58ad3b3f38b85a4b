#!/usr/bin/env bash
# Turns the soak's lines of bench/out/results.txt (written by bench/run.sh, phase soak) into bench/SOAK.md,
# which bench/report.sh includes in bench/RESULTS.md.
# Usage: bench/soak-report.sh results.txt
set -u
RESULTS=$1
kv() { grep '^soak ' "$RESULTS" | tr ' ' '\n' | sed -n "s/^$1=//p" | tail -1; }
seconds=$(kv seconds)
rss_warm=$(kv rss_after_warmup_mb) rss_end=$(kv rss_at_end_mb)
growth=$(awk -v a="$rss_warm" -v b="$rss_end" 'BEGIN { if (a > 0) printf "%+.1f%%", 100 * (b - a) / a; else print "–" }')
cat <<SOAK
## Soak: $(kv connections) connections for $(( seconds / 60 )) minutes, the database killed and restarted halfway

Written by \`BENCH_PHASES=soak bench/run.sh\` on $(date -u '+%Y-%m-%d %H:%M UTC') (1/5/15-minute load average at the end:
$(cut -d' ' -f1-3 /proc/loadavg)). Each connection (\`bench/Soak\`, a Java client) loops over a mix of reads (open
follow-ups, whole advices, the advice list, two searches, the dashboard) and, one request in five, a write: the PUT of
a response with its version, each connection writing only its own responses, so the outcome of every write is known.
Halfway, \`pg_ctl stop -m immediate\` kills PostgreSQL as a crash would; it stays down $(kv database_down_ms) ms and is
started again. The outage window runs from the kill until the service's \`/health\` answers 200 again. After the run,
every response's stored text is compared with the last text the service acknowledged for it (or, after a write that
got no answer, the text the connection read back).

| figure | value |
|---|---:|
| requests (writes) | $(kv requests) ($(kv writes)) |
| throughput, req/s | $(kv rps) |
| p50 / p95 / p99 ms, outside the outage | $(kv p50) / $(kv p95) / $(kv p99) |
| errors outside the outage: 5xx / no answer within 10 s / no connection | **$(kv errors_outside_outage)**: $(kv server_errors_outside_outage) / $(kv timeouts_outside_outage) / $(( $(kv errors_outside_outage) - $(kv server_errors_outside_outage) - $(kv timeouts_outside_outage) )) |
| outage window ms (database down, restart, service healthy) | $(kv outage_ms) ($(kv database_down_ms) + $(kv database_start_ms) + $(kv service_healthy_after_database_ms)) |
| requests during the outage (of which errors) | $(kv requests_in_outage) ($(kv errors_in_outage)) |
| writes acknowledged / not acknowledged | $(kv writes_acknowledged) / $(kv writes_unacknowledged) |
| lost writes (acknowledged, not stored) | **$(kv lost_writes)** |
| resident memory after $(kv warmup_s) s warm-up / at the end, MB | $rss_warm / $rss_end ($growth; target within 10%) |
| live heap after a full collection, after warm-up / at the end, MB | $(kv live_heap_after_warmup_mb) / $(kv live_heap_at_end_mb) |

Per kind of request, outside the outage (answered requests' latency):

| request | requests | p50 ms | p99 ms | 5xx | no answer in 10 s | no connection |
|---|---:|---:|---:|---:|---:|---:|
$(grep '^soak_kind ' "$RESULTS" | while read -r _ kind rest; do
    f() { tr ' ' '\n' <<<"$rest" | sed -n "s/^$1=//p"; }
    echo "| \`${kind//_/ }\` | $(f requests) | $(f p50) | $(f p99) | $(f server_errors) | $(f timeouts) | $(f connection_failures) |"
  done)
SOAK
