#!/usr/bin/env bash
# What the source generator adds to `dotnet build` of samples/NestedWorkflow.
#
#   bash bench/build-time.sh [ROUNDS]      (default 5)
#
# Two copies of the sample are built side by side at the sample's depth in the repository (bench/build-time-*), so
# its relative paths and Directory.Build.props apply unchanged:
#   with     the sample as it is: the generator runs in the compiler.
#   without  the generator reference removed and the sources it generated added as ordinary files, so the
#            compiler compiles exactly the same code and the build runs the same steps (deploy artifacts too),
#            only without running the generator.
# Each round touches Program.cs in both copies and rebuilds each once (`--no-restore --no-dependencies`: the
# project's own compile), in pairs that alternate which copy goes first, so both see the same machine load. The
# overhead is the median over the pairs of (with - without) / without: pairs cancel the load drift of a shared
# machine better than a ratio of two medians. Two ways to compile:
#   warm   the shared compiler server, as in an edit-build loop (it keeps the generator loaded and its cache);
#   cold   UseSharedCompilation=false: a fresh compiler process per build, as a clean CI build compiles, so the
#          generator is loaded, JIT-compiled and run from nothing every time.
# Prints the medians, the overheads, and the generator's own time as the compiler reports it.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
rounds=${1:-5}
with="$root/bench/build-time-with" # ignored by git (bench/.gitignore)
without="$root/bench/build-time-without"
generated_dir="$root/bench/build-time-generated"
build=(dotnet build -c Release -nologo -v quiet)

cleanup() { rm -rf "$with" "$without" "$generated_dir"; }
cleanup
trap cleanup EXIT

copy_sample() {
  local target=$1
  mkdir -p "$target"
  cp -r "$root/samples/NestedWorkflow/." "$target/"
  rm -rf "$target/bin" "$target/obj"
}

millis() { echo $(($(date +%s%N) / 1000000)); }

# Runs a build; on failure shows its output and stops.
run_build() {
  local log
  if ! log=$("${build[@]}" "$@" 2>&1); then
    echo "$log" | grep -E 'error|Error' | sort -u | head -20 >&2
    echo "build-time: dotnet build $* failed." >&2
    exit 1
  fi
}

median() { sort -n | awk '{ a[NR] = $1 } END { print (NR % 2 ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2) }'; }

copy_sample "$with"
copy_sample "$without"
sed -i '/Asl\.Generators\.csproj/d' "$without/NestedWorkflow.csproj"

echo "Preparing: building both copies once (this builds the referenced src projects in Release if needed)..." >&2
run_build "$with" -p:EmitCompilerGeneratedFiles=true -p:CompilerGeneratedFilesOutputPath="$generated_dir"
mkdir -p "$without/Generated"
# Only the Asl generator's files: other generators (System.Text.Json's, in the referenced projects) run in both.
asl_generated="$generated_dir/Asl.Generators"
generated=$(find "$asl_generated" -name '*.cs' 2>/dev/null | wc -l)
if [ "$generated" -eq 0 ]; then
  echo "build-time: the generator produced no source; cannot build the copy without it." >&2
  exit 1
fi
find "$asl_generated" -name '*.cs' -exec cp {} "$without/Generated/" \;
run_build "$without"
run_build "$with"

# The compiler's own account of the generator (ReportAnalyzer), from one more rebuild of the copy with it.
touch "$with/Program.cs"
report=$(dotnet build "$with" -c Release -nologo --no-restore --no-dependencies -v detailed -p:ReportAnalyzer=true 2>&1 |
  grep -E 'Asl\.Generators\.StateMachineGenerator|Total generator execution time' | sed 's/^ *//' | sort -u | head -3 || true)

# measure LABEL EXTRA-BUILD-ARGS... -> prints the times and the paired overhead; sets overhead
measure() {
  local label=$1 with_times=() without_times=() pairs=() order variant project start elapsed
  shift
  for ((i = 1; i <= rounds; i++)); do
    order="with without"
    if ((i % 2 == 0)); then order="without with"; fi
    for variant in $order; do
      project=$with
      if [ "$variant" = without ]; then project=$without; fi
      touch "$project/Program.cs"
      start=$(millis)
      run_build "$project" --no-restore --no-dependencies "$@"
      elapsed=$(($(millis) - start))
      if [ "$variant" = with ]; then with_times+=("$elapsed"); else without_times+=("$elapsed"); fi
    done
    pairs+=("$(awk -v a="${with_times[-1]}" -v b="${without_times[-1]}" 'BEGIN { printf "%.1f", (a - b) * 100 / b }')")
  done
  overhead=$(printf '%s\n' "${pairs[@]}" | median)
  echo "$label: with the generator ${with_times[*]} ms (median $(printf '%s\n' "${with_times[@]}" | median)); without ${without_times[*]} ms (median $(printf '%s\n' "${without_times[@]}" | median)); per pair ${pairs[*]} %; overhead (median pair) ${overhead}%"
}

measure "warm compiler server (edit-build loop)"
warm_overhead=$overhead
measure "cold compiler process (clean CI-style compile)" -p:UseSharedCompilation=false
cold_overhead=$overhead
echo "generator files: ${generated}"
if [ -n "$report" ]; then
  echo "compiler's report (ReportAnalyzer) for the generator:"
  echo "$report" | sed 's/^/  /'
fi
echo "{\"warmOverheadPercent\":$warm_overhead,\"coldOverheadPercent\":$cold_overhead}"
