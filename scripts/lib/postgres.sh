#!/usr/bin/env bash
# Private PostgreSQL clusters for scripts/run.sh and scripts/test.sh. Sourced, not run.
# A cluster lives in one folder: data/ (owned by the server's user), password (0600), server.log.

pg_bin_dir() {
  local dir
  for dir in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
    [ -x "$dir/initdb" ] && { echo "$dir"; return 0; }
  done
  return 1
}

# Installs Debian's postgresql package when no server binaries are present.
pg_ensure_binaries() {
  if ! pg_bin_dir >/dev/null; then
    echo "PostgreSQL server binaries not found; installing the postgresql package..." >&2
    local sudo=""
    [ "$(id -u)" -ne 0 ] && sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq postgresql >/dev/null
  fi
  PG_BIN="$(pg_bin_dir)"
  export PG_BIN
}

# PostgreSQL refuses to run as root: as root, the server runs as the postgres user.
pg_as_owner() {
  if [ "$(id -u)" -eq 0 ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

# pg_start_cluster FOLDER PORT: creates the cluster on first use, then starts it on 127.0.0.1:PORT.
pg_start_cluster() {
  local folder="$1" port="$2"
  mkdir -p "$folder"
  folder="$(cd "$folder" && pwd)"
  if [ ! -f "$folder/password" ]; then
    (umask 077; head -c 24 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' > "$folder/password")
  fi
  if [ ! -f "$folder/data/PG_VERSION" ]; then
    mkdir -p "$folder/data" "$folder/socket"
    local pwfile="$folder/socket/pwfile"
    cp "$folder/password" "$pwfile"
    if [ "$(id -u)" -eq 0 ]; then
      chown -R postgres:postgres "$folder/data" "$folder/socket"
      chmod 755 "$folder"
    fi
    pg_as_owner "$PG_BIN/initdb" -D "$folder/data" -U postgres --pwfile="$pwfile" \
      --auth-host=scram-sha-256 --auth-local=trust --encoding=UTF8 --locale=C.UTF-8 >/dev/null
    rm -f "$pwfile"
  fi
  if [ "$(id -u)" -eq 0 ]; then
    touch "$folder/server.log" && chown postgres:postgres "$folder/server.log"
  fi
  if pg_as_owner "$PG_BIN/pg_ctl" -D "$folder/data" status >/dev/null 2>&1; then
    return 0
  fi
  pg_as_owner "$PG_BIN/pg_ctl" -D "$folder/data" -l "$folder/server.log" -w -t 60 \
    -o "-p $port -k $folder/socket -c listen_addresses=127.0.0.1 -c max_connections=200 -c fsync=${PG_FSYNC:-on}" start >/dev/null
}

pg_stop_cluster() {
  local folder="$1"
  [ -f "$folder/data/PG_VERSION" ] || return 0
  pg_as_owner "$PG_BIN/pg_ctl" -D "$folder/data" -m fast -w stop >/dev/null 2>&1 || true
}

# pg_connection_string FOLDER PORT [DATABASE]
pg_connection_string() {
  local folder="$1" port="$2" database="${3:-postgres}"
  echo "Host=127.0.0.1;Port=$port;Database=$database;Username=postgres;Password=$(cat "$folder/password")"
}

pg_free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()' 2>/dev/null \
    || echo $((20000 + RANDOM % 20000))
}
