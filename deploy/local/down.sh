#!/usr/bin/env bash
# LOCAL DEVELOPMENT ONLY: stops what deploy/local/up.sh (or infra.sh) started, and nothing else:
# the processes recorded in deploy/local/.run/pids whose command line still matches.
# Services first (SIGTERM, SIGKILL after 30 s), then Kafka, then PostgreSQL. Data is kept.
# Harmless when nothing runs.
set -euo pipefail
# shellcheck source=deploy/local/lib.sh
source "$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/lib.sh"

# every instance of every service in parallel (each waits for its own process), then the infrastructure
pids=()
for svc in "${SERVICES[@]}"; do
  for (( r = 1; r <= MAX_REPLICAS; r++ )); do
    stop_name "$(instance_name "$svc" "$r")" 30 &
    pids+=($!)
  done
done
for p in "${pids[@]}"; do wait "$p" || true; done
"$LOCAL_DIR/infra.sh" stop

left=()
for svc in "${SERVICES[@]}"; do
  for (( r = 1; r <= MAX_REPLICAS; r++ )); do is_running "$(instance_name "$svc" "$r")" && left+=("$(instance_name "$svc" "$r")"); done
done
for n in kafka postgres; do is_running "$n" && left+=("$n"); done
if (( ${#left[@]} > 0 )); then die "still running: ${left[*]}"; fi
log "stopped (data kept under $DATA_DIR)"
