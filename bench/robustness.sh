#!/usr/bin/env bash
# Times the reproducers of inputs that once hung or crashed asl (validation of nested intrinsic calls, an output
# nested 1,030 levels, a request string holding half a surrogate pair), each bounded by a timeout.
#
#   bash bench/robustness.sh [ASL.DLL] [TIMEOUT_SECONDS]      (default: this repository's CLI in Release, 120 s)
#
# Pass another build's asl.dll to compare (for example one built from an older commit). Prints one line per
# reproducer: the exit code or HTTP status, the wall-clock time and the CPU time (user + system) it took.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
asl=${1:-}
limit=${2:-120}
if [ -z "$asl" ]; then
  dotnet build "$root/src/Asl.Cli" -c Release -nologo -v quiet >/dev/null
  asl="$root/src/Asl.Cli/bin/Release/net10.0/asl.dll"
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

for n in 28 30 34 64; do
  python3 -c "import json;n=$n;print(json.dumps({'StartAt':'A','States':{'A':{'Type':'Pass','Parameters':{'x.\$':'States.Array('*n+')'*n},'End':True}}}))" \
    >"$work/intrinsic$n.json"
done
python3 - "$work/wraps1030.json" <<'EOF'
import json, sys
definition = {"StartAt": "Init", "States": {
    "Init": {"Type": "Pass", "Result": {"n": 0, "v": []}, "Next": "Loop"},
    "Loop": {"Type": "Pass", "Parameters": {"n.$": "States.MathAdd($.n, 1)", "v.$": "States.Array($.v)"}, "Next": "Check"},
    "Check": {"Type": "Choice", "Choices": [{"Variable": "$.n", "NumericLessThan": 1030, "Next": "Loop"}], "Default": "Done"},
    "Done": {"Type": "Succeed"}}}
open(sys.argv[1], "w").write(json.dumps(definition))
EOF

# time_one NAME COMMAND...: exit code, wall and CPU seconds of one command (124 = stopped by the timeout).
time_one() {
  local name=$1
  shift
  local code=0
  /usr/bin/time -f "%e %U %S" -o "$work/time" timeout "$limit" "$@" >"$work/out" 2>"$work/err" || code=$?
  read -r wall user system < <(tail -n 1 "$work/time") || true
  printf '%-44s exit %-3s %8.2f s wall %8.2f s CPU   %s\n' "$name" "$code" "${wall:-$limit}" \
    "$(echo "${user:-0} + ${system:-0}" | bc)" "$(head -c 100 "$work/out" | tr -s '\n ' ' ')"
}

for n in 28 30 34 64; do time_one "asl validate: States.Array nested $n deep" dotnet "$asl" validate "$work/intrinsic$n.json"; done
time_one "asl run: States.Array nested 34 deep" dotnet "$asl" run "$work/intrinsic34.json"
time_one "asl run: output nested 1,030 levels" dotnet "$asl" run "$work/wraps1030.json"

# asl serve: ListStateMachines with {"nextToken": "\ud800"}, answered by the running server.
dotnet "$asl" serve --port 0 >"$work/serve" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null; rm -rf "$work"' EXIT
for _ in $(seq 1 600); do grep -q "listening on" "$work/serve" 2>/dev/null && break; sleep 0.1; done
url=$(sed -n 's/^asl serve: listening on //p' "$work/serve")
[ -n "$url" ] || { cat "$work/serve"; echo "asl serve did not start" >&2; exit 1; }
answer=$(curl -s -o "$work/body" -w '%{http_code} %{time_total}' -X POST "$url/" \
  -H 'X-Amz-Target: AWSStepFunctions.ListStateMachines' -H 'Content-Type: application/x-amz-json-1.0' \
  --data-binary '{"nextToken":"\ud800"}')
printf '%-44s HTTP %s %8.3f s       %s\n' 'asl serve: nextToken "\ud800"' "${answer% *}" "${answer#* }" "$(head -c 100 "$work/body")"
