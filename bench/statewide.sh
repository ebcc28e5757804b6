#!/usr/bin/env bash
# Statewide: three release app servers on a fresh PostgreSQL database (the local server), behind
# nginx with the deployment's own configuration (deploy/nginx-sabaq.conf, in a temp directory),
# loaded by goose (bench/load: simulated learners on their real paths, signing in with Argon2).
# Prints per-request-kind p50/p99, errors, CPU and memory per process and for PostgreSQL at each
# size; then the faults: an app server killed with SIGKILL and PostgreSQL restarted mid-load
# (every acknowledged quiz submission in the database exactly once, checked against the
# client's ledger), and a SQLite server killed during a burst of submissions.
# Everything it starts is stopped by PID; the faults restart the local PostgreSQL cluster
# (pg_ctlcluster), so run it when nothing else uses that server.
# usage: bench/statewide.sh [--quick] [USERS ...]   (default 500 1000 2000, three minutes each;
#        --quick, as CI runs it: 300 learners for a minute, then the faults with 200)
# SABAQ_BENCH_FAULTS=0 skips the faults; SABAQ_BENCH_SECONDS sets the time at full load.
source "$(dirname "$0")/lib.sh"
quick=false
sizes=()
for a in "$@"; do
  if [[ "$a" == "--quick" ]]; then quick=true; else sizes+=("$a"); fi
done
# Pace: a learner reads for 20-60 s between steps and a morning's sign-ins come 10 a second;
# SABAQ_LOAD_THINK=5-15 SABAQ_BENCH_RATE=40 is four times as busy (the machine's ceiling).
if $quick; then
  sizes=(${sizes[@]:-300}); seconds=${SABAQ_BENCH_SECONDS:-60}; fault_users=200
  think=${SABAQ_LOAD_THINK:-5-15}; rate=${SABAQ_BENCH_RATE:-50}
else
  [[ ${#sizes[@]} -gt 0 ]] || sizes=(500 1000 2000)
  seconds=${SABAQ_BENCH_SECONDS:-180}; fault_users=1000
  think=${SABAQ_LOAD_THINK:-20-60}; rate=${SABAQ_BENCH_RATE:-10}
fi
max=$(printf '%s\n' "${sizes[@]}" "$fault_users" | sort -n | tail -n 1)
front="${SABAQ_BENCH_PORT:-3210}"
ports=($((front + 1)) $((front + 2)) $((front + 3)))
ulimit -n 65536 2>/dev/null || true

cargo build --release --quiet -p sabaq-load
postgres=true
bench_database statewide
./target/release/server import-content content >/dev/null
password="load-$(head -c 12 /dev/urandom | od -An -tx1 | tr -d ' \n')"
SABAQ_SYNTHETIC_PASSWORD="$password" ./target/release/server seed-synthetic --learners "$max" | tail -n 1
psql "$DATABASE_URL" -Atc "SELECT login FROM users WHERE role = 'learner' ORDER BY id" >"$workdir/logins"

server_pids=()
nginx_pid=""
statewide_cleanup() {
  for p in "${server_pids[@]}" $nginx_pid; do kill "$p" 2>/dev/null || true; done
  for p in "${server_pids[@]}" $nginx_pid; do wait "$p" 2>/dev/null || true; done
  bench_cleanup
}
trap statewide_cleanup EXIT

# One app server on port $1 (the load generator stands for an outer proxy naming each
# learner's address, hence two hops).
start_server() {
  SABAQ_TRUST_PROXY=true SABAQ_PROXY_HOPS=2 SABAQ_PUBLIC_ORIGINS="http://127.0.0.1:$front" \
    LEPTOS_SITE_ADDR="127.0.0.1:$1" ./target/release/server serve >>"$workdir/server-$1.log" 2>&1 &
  server_pids+=($!)
}
wait_healthy() {
  for _ in $(seq 1 150); do curl -fs "http://127.0.0.1:$1/healthz" >/dev/null && return; sleep 0.2; done
  echo "the server on $1 did not start:" >&2; cat "$workdir/server-$1.log" >&2; return 1
}
start_all() {
  server_pids=()
  for p in "${ports[@]}"; do start_server "$p"; done
  for p in "${ports[@]}"; do wait_healthy "$p"; done
}
start_all
mkdir -p "$workdir/nginx"
python3 bench/statewide.py nginx-conf deploy/nginx-sabaq.conf "$workdir/nginx" "$front" "${ports[@]}" \
  >"$workdir/nginx/nginx.conf"
nginx -p "$workdir/nginx" -c "$workdir/nginx/nginx.conf" -g 'daemon off;' &
nginx_pid=$!
for _ in $(seq 1 50); do curl -fs "http://127.0.0.1:$front/healthz" >/dev/null && break; sleep 0.2; done

run_load() {
  SABAQ_LOAD_LOGINS="$workdir/logins" SABAQ_LOAD_PASSWORD="$password" \
    SABAQ_LOAD_THINK="$think" python3 bench/statewide.py load \
    --goose target/release/sabaq-load --front "http://127.0.0.1:$front" \
    --direct "${ports[@]/#/http://127.0.0.1:}" --pids "${server_pids[@]}" --nginx "$nginx_pid" \
    --dburl "$DATABASE_URL" --out "$workdir" --since "$since" --rate "$rate" "$@"
}

echo "machine: $(nproc) cores; load generator, nginx, three app servers and PostgreSQL all on it;"
echo "each learner waits $think s between steps"
since=$(date +%s)
for n in "${sizes[@]}"; do
  run_load --users "$n" --seconds "$seconds" --expect-no-errors
done

[[ "${SABAQ_BENCH_FAULTS:-1}" == 1 ]] || exit 0
echo
echo "Faults under $fault_users learners: server 3 killed at 20 s, PostgreSQL stopped at 40 s (until a page shows it, then started again)"
run_load --users "$fault_users" --seconds "$seconds" --kill-at 20 --restart-postgres-at 40
if grep -l "panicked" "$workdir"/server-*.log; then echo "a server panicked" >&2; exit 1; fi
echo "  no server panicked; servers 1 and 2 ran throughout (PIDs ${server_pids[0]} ${server_pids[1]} alive: $(kill -0 "${server_pids[0]}" "${server_pids[1]}" && echo yes))"

# SQLite, the single-machine default: one server, a burst of submissions, SIGKILL.
sqlite_file="$workdir/sqlite-kill.db"
export DATABASE_URL="sqlite://$sqlite_file?mode=rwc"
./target/release/server import-content content >/dev/null
SABAQ_SYNTHETIC_PASSWORD="$password" ./target/release/server seed-synthetic --learners 1 >/dev/null
login=$(sqlite3 "$sqlite_file" "SELECT login FROM users WHERE role = 'learner' LIMIT 1")
sqlite_port=$((front + 4))
LEPTOS_SITE_ADDR="127.0.0.1:$sqlite_port" ./target/release/server serve >"$workdir/sqlite-server.log" 2>&1 &
sqlite_pid=$!
server_pids+=("$sqlite_pid")
wait_healthy "$sqlite_port"
python3 bench/statewide.py sqlite-kill "http://127.0.0.1:$sqlite_port" "$sqlite_file" "$sqlite_pid" \
  "$login" "$password" /courses/staying-safe-online/quizzes/fraud-practice
