# shellcheck shell=bash
# Helpers shared by the scripts of this folder (sourced, not run): repository paths, messages,
# free loopback ports, bounded polling, PID files.

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VAR="$ROOT/var"
RUN_DIR="$VAR/run"
LOG_DIR="$VAR/log"
VENV="$VAR/venv"
export ROOT VAR RUN_DIR LOG_DIR VENV

# Swift lives in /opt/swift on the CI machines; use it when it is not already on PATH.
if ! command -v swift >/dev/null 2>&1 && [[ -x /opt/swift/usr/bin/swift ]]; then
    PATH="/opt/swift/usr/bin:$PATH"
fi

SCRIPT_NAME="$(basename "$0")"

say() { printf '%s: %s\n' "$SCRIPT_NAME" "$*" >&2; }
die() { say "$*"; exit 1; }

# A TCP port on 127.0.0.1 that nothing listens on right now.
free_port() {
    python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

# True when something accepts TCP connections on 127.0.0.1:$1.
port_open() {
    (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

# True when process $1 exists.
alive() {
    [[ -n "${1:-}" ]] && kill -0 "$1" 2>/dev/null
}

# wait_until SECONDS PID COMMAND...: polls COMMAND every 0.1 s until it succeeds (0), PID dies
# (1) or SECONDS pass (2). PID may be empty.
wait_until() {
    local seconds=$1 pid=$2 deadline
    shift 2
    deadline=$((SECONDS + seconds))
    until "$@"; do
        if [[ -n "$pid" ]] && ! alive "$pid"; then return 1; fi
        if ((SECONDS >= deadline)); then return 2; fi
        sleep 0.1
    done
}

# The PID recorded in $RUN_DIR/$1.pid, if that process is alive and was started from this
# checkout (a PID file left by a reboot may name an unrelated process).
running_pid() {
    local file="$RUN_DIR/$1.pid" pid
    [[ -f "$file" ]] || return 1
    pid="$(<"$file")"
    alive "$pid" || return 1
    tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -qF "$ROOT/" || return 1
    printf '%s\n' "$pid"
}

# What a script started and must stop when it exits, newest first: "services", "pg".
STARTED=()
stop_started() {
    local status=$? what
    trap - EXIT INT TERM
    for what in "${STARTED[@]}"; do
        "$ROOT/scripts/$what" stop || true
    done
    exit "$status"
}

# use_pg / use_services: start the private cluster / the stand-ins for this script; what was
# not already running is stopped when the script exits, normally, on error or on interruption.
use_pg() {
    trap stop_started EXIT
    trap 'exit 130' INT
    trap 'exit 143' TERM
    "$ROOT/scripts/pg" status >/dev/null 2>&1 || STARTED=(pg "${STARTED[@]}")
    "$ROOT/scripts/pg" start
}
use_services() {
    trap stop_started EXIT
    trap 'exit 130' INT
    trap 'exit 143' TERM
    "$ROOT/scripts/services" status >/dev/null 2>&1 || STARTED=(services "${STARTED[@]}")
    "$ROOT/scripts/services" start
}

mkdir -p "$RUN_DIR" "$LOG_DIR"
