#!/usr/bin/env bash
# The long fuzz run: the fuzz tests of tests/Asl.Fuzz.Tests with many inputs each (default 100000) instead of the
# few hundred to few thousand of the normal test run.
#
#   bash scripts/fuzz.sh [INPUTS] [reader|validator|engine|endpoint]
#
# With a component, only its test runs (at nice 19 on a busy two-core machine each took 5 to 60 minutes). Prints a
# progress line a minute and, at the end, one line per component: inputs tried, hangs, the slowest input's time.
# A failing input is printed with the CsCheck seed that replays it (CsCheck_Seed=...); an input that ran past its
# time limit is also written in full to tests/Asl.Fuzz.Tests/bin/Release/net10.0/fuzz-failures/, and each component's
# slowest input to fuzz-slowest/ beside it. The limits are
# wall-clock time: at low priority on a busy machine, raise them, e.g. ASL_FUZZ_TIME_FACTOR=10 nice -n 19 bash scripts/fuzz.sh
set -euo pipefail
cd "$(dirname "$0")/.."
export ASL_FUZZ_INPUTS=${1:-100000}
filter=()
case "${2:-}" in
  "") ;;
  reader|validator|engine|endpoint) filter=(--filter "FullyQualifiedName~Asl.Fuzz.Tests.${2^}FuzzTests") ;;
  *) echo "fuzz.sh: unknown component '$2' (reader, validator, engine or endpoint)" >&2; exit 2 ;;
esac
dotnet test tests/Asl.Fuzz.Tests -c Release --nologo -v quiet "${filter[@]}" --logger "console;verbosity=detailed" 2>&1 \
  | tee /dev/stderr | grep -E '^ ?fuzz: |Passed!|Failed!' | grep -v 'so far' | sort -u
