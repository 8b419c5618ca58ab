#!/usr/bin/env bash
# Builds and runs every test project of the solution (the README's test command).
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet test Asl.slnx --nologo -v quiet -- RunConfiguration.DisableAppDomain=true
