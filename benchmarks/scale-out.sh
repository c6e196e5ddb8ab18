#!/usr/bin/env bash
# Whole-process timings of sharded runs (docs/performance.md, "Scale-out"): for each command, the CPU time of the
# process and its children (user + system, which a shared machine inflates far less than the wall clock) and the wall
# clock, in seconds.
#
#   benchmarks/scale-out.sh [-r RUNS] [-s SEEDS]
#
#   RUNS   Monte Carlo replicates of the expected-utility model on the bundled default scenario (default 100000)
#   SEEDS  seeds of the unrest sweep: FIRST..LAST (default 1..64), over the grid legitimacy=0.7,0.8 of 40 × 40
#          lattices of 200 ticks
#
# Cases: the start-up and one forecast (the fixed cost of every shard); the Monte Carlo run on 1 and 2 threads; 8
# shards of one thread each, two at a time (this machine's cores), and their merge; the merge of the same run as one
# shard; then the same for the sweep. Also checks that each merge equals the one-process output byte for byte.
# Prints the load average before and after. Run from anywhere; builds the command line in Release first.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
runs=100000
seeds=1..64
while getopts "r:s:" opt; do
  case $opt in
    r) runs=$OPTARG ;;
    s) seeds=$OPTARG ;;
    *) echo "usage: $0 [-r RUNS] [-s SEEDS]" >&2; exit 2 ;;
  esac
done

dotnet build "$root/src/Statecraft.Cli" -c Release -nologo -v q >/dev/null
cli="dotnet $root/src/Statecraft.Cli/bin/Release/net10.0/statecraft.dll"
work=$(mktemp -d /tmp/scale-out-timing.XXXXXX)
trap 'rm -rf "$work"' EXIT

# measure LABEL COMMAND…: runs the command (through bash, so that pipes and xargs work) and prints CPU and wall seconds.
measure() {
  local label=$1
  shift
  /usr/bin/time -f "%U %S %e" -o "$work/time" bash -c "$*" >/dev/null
  awk -v l="$label" '{ printf "%-44s %8.2f %8.2f\n", l, $1 + $2, $3 }' "$work/time"
}

# shards CMD DIR: runs shards 0..7 of CMD into DIR, two processes at a time, one thread each.
shards() {
  echo "seq 0 7 | xargs -P 2 -I K $cli $1 --threads 1 --shard K/8 --shard-out $2"
}

echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
printf "%-44s %8s %8s\n" "case" "cpu s" "wall s"
mc="forecast --model eu --runs $runs --seed 42"
measure "start-up and one forecast" "$cli forecast --model eu"
measure "monte carlo $runs, 1 thread" "$cli $mc --format json --no-store --threads 1 > $work/mc1.json"
measure "monte carlo $runs, 2 threads" "$cli $mc --format json --no-store --threads 2 > $work/mc2.json"
measure "monte carlo $runs, 8 shards (2 at a time)" "$(shards "$mc" "$work/mc8")"
measure "merge of 8 shards" "$cli merge $work/mc8 --format json --no-store --threads 1 > $work/mc8.json"
$cli $mc --threads 2 --shard 0/1 --shard-out "$work/mc-one" >/dev/null
measure "merge of 1 shard" "$cli merge $work/mc-one --format json --no-store --threads 1 > $work/mc-one.json"
cmp -s "$work/mc1.json" "$work/mc2.json" && cmp -s "$work/mc1.json" "$work/mc8.json" && cmp -s "$work/mc1.json" "$work/mc-one.json" \
  || { echo "scale-out.sh: a merged Monte Carlo run differs from the one-process run" >&2; exit 1; }

sweep="unrest --ticks 200 --sweep seeds=$seeds --grid legitimacy=0.7,0.8"
measure "unrest, start-up and one run" "$cli unrest --ticks 200 --format csv"
measure "sweep seeds=$seeds × 2 points, 1 thread" "$cli $sweep --format csv --threads 1 > $work/sw1.csv"
measure "sweep seeds=$seeds × 2 points, 2 threads" "$cli $sweep --format csv --threads 2 > $work/sw2.csv"
measure "sweep, 8 shards (2 at a time)" "$(shards "$sweep" "$work/sw8")"
measure "merge of 8 sweep shards" "$cli merge $work/sw8 --format csv > $work/sw8.csv"
cmp -s "$work/sw1.csv" "$work/sw2.csv" && cmp -s "$work/sw1.csv" "$work/sw8.csv" \
  || { echo "scale-out.sh: a merged sweep differs from the one-process sweep" >&2; exit 1; }
echo "every merge identical to its one-process run; load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
