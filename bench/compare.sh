#!/usr/bin/env bash
# Asl side by side with the tools users would otherwise pick, on the same inputs, on this machine, in one run:
#   validation   Asl's reader + validator        vs asl-validator 4.0.0
#   executions   Asl's local engine              vs aws-local-stepfunctions 3.0.0
#   JSONata      Asl's JSONata evaluator         vs jsonata 2.0.6 (jsonata-js, the version Step Functions runs)
#   generator    which steps an edit re-runs, and what the generator adds to the sample's build time
#
#   bash bench/compare.sh [--quick] [--no-build-time] [--jsonata-only]
#
# --quick          shorter measuring (BENCH_WARMUP_SECONDS=1, BENCH_SECONDS=4) and 3 build rounds
# --no-build-time  skip the sample build measurement (the slowest part)
# --jsonata-only   measure only the JSONata evaluations
# Needs dotnet, node and npm (the npm packages go into a temporary folder). Prints each figure and the ratios;
# exit 0 even when a target is missed (the verdicts say so).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

quick=false
build_time=true
jsonata_only=false
for arg in "$@"; do
  case "$arg" in
    --quick) quick=true ;;
    --no-build-time) build_time=false ;;
    --jsonata-only) jsonata_only=true ;;
    *) echo "usage: bash bench/compare.sh [--quick] [--no-build-time] [--jsonata-only]" >&2; exit 2 ;;
  esac
done
if $quick; then
  export BENCH_WARMUP_SECONDS=${BENCH_WARMUP_SECONDS:-1} BENCH_SECONDS=${BENCH_SECONDS:-4}
  # Per JSONata case (each of the ~17 is timed on its own).
  export BENCH_JSONATA_WARMUP_SECONDS=${BENCH_JSONATA_WARMUP_SECONDS:-0.5} BENCH_JSONATA_SECONDS=${BENCH_JSONATA_SECONDS:-1}
  build_rounds=3
else
  export BENCH_WARMUP_SECONDS=${BENCH_WARMUP_SECONDS:-3} BENCH_SECONDS=${BENCH_SECONDS:-10}
  export BENCH_JSONATA_WARMUP_SECONDS=${BENCH_JSONATA_WARMUP_SECONDS:-1} BENCH_JSONATA_SECONDS=${BENCH_JSONATA_SECONDS:-2}
  build_rounds=7
fi

for tool in dotnet node npm; do
  command -v "$tool" >/dev/null || { echo "compare.sh needs $tool on PATH." >&2; exit 2; }
done

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

load() { cut -d' ' -f1-3 /proc/loadavg; }
section() { printf '\n== %s (load average %s)\n' "$1" "$(load)"; }
# Reads a field of a JSON line, or divides two numbers, with node (no jq needed).
field() { node -p 'const v = JSON.parse(process.argv[1])[process.argv[2]]; typeof v === "object" ? JSON.stringify(v) : v' -- "$1" "$2"; }
ratio() { node -p '(Number(process.argv[1]) / Number(process.argv[2])).toFixed(1)' -- "$1" "$2"; }
fixed() { node -p "Number(process.argv[1]).toFixed($2)" -- "$1"; }
verdict() { node -p 'Number(process.argv[1]) >= Number(process.argv[2]) ? "MET" : "MISSED"' -- "$1" "$2"; }
millis() { echo $(($(date +%s%N) / 1000000)); }
# Two runs of one side as one: numbers averaged, everything else from the first run.
mean_of() { node -p 'const a = JSON.parse(process.argv[1]), b = JSON.parse(process.argv[2]);
  JSON.stringify(Object.fromEntries(Object.entries(a).map(([k, v]) => [k, typeof v === "number" ? (v + b[k]) / 2 : v])))' -- "$1" "$2"; }
# Asl is measured before and after the other tool (A-B-A), and its figure is the mean of the two runs, so a change
# in the machine's load during the run weighs on both tools alike instead of on whichever ran at the time.
sandwich() { # sandwich FIELD UNIT OTHER-COMMAND... -- ASL-COMMAND... -> sets other_out and asl_out (JSON lines)
  local field_name=$1 unit=$2 other=() first second
  shift 2
  while [ "$1" != -- ]; do other+=("$1"); shift; done
  shift
  first=$("$@" 2> >(sed 's/^/  /' >&2))
  other_out=$("${other[@]}" 2> >(sed 's/^/  /' >&2))
  second=$("$@" 2> >(sed 's/^/  /' >&2))
  echo "  Asl, before and after: $(fixed "$(field "$first" "$field_name")" 0) and $(fixed "$(field "$second" "$field_name")" 0) $unit" >&2
  asl_out=$(mean_of "$first" "$second")
}

section "Machine"
echo "CPU: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//'), $(nproc) cores; memory: $(free -h | awk '/^Mem:/ { print $2 " total, " $7 " available" }')"
echo "dotnet $(dotnet --version), node $(node --version), date $(date -u +%Y-%m-%dT%H:%MZ)"

section "Setup"
echo "installing asl-validator@4.0.0, aws-local-stepfunctions@3.0.0 and jsonata@2.0.6 into $work/npm ..."
mkdir -p "$work/npm"
(cd "$work/npm" && npm init -y >/dev/null 2>&1 &&
  npm install --no-audit --no-fund --loglevel=error asl-validator@4.0.0 aws-local-stepfunctions@3.0.0 jsonata@2.0.6 >/dev/null 2>"$work/npm.log") ||
  { cat "$work/npm.log" >&2; echo "npm install failed." >&2; exit 1; }
export NODE_PATH="$work/npm/node_modules"
echo "building bench/Asl.Benchmarks and src/Asl.Cli (Release) ..."
dotnet build bench/Asl.Benchmarks -c Release -nologo -v quiet >"$work/build.log" 2>&1 || { grep -E 'error' "$work/build.log" | sort -u >&2; exit 1; }
dotnet build src/Asl.Cli -c Release -nologo -v quiet >"$work/build-cli.log" 2>&1 || { grep -E 'error' "$work/build-cli.log" | sort -u >&2; exit 1; }
bench=(dotnet bench/Asl.Benchmarks/bin/Release/net10.0/Asl.Benchmarks.dll)
asl=(dotnet src/Asl.Cli/bin/Release/net10.0/asl.dll)
# What `dotnet tool install Asl.Cli` puts on a linux-x64 machine: the Native AOT executable of the tool package
# (not needed for the JSONata figures alone).
rid=$(dotnet --info | awk '/^ *RID:/ { print $2; exit }')
asl_native=()
if ! $jsonata_only && [ "$rid" = linux-x64 ]; then
  echo "publishing src/Asl.Cli as the tool package's Native AOT executable ($rid) ..."
  dotnet publish src/Asl.Cli -c Release -r "$rid" -o "$work/asl-native" -nologo -v quiet >"$work/publish-cli.log" 2>&1 ||
    { grep -E 'error' "$work/publish-cli.log" | sort -u >&2; exit 1; }
  asl_native=("$work/asl-native/asl")
fi
# The build servers would otherwise stay up beside the measurements (not needed for the JSONata figures alone).
$jsonata_only || dotnet build-server shutdown >/dev/null 2>&1 || true
"${bench[@]}" prepare "$work/inputs"
definitions="$work/inputs/definitions"
machine="$work/inputs/engine/pass-choice-map.asl.json"
input="$work/inputs/engine/order-input.json"

# ---------------------------------------------------------------------------------------------------------------
jsonata_section() { # prints the per-case figures; sets jsonata_ratio (geometric mean) and jsonata_min
  local cases="$work/inputs/jsonata/cases.json" first second js report
  section "JSONata evaluations, in process (each expression parsed once; the same expressions, data and bindings)"
  first=$("${bench[@]}" compare-jsonata "$cases" 2> >(sed 's/^/  Asl /' >&2))
  js=$(node bench/node/jsonata-throughput.js "$cases" 2> >(sed 's/^/  jsonata-js /' >&2))
  second=$("${bench[@]}" compare-jsonata "$cases" 2> >(sed 's/^/  Asl /' >&2))
  report=$(node -e '
    const [a, b, j] = process.argv.slice(1).map((t) => JSON.parse(t).cases);
    const canon = (v) => JSON.stringify(v, (k, x) => x && typeof x === "object" && !Array.isArray(x) ? Object.fromEntries(Object.entries(x).sort()) : x);
    const lines = [], ratios = [], cpuRatios = [];
    const geomean = (rs) => Math.exp(rs.reduce((s, r) => s + Math.log(r), 0) / rs.length);
    j.forEach((js, i) => {
      const asl = (a[i].evaluationsPerSecond + b[i].evaluationsPerSecond) / 2;
      const cpu = (a[i].evaluationsPerCpuSecond + b[i].evaluationsPerCpuSecond) / 2;
      const api = (a[i].apiEvaluationsPerSecond + b[i].apiEvaluationsPerSecond) / 2;
      const ratio = asl / js.evaluationsPerSecond;
      ratios.push(ratio);
      cpuRatios.push(cpu / js.evaluationsPerCpuSecond);
      lines.push(`${js.name.padEnd(36)} ${js.evaluationsPerSecond.toFixed(0).padStart(9)} ${asl.toFixed(0).padStart(10)} ${ratio.toFixed(1).padStart(7)}x ${(cpu / js.evaluationsPerCpuSecond).toFixed(1).padStart(7)}x ${api.toFixed(0).padStart(10)} ${(api / js.evaluationsPerSecond).toFixed(1).padStart(7)}x  ${canon(js.output) === canon(a[i].output) ? "same" : "DIFFERENT"}`);
    });
    console.log(`${"case".padEnd(36)} ${"jsonata-js".padStart(9)} ${"Asl".padStart(10)} ${"ratio".padStart(8)} ${"CPU".padStart(8)} ${"Asl API".padStart(10)} ${"ratio".padStart(8)}  output`);
    console.log(lines.join("\n"));
    console.log(`RATIOS ${geomean(ratios).toFixed(1)} ${Math.min(...ratios).toFixed(1)} ${geomean(cpuRatios).toFixed(1)} ${Math.min(...cpuRatios).toFixed(1)}`);' -- "$first" "$second" "$js")
  echo "(evaluations/s; Asl: the evaluator on input in JSONata form, as jsonata-js gets a JavaScript object, mean of runs before and after jsonata-js; Asl API: JsonAtaExpression.Evaluate, converting input and result from and to the engine's JSON each time)"
  echo "$report" | sed '$d'
  jsonata_ratio=$(echo "$report" | tail -n 1 | cut -d' ' -f2)
  jsonata_min=$(echo "$report" | tail -n 1 | cut -d' ' -f3)
  local cpu_mean cpu_min
  cpu_mean=$(echo "$report" | tail -n 1 | cut -d' ' -f4)
  cpu_min=$(echo "$report" | tail -n 1 | cut -d' ' -f5)
  echo "ratio Asl / jsonata-js: geometric mean ${jsonata_ratio}x wall clock (${cpu_mean}x CPU), lowest ${jsonata_min}x (${cpu_min}x CPU)   target >= 3x: $(verdict "$jsonata_ratio" 3) (lowest: $(verdict "$jsonata_min" 3))"
}

if $jsonata_only; then
  jsonata_section
  exit 0
fi

# ---------------------------------------------------------------------------------------------------------------
validate_set() { # validate_set DIR LABEL -> prints the figures; sets set_ratio and set_cpu_ratio
  local js cs
  sandwich definitionsPerSecond definitions/s node bench/node/validate-throughput.js "$1" -- "${bench[@]}" compare-validate "$1"
  js=$other_out cs=$asl_out
  set_ratio=$(ratio "$(field "$cs" definitionsPerSecond)" "$(field "$js" definitionsPerSecond)")
  set_cpu_ratio=$(ratio "$(field "$cs" definitionsPerCpuSecond)" "$(field "$js" definitionsPerCpuSecond)")
  for side in "asl-validator 4.0.0|$js" "Asl|$cs"; do
    local name=${side%%|*} json=${side#*|}
    printf '%-22s %10s definitions/s %8s MB/s %10s definitions per CPU second (valid: %s of %s)\n' \
      "$name" "$(fixed "$(field "$json" definitionsPerSecond)" 1)" "$(fixed "$(field "$json" megabytesPerSecond)" 2)" \
      "$(fixed "$(field "$json" definitionsPerCpuSecond)" 1)" "$(field "$json" valid)" "$(field "$json" definitions)"
  done
  echo "ratio Asl / asl-validator ($2): ${set_ratio}x wall clock, ${set_cpu_ratio}x CPU time"
}

section "Validation, in process: large definitions (read + validate each; file reading and start-up excluded)"
validate_set "$definitions" "large definitions"
echo "target >= 100x: $(verdict "$set_ratio" 100)"
validation_ratio=$set_ratio
validation_cpu_ratio=$set_cpu_ratio

section "Validation, in process: typical definitions (5-40 states; for context)"
validate_set "$work/inputs/definitions-typical" "typical definitions"
typical_ratio=$set_ratio

section "Validation, whole commands (process start included)"
files=("$definitions"/*.json)
json_paths=()
for file in "${files[@]}"; do json_paths+=(--json-path "$file"); done
best_of() { # best_of N command... -> the fastest of N runs, in ms
  local runs=$1 best=0 start elapsed
  shift
  for ((i = 0; i < runs; i++)); do
    start=$(millis)
    "$@" >/dev/null 2>&1 || true
    elapsed=$(($(millis) - start))
    if ((best == 0 || elapsed < best)); then best=$elapsed; fi
  done
  echo "$best"
}
validator_cli="$work/npm/node_modules/asl-validator/dist/bin/asl-validator.js"
js_one=$(best_of 3 node "$validator_cli" --silent --json-path "${files[0]}")
cs_one=$(best_of 3 "${asl[@]}" validate "${files[0]}")
js_all=$(best_of 1 node "$validator_cli" --silent "${json_paths[@]}")
cs_all=$(best_of 3 "${asl[@]}" validate "$definitions")
echo "asl-validator CLI: 1 file ${js_one} ms, ${#files[@]} files ${js_all} ms (one call with --json-path per file)"
echo "asl validate:      1 file ${cs_one} ms, ${#files[@]} files ${cs_all} ms (one call on the folder; best of 3)"
echo "ratio for ${#files[@]} files: $(ratio "$js_all" "$cs_all")x; for 1 file: $(ratio "$js_one" "$cs_one")x"

section "Validation of one file per call, as a pre-commit hook or CI step runs it (process start included)"
median_of() { # median_of N command... -> the median wall time of N runs, in ms
  local runs=$1 times=() start
  shift
  for ((i = 0; i < runs; i++)); do
    start=$(date +%s%N)
    "$@" >/dev/null 2>&1 || true
    times+=($((($(date +%s%N) - start) / 1000)))
  done
  printf '%s\n' "${times[@]}" | sort -n | awk '{ a[NR] = $1 } END { printf "%.1f", a[int((NR + 1) / 2)] / 1000 }'
}
one_file="$work/inputs/engine/pass-choice-map.asl.json"
js_file=$(median_of 10 node "$validator_cli" --silent --json-path "$one_file")
fd_file=$(median_of 10 "${asl[@]}" validate "$one_file")
echo "asl-validator CLI (node):                 ${js_file} ms (median of 10)"
echo "asl validate, framework-dependent (dotnet): ${fd_file} ms (median of 10; the tool package's 'any' build)"
if [ ${#asl_native[@]} -gt 0 ]; then
  native_file=$(median_of 10 "${asl_native[@]}" validate "$one_file")
  echo "asl validate, installed tool (Native AOT): ${native_file} ms (median of 10)"
  echo "ratio asl-validator / asl (installed tool): $(ratio "$js_file" "$native_file")x; target: under 100 ms: $(node -p 'Number(process.argv[1]) < 100 ? "MET" : "MISSED"' -- "$native_file")"
else
  echo "(the Native AOT tool is measured on linux-x64 only; this machine is $rid)"
fi

# ---------------------------------------------------------------------------------------------------------------
section "Executions, in process (the same 20-state Pass/Choice/Map definition and input)"
sandwich sequentialExecutionsPerSecond "executions/s one at a time" \
  node bench/node/execute-throughput.js "$machine" "$input" -- "${bench[@]}" compare-execute "$machine" "$input"
js=$other_out cs=$asl_out
same=$(node -p 'const a = JSON.parse(process.argv[1]).output, b = JSON.parse(process.argv[2]).output;
  const canon = (v) => JSON.stringify(v, (k, x) => x && typeof x === "object" && !Array.isArray(x) ? Object.fromEntries(Object.entries(x).sort()) : x);
  canon(a) === canon(b) ? "identical" : "DIFFERENT: " + canon(a) + " vs " + canon(b)' -- "$js" "$cs")
for mode in sequential concurrent; do
  label=$([ "$mode" = sequential ] && echo "one at a time" || echo "all $(field "$cs" batch) at once")
  printf '%-14s aws-local-stepfunctions %9s executions/s (%s per CPU s); Asl %9s executions/s (%s per CPU s); ratio %sx wall, %sx CPU\n' \
    "$label:" "$(fixed "$(field "$js" "${mode}ExecutionsPerSecond")" 0)" "$(fixed "$(field "$js" "${mode}ExecutionsPerCpuSecond")" 0)" \
    "$(fixed "$(field "$cs" "${mode}ExecutionsPerSecond")" 0)" "$(fixed "$(field "$cs" "${mode}ExecutionsPerCpuSecond")" 0)" \
    "$(ratio "$(field "$cs" "${mode}ExecutionsPerSecond")" "$(field "$js" "${mode}ExecutionsPerSecond")")" \
    "$(ratio "$(field "$cs" "${mode}ExecutionsPerCpuSecond")" "$(field "$js" "${mode}ExecutionsPerCpuSecond")")"
done
execution_ratio=$(ratio "$(field "$cs" sequentialExecutionsPerSecond)" "$(field "$js" sequentialExecutionsPerSecond)")
execution_cpu_ratio=$(ratio "$(field "$cs" sequentialExecutionsPerCpuSecond)" "$(field "$js" sequentialExecutionsPerCpuSecond)")
echo "Asl: $(field "$cs" statesEntered) states entered per execution = $(fixed "$(node -p "$(field "$cs" sequentialExecutionsPerSecond) * $(field "$cs" statesEntered)")" 0) state transitions/s one at a time"
echo "outputs of the two engines: $same"
echo "ratio (one at a time): ${execution_ratio}x   target >= 30x: $(verdict "$execution_ratio" 30)"

jsonata_section

# ---------------------------------------------------------------------------------------------------------------
section "Generator: steps re-run by an edit"
steps_status=0
"${bench[@]}" generator-steps || steps_status=$?
generator_verdict=$([ "$steps_status" -eq 0 ] && echo MET || echo MISSED)

build_summary="not measured (--no-build-time)"
if $build_time; then
  section "Generator: share of the sample's build time ($build_rounds rounds)"
  build_output=$(bash bench/build-time.sh "$build_rounds")
  echo "$build_output" | sed '$d'
  build_json=$(echo "$build_output" | tail -n 1)
  under10() { node -p "Number(process.argv[1]) < 10 ? 'MET' : 'MISSED'" -- "$1"; }
  warm=$(field "$build_json" warmOverheadPercent)
  cold=$(field "$build_json" coldOverheadPercent)
  build_summary="${warm}% with the warm compiler server ($(under10 "$warm")), ${cold}% with a cold compiler process ($(under10 "$cold"))"
fi

section "Summary"
echo "validation throughput vs asl-validator:  ${validation_ratio}x wall clock (${validation_cpu_ratio}x CPU)   target >= 100x: $(verdict "$validation_ratio" 100)"
echo "  (typical-size definitions, for context: ${typical_ratio}x wall clock)"
echo "executions/s vs aws-local-stepfunctions: ${execution_ratio}x wall clock (${execution_cpu_ratio}x CPU)   target >= 30x: $(verdict "$execution_ratio" 30)"
echo "JSONata evaluations/s vs jsonata-js:     ${jsonata_ratio}x geometric mean, lowest ${jsonata_min}x   target >= 3x: $(verdict "$jsonata_ratio" 3)"
echo "edit outside the workflows re-runs no generator step: $generator_verdict"
echo "generator share of the sample's build time (< 10%): $build_summary"
