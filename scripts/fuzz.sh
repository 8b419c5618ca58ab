#!/usr/bin/env bash
# The long fuzz run: the fuzz tests of tests/Asl.Fuzz.Tests with many inputs each (default 100000) instead of the
# few hundred to few thousand of the normal test run.
#
#   bash scripts/fuzz.sh [INPUTS]
#
# Prints one line per component (reader, validator, engine, endpoint): inputs tried, hangs, the slowest input's time.
# A failing input is printed with the CsCheck seed that replays it (CsCheck_Seed=...); an input that ran past its
# time limit is also written in full to tests/Asl.Fuzz.Tests/bin/Release/net10.0/fuzz-failures/.
set -euo pipefail
cd "$(dirname "$0")/.."
export ASL_FUZZ_INPUTS=${1:-100000}
dotnet test tests/Asl.Fuzz.Tests -c Release --nologo -v quiet --logger "console;verbosity=detailed" 2>&1 \
  | tee /dev/stderr | grep -E '^ ?fuzz: |Passed!|Failed!' | sort -u
