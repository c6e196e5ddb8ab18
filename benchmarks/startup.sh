#!/usr/bin/env bash
# Start-up as a user meets it: every command in a fresh process, several builds measured in one interleaved run.
#
#   benchmarks/startup.sh [-n RUNS] [NAME=COMMAND ...]
#
# COMMAND is how that build starts statecraft, e.g.
#   dll=dotnet src/Statecraft.Cli/bin/Release/net10.0/statecraft.dll
#   apphost=src/Statecraft.Cli/bin/Release/net10.0/statecraft
#   published=src/Statecraft.Cli/bin/Release/net10.0/linux-x64/publish/statecraft
#   tool=/tmp/tools/statecraft
# (default: the framework-dependent Release build, as the dll and through its apphost). A COMMAND may start with
# "env VAR=value" to try runtime settings such as DOTNET_TieredPGO=0.
#
# Each repetition runs every case under every build once, in turn, so that all builds see the same machine load.
# Reported per build, in milliseconds: wall-clock min / median / max and the median CPU time (user + system) of
#   version    statecraft --version
#   forecast   statecraft forecast                      (the default scenario and model)
#   exchange   the marginal cost of 10 exchange rounds on COP21: (21-round run - 1-round run) / 2, per repetition
#   eu-round   the marginal cost of one expected-utility round at 200 actors: (51-round run - 1-round run) / 50
# Run from the repository root (the exchange and eu cases read tests/data). Needs bash, awk and sort only.
set -euo pipefail
cd "$(dirname "$0")/.."

runs=10
if [[ "${1:-}" == "-n" ]]; then
  runs=$2
  shift 2
fi
if [[ $# -eq 0 ]]; then
  set -- "dll=dotnet src/Statecraft.Cli/bin/Release/net10.0/statecraft.dll" \
    "apphost=src/Statecraft.Cli/bin/Release/net10.0/statecraft"
fi

declare -A cases=(
  [version]="--version"
  [forecast]="forecast"
  [x1]="forecast tests/data/exchange/cop21.csv --model exchange --set rounds=1"
  [x21]="forecast tests/data/exchange/cop21.csv --model exchange --set rounds=21"
  [eu1]="forecast tests/data/bdm/synthetic_n200.csv --model eu --set rounds=1"
  [eu51]="forecast tests/data/bdm/synthetic_n200.csv --model eu --set rounds=51"
)
order=(version forecast x1 x21 eu1 eu51)

names=()
declare -A commands=()
for spec in "$@"; do
  name=${spec%%=*}
  names+=("$name")
  commands[$name]=${spec#*=}
done

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# Runs one case of one build; appends "wall_ms cpu_ms" to $tmp/NAME.CASE.
measure() {
  local name=$1 case=$2 timing
  local -a cmd args
  read -ra cmd <<< "${commands[$name]}"
  read -ra args <<< "${cases[$case]}"
  if ! timing=$( { TIMEFORMAT='%3R %3U %3S'; time "${cmd[@]}" "${args[@]}" > /dev/null 2> "$tmp/stderr"; } 2>&1 ); then
    echo "startup.sh: '${commands[$name]} ${cases[$case]}' failed:" >&2
    cat "$tmp/stderr" >&2
    exit 1
  fi
  awk '{ printf "%.1f %.1f\n", $1 * 1000, ($2 + $3) * 1000 }' <<< "$timing" >> "$tmp/$name.$case"
}

# One untimed pass first, so that every build's files are in the page cache.
for name in "${names[@]}"; do
  for case in "${order[@]}"; do
    measure "$name" "$case"
    rm -f "$tmp/$name.$case"
  done
done

for ((i = 1; i <= runs; i++)); do
  for case in "${order[@]}"; do
    for name in "${names[@]}"; do
      measure "$name" "$case"
    done
  done
done

# Prints "min median max" of the numbers on standard input, one a line.
stats() {
  sort -g | awk '{ v[NR] = $1 } END { m = NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2; printf "%.1f %.1f %.1f", v[1], m, v[NR] }'
}

# The per-repetition difference (LONG - SHORT) / DIVISOR of column COLUMN (1 wall, 2 CPU).
marginal() {
  paste -d ' ' "$1" "$2" | awk -v d="$3" -v c="$4" '{ print ($(c + 2) - $c) / d }'
}

echo "startup.sh: $runs runs of each case per build, $(date -u '+%Y-%m-%d %H:%M UTC'), load average $(cut -d ' ' -f 1-3 /proc/loadavg)"
printf '%-12s %-10s %10s %10s %10s %12s\n' build case "min ms" "median ms" "max ms" "median CPU"
for name in "${names[@]}"; do
  for case in version forecast; do
    read -r lo med hi <<< "$(cut -d ' ' -f 1 "$tmp/$name.$case" | stats)"
    read -r _ cpu _ <<< "$(cut -d ' ' -f 2 "$tmp/$name.$case" | stats)"
    printf '%-12s %-10s %10s %10s %10s %12s\n' "$name" "$case" "$lo" "$med" "$hi" "$cpu"
  done
  read -r lo med hi <<< "$(marginal "$tmp/$name.x1" "$tmp/$name.x21" 2 1 | stats)"
  read -r _ cpu _ <<< "$(marginal "$tmp/$name.x1" "$tmp/$name.x21" 2 2 | stats)"
  printf '%-12s %-10s %10s %10s %10s %12s\n' "$name" exchange "$lo" "$med" "$hi" "$cpu"
  read -r lo med hi <<< "$(marginal "$tmp/$name.eu1" "$tmp/$name.eu51" 50 1 | stats)"
  read -r _ cpu _ <<< "$(marginal "$tmp/$name.eu1" "$tmp/$name.eu51" 50 2 | stats)"
  printf '%-12s %-10s %10s %10s %10s %12s\n' "$name" eu-round "$lo" "$med" "$hi" "$cpu"
done
