#!/usr/bin/env bash
# LOCAL DEVELOPMENT ONLY: stops what deploy/local/up.sh (or infra.sh) started, and nothing else:
# the processes recorded in deploy/local/.run/pids whose command line still matches.
# Services first (SIGTERM, SIGKILL after 30 s), then Kafka, then PostgreSQL. Data is kept.
# Harmless when nothing runs.
set -euo pipefail
# shellcheck source=deploy/local/lib.sh
source "$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/lib.sh"

# services in parallel (each waits for its own process), then the infrastructure
pids=()
for svc in "${SERVICES[@]}"; do
  stop_name "$svc" 30 &
  pids+=($!)
done
for p in "${pids[@]}"; do wait "$p" || true; done
"$LOCAL_DIR/infra.sh" stop

left=()
for n in "${SERVICES[@]}" kafka postgres; do is_running "$n" && left+=("$n"); done
if (( ${#left[@]} > 0 )); then die "still running: ${left[*]}"; fi
log "stopped (data kept under $DATA_DIR)"
