#!/usr/bin/env bash
# The memory of `asl serve` over many executions, with its default retention (or the options given).
#
#   bash bench/serve-memory.sh [EXECUTIONS] [-- SERVE OPTIONS...]      (default 100000)
#
# Builds the CLI in Release, starts `asl serve --port 0`, creates one state machine (a Pass, a Choice and a
# Succeed state over a small input) and starts EXECUTIONS executions of it over one keep-alive HTTP connection,
# as fast as the server answers; the virtual clock runs each at once. It prints the server's resident set size
# (VmRSS from /proc) after start-up and at every tenth of the run, once every started execution has finished,
# and how many executions the server still keeps. With the default retention (the last 10,000 finished
# executions) the size grows while the first 10,000 are kept and then stays flat.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
count=${1:-100000}
shift || true
[ "${1:-}" = "--" ] && shift
dotnet build "$root/src/Asl.Cli" -c Release -nologo -v quiet >/dev/null
out=$(mktemp)
dotnet "$root/src/Asl.Cli/bin/Release/net10.0/asl.dll" serve --port 0 "$@" >"$out" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; rm -f "$out"' EXIT
for _ in $(seq 1 300); do
  grep -q "listening on" "$out" 2>/dev/null && break
  sleep 0.1
done
url=$(sed -n 's/^asl serve: listening on //p' "$out")
[ -n "$url" ] || { cat "$out"; echo "asl serve did not start" >&2; exit 1; }
python3 "$root/bench/serve-memory.py" "$url" "$pid" "$count"
