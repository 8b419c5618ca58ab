#!/usr/bin/env bash
# Times `asl validate` on many generated definitions in one call (default 500 files of 40 states each),
# against a single-file call that shows the fixed start-up cost.
#   bash scripts/bench-validate.sh [FILES] [STATES_PER_FILE]
set -euo pipefail
cd "$(dirname "$0")/.."
files=${1:-500}
states=${2:-40}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

dotnet build src/Asl.Cli -c Release --nologo -v quiet >/dev/null
asl=(dotnet src/Asl.Cli/bin/Release/net10.0/asl.dll)

# One definition: a chain of Task states with Retry/Catch, a Choice every 10 states, a Map and a Parallel.
generate() {
  local n=$1 i next
  printf '{\n  "Comment": "Generated benchmark machine %d",\n  "StartAt": "S1",\n  "States": {\n' "$n"
  for ((i = 1; i <= states; i++)); do
    if ((i > 1)); then printf ',\n'; fi
    next="\"Next\": \"S$((i + 1))\""
    if ((i == states)); then next='"End": true'; fi
    if ((i % 10 == 0 && i < states)); then
      printf '    "S%d": { "Type": "Choice", "Choices": [ { "Variable": "$.count", "NumericGreaterThan": %d, "Next": "S%d" } ], "Default": "S%d" }' "$i" "$i" "$((i + 1))" "$((i + 1))"
    elif ((i % 13 == 0)); then
      printf '    "S%d": { "Type": "Map", "ItemsPath": "$.items", "ItemProcessor": { "StartAt": "M%d", "States": { "M%d": { "Type": "Pass", "End": true } } }, "ResultPath": "$.mapped", %s }' "$i" "$i" "$i" "$next"
    elif ((i % 17 == 0)); then
      printf '    "S%d": { "Type": "Parallel", "Branches": [ { "StartAt": "L%d", "States": { "L%d": { "Type": "Pass", "End": true } } }, { "StartAt": "R%d", "States": { "R%d": { "Type": "Wait", "Seconds": 1, "End": true } } } ], %s }' "$i" "$i" "$i" "$i" "$i" "$next"
    else
      printf '    "S%d": { "Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "Parameters": { "FunctionName": "arn:aws:lambda:us-east-1:123456789012:function:step%d", "Payload.$": "$" }, "ResultPath": "$.r%d", "Retry": [ { "ErrorEquals": ["States.TaskFailed"], "MaxAttempts": 2 } ], %s }' "$i" "$i" "$i" "$next"
    fi
  done
  printf '\n  }\n}\n'
}

for ((n = 1; n <= files; n++)); do generate "$n" >"$work/machine-$n.asl.json"; done
bytes=$(cat "$work"/*.asl.json | wc -c)

millis() { echo $(( $(date +%s%N) / 1000000 )); }
time_call() {
  local start end status
  start=$(millis)
  set +e
  "${asl[@]}" validate "$@" >"$work/out.txt"
  status=$?
  set -e
  end=$(millis)
  echo "$((end - start)) $status"
}

"${asl[@]}" validate "$work/machine-1.asl.json" >/dev/null || true # warm the disk cache and the runtime
read -r one one_status < <(time_call "$work/machine-1.asl.json")
read -r many many_status < <(time_call "$work")
echo "asl validate, 1 file:            ${one} ms (exit ${one_status})"
echo "asl validate, ${files} files (${bytes} bytes, ${states} states each): ${many} ms (exit ${many_status})"
echo "per file beyond start-up:        $(awk -v a="$many" -v b="$one" -v n="$files" 'BEGIN { printf "%.2f", (a - b) / (n - 1) }') ms"
tail -n 1 "$work/out.txt"
