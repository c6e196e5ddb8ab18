#!/usr/bin/env bash
# Runs the mutation fuzzer over every scenario input format for any number of inputs.
# Usage: tests/fuzz.sh [INPUTS] [SEED] [FIRST]   (default 2000 inputs, seed 1, from input 0; CI runs the default through
# dotnet test). Input i depends only on (SEED, i), so `tests/fuzz.sh 1 1 779` reruns input 779 of any run with seed 1.
# Inputs that break the rule (exit 0 or 2, no stack trace, error on stderr, bounded time and memory) are written to
# $STATECRAFT_FUZZ_OUT (default: $TMPDIR/statecraft-fuzz-failures); keep them in tests/Statecraft.Fuzz.Tests/regressions/.
set -euo pipefail
cd "$(dirname "$0")/.."
export STATECRAFT_FUZZ_INPUTS="${1:-2000}"
export STATECRAFT_FUZZ_SEED="${2:-1}"
export STATECRAFT_FUZZ_FIRST="${3:-0}"
log=$(mktemp)
status=0
dotnet test tests/Statecraft.Fuzz.Tests -c Release --filter "FullyQualifiedName~MutatedInputs" --logger "console;verbosity=detailed" > "$log" 2>&1 || status=$?
grep -E "fuzz:|Passed!|Failed!|input [0-9]+ \(seed" "$log" || tail -20 "$log"
rm -f "$log"
exit "$status"
