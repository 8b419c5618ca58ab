#!/usr/bin/env bash
# Builds the source generator of another revision, so the generator benchmarks can measure it beside the current
# one in the same run (before/after on one machine):
#
#   bash bench/generator-baseline.sh REV            (for example main, or a commit)
#   ASL_BASELINE_GENERATOR=bench/generator-baseline/out/Asl.Generators.dll \
#     dotnet run -c Release --project bench/Asl.Benchmarks -- --quick --filter '*Generator*'
#
# The revision's src/ and build settings are exported with `git archive` into bench/generator-baseline/ (ignored
# by git) and its generator is built in Release there; the benchmark loads that assembly in a load context of its
# own, so both generators run in one process against the same compilations.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
rev=${1:?usage: bash bench/generator-baseline.sh REV}
target="$root/bench/generator-baseline"
rm -rf "$target"
mkdir -p "$target/src" "$target/out"
git -C "$root" archive "$rev" src/Asl.Core src/Asl.Dsl src/Asl.Generators Directory.Build.props Directory.Packages.props global.json \
  | tar -x -C "$target/src"
dotnet build "$target/src/src/Asl.Generators/Asl.Generators.csproj" -c Release -nologo -v quiet -o "$target/out" >&2
echo "Baseline generator of $(git -C "$root" rev-parse --short "$rev"): $target/out/Asl.Generators.dll"
