# Shared by the benchmark scripts: the release build, a fresh database (SQLite by default,
# PostgreSQL with --postgres: a throwaway database on the local server), the server, clean-up.
# usage, in a script: source "$(dirname "$0")/lib.sh"; bench_args "$@"; set -- "${rest[@]}"
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../scripts/env.sh"
[[ -x target/release/server ]] || { scripts/tools.sh; cargo leptos build --release --precompress; }
export RUST_LOG=error
postgres=false
workdir=$(mktemp -d)
pg_db=""
pid=""

# Reads --postgres; leaves the other arguments in `rest`.
bench_args() {
  rest=()
  for a in "$@"; do
    if [[ "$a" == "--postgres" ]]; then postgres=true; else rest+=("$a"); fi
  done
}

# A fresh database called $1 (a file under the work directory, or a PostgreSQL database).
bench_database() {
  if $postgres; then
    pg_db="sabaq_$1_$$"
    psql -h 127.0.0.1 -U postgres -qc "CREATE DATABASE $pg_db" >/dev/null
    export DATABASE_URL="postgres://postgres@127.0.0.1:5432/$pg_db"
  else
    db_file="$workdir/$1.db"
    export DATABASE_URL="sqlite://$db_file?mode=rwc"
  fi
  echo "database: $($postgres && echo PostgreSQL || echo SQLite)"
}

# Adds an administrator bench.admin with a random password, kept in `admin_password`.
bench_admin() {
  admin_password="bench-$(head -c 12 /dev/urandom | od -An -tx1 | tr -d ' \n')"
  SABAQ_ADMIN_PASSWORD="$admin_password" ./target/release/server create-admin \
    --login bench.admin --name "Bench Admin" >/dev/null
}

# Starts the release server on 127.0.0.1:$1 and waits until it answers; its PID is `pid`.
bench_serve() {
  export LEPTOS_SITE_ADDR="127.0.0.1:$1"
  ./target/release/server serve >"$workdir/server.log" 2>&1 &
  pid=$!
  for _ in $(seq 1 100); do curl -fs "http://127.0.0.1:$1/healthz" >/dev/null && return; sleep 0.2; done
  echo "the server did not start:" >&2; cat "$workdir/server.log" >&2; return 1
}

bench_cleanup() {
  if [[ -n "$pid" ]]; then kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null; fi
  if [[ -n "$pg_db" ]]; then psql -h 127.0.0.1 -U postgres -qc "DROP DATABASE IF EXISTS $pg_db" >/dev/null; fi
  rm -rf "$workdir"
}
trap bench_cleanup EXIT
