#!/usr/bin/env bash
# Runs the shard Job, waits until every index has completed, then runs the merge Job and shows its log.
# Needs kubectl pointed at the cluster and the image statecraft:local where the cluster can pull it.
set -euo pipefail
here=$(dirname "$0")
kubectl apply -f "$here/shards-volume.yaml" -f "$here/store-volume.yaml"
kubectl apply -f "$here/shards-job.yaml"
kubectl wait --for=condition=complete --timeout=24h job/statecraft-shards
kubectl apply -f "$here/merge-job.yaml"
kubectl wait --for=condition=complete --timeout=1h job/statecraft-merge
kubectl logs job/statecraft-merge
