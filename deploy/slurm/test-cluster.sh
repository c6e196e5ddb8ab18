#!/usr/bin/env bash
# The scale-out test on a real Slurm: starts a one-node cluster on loopback (munged, slurmctld and slurmd as root),
# submits deploy/slurm/shards.sbatch as an array of 8 shards of RUNS expected-utility replicates of the default
# scenario and deploy/slurm/merge.sbatch with --dependency=afterok, waits, and checks the merged JSON against a
# single-process run byte for byte; then the same for deploy/slurm/sweep-shards.sbatch and sweep-merge.sbatch (an
# unrest sweep, 8 shards) against a one-process sweep's CSV. Stops the daemons it started. Installs Debian's
# slurm-wlm and munge when missing.
# Run as root (CI runs it from .ci/run). Exit status 0 only if the bytes are equal.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
runs=${RUNS:-1000000}
shards=8
work=$(mktemp -d /tmp/statecraft-slurm.XXXXXX)
pids=()
passed=0

# Stops the daemons this script started (by their process ids), then removes the work folder unless the test failed.
stop() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
  if [ "$passed" = 1 ]; then rm -rf "$work"; else echo "test-cluster.sh: logs and files kept in $work"; fi
}
trap stop EXIT

[ "$(id -u)" = 0 ] || { echo "test-cluster.sh: run as root (it starts munged, slurmctld and slurmd)"; exit 1; }
if ! command -v slurmctld >/dev/null || ! command -v munged >/dev/null; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends slurm-wlm munge >/dev/null
fi

dotnet build "$root/src/Statecraft.Cli" -c Release -nologo -v q >/dev/null
cli="dotnet $root/src/Statecraft.Cli/bin/Release/net10.0/statecraft.dll"

# munge: a fresh key and socket of our own, so nothing else on the machine is touched.
mkdir -p "$work/munge" "$work/state" "$work/spool" "$work/log" "$work/shards"
chmod 700 "$work/munge"
dd if=/dev/urandom of="$work/munge/munge.key" bs=1024 count=1 status=none
chmod 400 "$work/munge/munge.key"
munged --foreground --force --key-file="$work/munge/munge.key" --socket="$work/munge/munge.socket" \
  --pid-file="$work/munge/munged.pid" --log-file="$work/log/munged.log" --seed-file="$work/munge/munged.seed" 2>>"$work/log/munged.log" &
pids+=($!)

node=$(hostname -s)
cpus=$(nproc)
cat > "$work/slurm.conf" <<CONF
ClusterName=statecraft-ci
SlurmctldHost=$node(127.0.0.1)
SlurmctldPort=16817
SlurmdPort=16818
SlurmUser=root
SlurmdUser=root
AuthType=auth/munge
AuthInfo=socket=$work/munge/munge.socket
CredType=cred/munge
StateSaveLocation=$work/state
SlurmdSpoolDir=$work/spool
SlurmctldPidFile=$work/slurmctld.pid
SlurmdPidFile=$work/slurmd.pid
SlurmctldLogFile=$work/log/slurmctld.log
SlurmdLogFile=$work/log/slurmd.log
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
SelectType=select/cons_tres
SelectTypeParameters=CR_CPU
AccountingStorageType=accounting_storage/none
JobAcctGatherType=jobacct_gather/none
JobCompType=jobcomp/none
MpiDefault=none
ReturnToService=2
SchedulerType=sched/backfill
NodeName=$node NodeAddr=127.0.0.1 CPUs=$cpus State=UNKNOWN
PartitionName=ci Nodes=$node Default=YES MaxTime=INFINITE State=UP
CONF
export SLURM_CONF=$work/slurm.conf

for _ in $(seq 50); do [ -S "$work/munge/munge.socket" ] && break; sleep 0.1; done
slurmctld -D -i -f "$SLURM_CONF" 2>>"$work/log/slurmctld.err" &
pids+=($!)
slurmd -D -N "$node" -f "$SLURM_CONF" 2>>"$work/log/slurmd.err" &
pids+=($!)
for _ in $(seq 100); do sinfo -h -o %T 2>/dev/null | grep -qx idle && break; sleep 0.3; done
sinfo -h -o "%P %T %c" | grep -q idle || { echo "test-cluster.sh: the node did not come up"; tail -20 "$work"/log/*.log; exit 1; }

start=$(date +%s%N)
export STATECRAFT="$cli" SHARD_DIR="$work/shards" RUNS="$runs" OUT="$work/merged.json" STATECRAFT_STORE="$work/runs.db"
array=$(sbatch --parsable --array=0-$((shards - 1)) --chdir="$work" --output="$work/log/shard-%a.out" "$root/deploy/slurm/shards.sbatch")
merge=$(sbatch --parsable --dependency=afterok:"$array" --chdir="$work" --output="$work/log/merge.out" "$root/deploy/slurm/merge.sbatch")
echo "test-cluster.sh: submitted array $array ($shards shards of $runs replicates) and merge $merge"
while squeue -h -j "$array,$merge" 2>/dev/null | grep -q .; do sleep 2; done
cluster=$(( ($(date +%s%N) - start) / 1000000 ))
[ -f "$work/merged.json" ] || { echo "test-cluster.sh: the merge wrote nothing"; cat "$work"/log/*.out; exit 1; }

start=$(date +%s%N)
$cli forecast --model eu --runs "$runs" --format json --no-store > "$work/single.json"
single=$(( ($(date +%s%N) - start) / 1000000 ))
echo "test-cluster.sh: Slurm, $shards shards + merge on $cpus cores: ${cluster} ms; one process on $cpus threads: ${single} ms"
grep -h "shard .* of $shards" "$work"/log/shard-*.out || true
if cmp "$work/single.json" "$work/merged.json"; then
  echo "test-cluster.sh: merged result identical to the single-process run ($(wc -c < "$work/merged.json") bytes)"
else
  echo "test-cluster.sh: FAILED: merged result differs from the single-process run"
  exit 1
fi

# The unrest sweep recipes: 8 shards of whole lattices (seeds × grid points) and the dependent merge into one CSV.
export SHARD_DIR="$work/sweep-shards" OUT="$work/sweep.csv" SEEDS="1..40" GRID="legitimacy=0.7,0.8 vision=5,7" TICKS=100
array=$(sbatch --parsable --array=0-$((shards - 1)) --chdir="$work" --output="$work/log/sweep-%a.out" "$root/deploy/slurm/sweep-shards.sbatch")
merge=$(sbatch --parsable --dependency=afterok:"$array" --chdir="$work" --output="$work/log/sweep-merge.out" "$root/deploy/slurm/sweep-merge.sbatch")
echo "test-cluster.sh: submitted sweep array $array ($shards shards of seeds $SEEDS × $GRID) and merge $merge"
while squeue -h -j "$array,$merge" 2>/dev/null | grep -q .; do sleep 2; done
[ -f "$work/sweep.csv" ] || { echo "test-cluster.sh: the sweep merge wrote nothing"; cat "$work"/log/sweep*.out; exit 1; }
$cli unrest --ticks "$TICKS" --sweep "seeds=$SEEDS" --grid legitimacy=0.7,0.8 --grid vision=5,7 --format csv > "$work/sweep-single.csv"
if cmp "$work/sweep-single.csv" "$work/sweep.csv"; then
  echo "test-cluster.sh: merged sweep identical to the single-process sweep ($(($(wc -l < "$work/sweep.csv") - 1)) runs)"
  passed=1
else
  echo "test-cluster.sh: FAILED: merged sweep differs from the single-process sweep"
  exit 1
fi
