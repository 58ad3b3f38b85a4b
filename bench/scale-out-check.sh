#!/usr/bin/env bash
# Shows that sessions and login throttling hold across instances behind a round-robin balancer.
# Usage: bench/scale-out-check.sh http://127.0.0.1:18090   (prints one line per finding)
set -uo pipefail
LB=$1
jar=$(mktemp)
trap 'rm -f "$jar"' EXIT

# a session started on one instance is known to both (an advisory body's member: staff and managers sign in with
# a second factor, which a script cannot give)
code=$(curl -s -o /dev/null -w '%{http_code}' -c "$jar" -H 'Content-Type: application/json' \
  -d '{"username":"asdg","password":"demo"}' "$LB/login")
echo "login=$code"
declare -A served=()
ok=0
for i in $(seq 1 10); do
  read -r status upstream <<<"$(curl -s -o /dev/null -D - -b "$jar" "$LB/api/me" | awk 'NR==1 {s=$2} tolower($1)=="x-upstream:" {u=$2} END {print s, u}' | tr -d '\r')"
  [ "$status" = 200 ] && ok=$((ok + 1))
  served[$upstream]=1
done
echo "session_requests_ok=$ok/10 instances=${#served[@]}"

# a logout on one instance ends the session on both
csrf=$(curl -s -b "$jar" "$LB/api/me" | sed -n 's/.*"csrfToken":"\([^"]*\)".*/\1/p')
echo "logout=$(curl -s -o /dev/null -w '%{http_code}' -b "$jar" -X POST -H 'Content-Type: application/json' \
  -d "{\"_csrf\":\"$csrf\"}" "$LB/logout")"
refused=0
for i in $(seq 1 10); do
  status=$(curl -s -o /dev/null -w '%{http_code}' -b "$jar" -H 'Accept: application/json' "$LB/api/me")
  [ "$status" = 401 ] && refused=$((refused + 1))
done
echo "after_logout_refused=$refused/10"

# failed logins count across instances: the sixth attempt is refused wherever it lands
codes=""
for i in $(seq 1 7); do
  codes="$codes$(curl -s -o /dev/null -w '%{http_code}' -H 'Content-Type: application/json' \
    -d '{"username":"manager","password":"wrong"}' "$LB/login"),"
done
echo "wrong_password_codes=${codes%,}"
echo "right_password_while_blocked=$(curl -s -o /dev/null -w '%{http_code}' -H 'Content-Type: application/json' \
  -d '{"username":"manager","password":"demo"}' "$LB/login")"
psql -qc "delete from login_failure where username = 'manager'" >/dev/null 2>&1 || true
