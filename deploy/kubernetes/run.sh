#!/usr/bin/env bash
# Runs the shard Job, waits until every index has completed, then runs the merge Job and shows its log.
#   run.sh          the Monte Carlo forecast (shards-job.yaml, then merge-job.yaml)
#   run.sh sweep    the unrest sweep (sweep-job.yaml, then sweep-merge-job.yaml)
# Needs kubectl pointed at the cluster and the image statecraft:local where the cluster can pull it.
set -euo pipefail
here=$(dirname "$0")
case "${1:-forecast}" in
  forecast) shards=shards-job; job=statecraft-shards; merge=merge-job; merged=statecraft-merge ;;
  sweep) shards=sweep-job; job=statecraft-sweep; merge=sweep-merge-job; merged=statecraft-sweep-merge ;;
  *) echo "usage: $0 [forecast|sweep]" >&2; exit 2 ;;
esac
kubectl apply -f "$here/shards-volume.yaml" -f "$here/store-volume.yaml"
kubectl apply -f "$here/$shards.yaml"
kubectl wait --for=condition=complete --timeout=24h "job/$job"
kubectl apply -f "$here/$merge.yaml"
kubectl wait --for=condition=complete --timeout=1h "job/$merged"
kubectl logs "job/$merged"
