#!/usr/bin/env bash
# Turns bench/out/results.txt (written by bench/run.sh) into the Markdown of bench/RESULTS.md.
# Usage: bench/report.sh results.txt letters.md duration "load average at the end"
set -u
RESULTS=$1 LETTERS=$2 DURATION=$3 LOAD=$4
get() { grep -m1 "^$1" "$RESULTS" | cut -d' ' -f2- || true; }
kv() { sed -n "s/.* $1=\([^ ]*\).*/\1/p" <<<" $2"; }

cat <<HEAD
# Benchmark results

Written by \`bench/run.sh\` on $(date -u '+%Y-%m-%d %H:%M UTC').

**Machine:** $(lscpu | sed -n 's/^Model name: *//p' | head -1), $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB RAM;
$(. /etc/os-release && echo "$PRETTY_NAME"); $(${JAVA_HOME:+$JAVA_HOME/bin/}java -version 2>&1 | head -1); PostgreSQL $(psql -Atc 'show server_version' 2>/dev/null || echo 17)
(same machine, \`synchronous_commit\`/\`fsync\` on, \`shared_buffers\` 1 GB). Service: \`MALLOC_ARENA_MAX=2\`, \`${BENCH_JAVA_OPTS:--Xms128m -Xmx128m -XX:+AlwaysPreTouch -XX:+UseSerialGC -XX:+UseCompactObjectHeaders -XX:TieredStopAtLevel=1 -XX:TrimNativeHeapInterval=5000}\`, pool of 20 connections.
**Load from other work on the machine** (1/5/15-minute load average at the end of the run): $LOAD. The machine is shared
with other builds, so absolute figures are low and noisy; the ratios to pgbench, measured minutes apart under the same
conditions, are the more telling figures.

**Data set** (seed $(get load_seconds >/dev/null; echo "${BENCH_SEED:-20240202}"), loaded in $(get load_seconds) s with COPY): $(get data | sed 's/ advice=.*//').

## Throughput and latency (wrk, ${DURATION} s per run, 2 threads) against pgbench running the same SQL

"Same SQL" is what the service sent PostgreSQL for one such request (authentication included), captured from the
server log and replayed by pgbench as the service's database role, so row-level security binds it as it binds the service (\`-M prepared\`; the write \`-M simple\`, spread over 32 captured writes to different
responses) at the same concurrency. Ratio = service req/s ÷ pgbench tps:
the share of the database's own limit for that work that the service delivers (target ≥ 70%). The p99 of pgbench's
transactions (one transaction: one request's SQL) beside the service's: their quotient, p99 × (target ≤ 1.5 at 64).

| request | conns | req/s | p50 ms | p95 ms | p99 ms | errors | service CPU ms/request | SQL statements | pgbench tps | ratio | pgbench p99 ms | p99 × |
|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|
HEAD
grep '^load ' "$RESULTS" | while read -r _ name c rest; do
  line="$name $c $rest"
  rps=$(kv rps "$line"); tps=$(kv pgbench_tps "$line")
  statements=$(grep -m1 "^statements $name " "$RESULTS" | awk '{print $3}')
  ratio="–"
  if [ -n "$tps" ] && [ "$tps" != 0 ]; then ratio=$(awk -v a="$rps" -v b="$tps" 'BEGIN { printf "%.0f%%", 100 * a / b }'); fi
  pgp99=$(kv pgbench_p99 "$line"); times="–"
  if [ -n "$pgp99" ] && [ "$pgp99" != 0 ]; then times=$(awk -v a="$(kv p99 "$line")" -v b="$pgp99" 'BEGIN { printf "%.1f", a / b }'); fi
  echo "| $name | ${c#c=} | $rps | $(kv p50 "$line") | $(kv p95 "$line") | $(kv p99 "$line") | $(kv errors "$line") | $(kv cpu_ms_per_request "$line") | ${statements:-–} | ${tps:-–} | $ratio | ${pgp99:-–} | $times |"
done
cat <<SPLIT

### Where a request's CPU goes

On two shared cores a request costs the service's CPU, PostgreSQL's and wrk's, and a pgbench transaction costs
PostgreSQL's and pgbench's client's, so the ratio above is about the second sum over the first. The CPU PostgreSQL
spent (all its processes, read from \`/proc\`) per request under the service's load and per transaction under pgbench's,
beside the service's: a ratio of 70% leaves the service and wrk together at most (PostgreSQL's ms under pgbench +
pgbench's client's) ÷ 0.7 − PostgreSQL's ms under the service, per request.

| request | conns | service CPU ms/request | PostgreSQL CPU ms/request (service) | PostgreSQL CPU ms/transaction (pgbench) |
|---|---:|---:|---:|---:|
SPLIT
grep '^load ' "$RESULTS" | while read -r _ name c rest; do
  line="$name $c $rest"
  service=$(kv cpu_ms_per_request "$line"); database=$(kv database_ms_per_request "$line")
  replayed=$(kv pgbench_database_ms_per_transaction "$line")
  echo "| $name | ${c#c=} | ${service:-–} | ${database:-–} | ${replayed:-–} |"
done
# the reads with PostgreSQL on a core of its own (bench/run.sh, phase cores), when they ran
cores_section() {
  grep -q '^cores ' "$RESULTS" || return 0
  cat <<CORES
## The database on a core of its own

The reads above split the two cores between the service, PostgreSQL, wrk and pgbench. Here PostgreSQL ran on CPU 1
alone and the service, wrk and pgbench's client on CPU 0 (taskset), as where the database has a host of its own: the
ratio says whether the service keeps up with the database, and each core's busy share during the service's run says
which of the two set the pace.

| request | conns | req/s | pgbench tps | ratio | p99 ms | pgbench p99 ms | p99 × | database core busy | service core busy |
|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|
CORES
  grep '^cores ' "$RESULTS" | while read -r _ name c rest; do
    local line="$name $c $rest" rps tps p99 pgp99
    rps=$(kv rps "$line"); tps=$(kv pgbench_tps "$line"); p99=$(kv p99 "$line"); pgp99=$(kv pgbench_p99 "$line")
    echo "| $name | ${c#c=} | $rps | $tps | $(awk -v a="$rps" -v b="$tps" 'BEGIN { if (b > 0) printf "%.0f%%", 100 * a / b; else print "–" }') | ${p99:-–} | ${pgp99:-–} | $(awk -v a="$p99" -v b="$pgp99" 'BEGIN { if (b > 0) printf "%.1f", a / b; else print "–" }') | $(kv database_cpu_busy "$line")% | $(kv service_cpu_busy "$line")% |"
  done
}

cat <<MID

$(grep -q '^dashboard_html absent' "$RESULTS" && echo "The dashboard HTML (\`/dashboard\`) does not exist on this build, so it was not measured; the harness measures it when it answers 200.")

$(cores_section)

## Start-up to the first served request

Wall-clock time from launching \`java -jar\` to the first answer, and the CPU time the JVM used until then
(user + system; less sensitive to other work on the machine than the wall clock): in all, on the main thread
(the path to the first answer, which a second core cannot shorten) and in the JIT compilers; with the load
average when the start began.

| mode | wall ms | CPU ms | main thread ms | compilers ms | load |
|---|---:|---:|---:|---:|---:|
$(grep '^startup_external ' "$RESULTS" | awk '{for (i = 3; i <= NF; i++) { split($i, kv, "="); v[kv[1]] = kv[2] } print "| external PostgreSQL, " $2 " (first authenticated API answer) | " v["wall_ms"] " | " v["cpu_ms"] " | " v["main_thread_ms"] " | " v["compilers_ms"] " | " v["load"] " |"; delete v}')
$(grep '^startup_embedded_ms' "$RESULTS" | awk '{sub("run=", "", $2); print "| embedded PostgreSQL, run " $2 (($2 == 1) ? " (creates the cluster)" : " (restart)") " (GET /login) | " $3 " | | | | |"}')

## Memory

Largest resident set of the service during the load runs: **$(grep '^rss_max_mb' "$RESULTS" | awk 'm<$2 {m=$2} END {print m}') MB**.

## Search: the Dutch compound gap

Points matched in the generated data: \`armoede\` with plain stemming: $(get search_armoede_plain); with prefix matching
(\`armoed:*\`, which also finds armoedebeleid, armoedebestrijding, armoedeval, armoedemonitor): $(get search_armoede_prefix);
\`armoedebeleid\` (prefix): $(get search_armoedebeleid_prefix). The common term \`gemeente\` occurs in $(get search_gemeente_share)% of the points.

## Two instances behind nginx, one database

$(grep '^scaleout' "$RESULTS" | sed 's/^scaleout /- /')

## Letters

$(grep -E '^\|' "$LETTERS")

$(grep -E '^Batch' "$LETTERS")

$(cat "$(dirname "$0")/SOAK.md" 2>/dev/null)

$(cat "$(dirname "$0")/FINDINGS.md" 2>/dev/null)
MID
