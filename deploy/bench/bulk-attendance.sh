#!/usr/bin/env bash
# LOCAL benchmark (127.0.0.1 only) of issue 16 (b), bulk work scales linearly: a whole cycle's attendance at 1x and 10x
# learners (ATT_SMALL 30, ATT_LARGE 300), each run by `bench-driver attendance` (deploy/bench/driver):
#   learners in cohorts of at most 200 (curriculum's capacity limit: 300 are two cohorts of 150, same start date, one
#   sheet per half-day PER COHORT), admitted through admissions, then one sheet per half-day of the centre weeks
#   (~110 half-days) POSTed sequentially, and every learner's attendance read back and checked.
# Prints, for each size, the sheets/s, the sheet p99 and the read-back time, then the ROW lines of the final table:
#   time per mark (sheets' seconds / marks recorded) and read-back time per learner, large / small: linear when the
#   ratio is <= 1.2 (the 10x run may cost at most 20 % more per unit of work than the 1x one).
# Assumes the four services are up WITH SIMULATED TIME (the driver moves their clocks past each cycle, since a sheet
# cannot lie in the future): LOCAL_PORT_OFFSET=<yours> deploy/local/up.sh --simulated-time. Says so when they are not.
# Each run leaves its cohorts (and moves the clocks ~7 months forward); restart the stack to get real time back.
#
# env: ATT_SMALL (30), ATT_LARGE (300), LOCAL_PORT_OFFSET (0)
set -euo pipefail
BENCH_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=deploy/local/lib.sh
source "$BENCH_DIR/../local/lib.sh"
# shellcheck source=deploy/bench/driver-env.sh
source "$BENCH_DIR/driver-env.sh"

ATT_SMALL="${ATT_SMALL:-30}"
ATT_LARGE="${ATT_LARGE:-300}"
for _v in ATT_SMALL ATT_LARGE; do
  [[ "${!_v}" =~ ^[0-9]+$ ]] && (( ${!_v} >= 1 && ${!_v} <= 1000 )) || die "$_v must be 1..1000"
done
(( ATT_SMALL < ATT_LARGE )) || die "ATT_SMALL must be below ATT_LARGE"

for svc in "${SERVICES[@]}"; do
  [[ "$(health_code "${SERVICE_PORT[$svc]}")" == 200 ]] \
    || die "$svc is not up on :${SERVICE_PORT[$svc]}: start the stack first (LOCAL_PORT_OFFSET=$LOCAL_PORT_OFFSET deploy/local/up.sh --simulated-time)"
  [[ "$(clock_code "${SERVICE_PORT[$svc]}")" == 200 ]] \
    || die "$svc runs without simulated time: restart the stack with it (deploy/local/down.sh, then LOCAL_PORT_OFFSET=$LOCAL_PORT_OFFSET deploy/local/up.sh --simulated-time)"
done
ensure_driver
CLOCKS="$(for svc in curriculum admissions placement certification; do printf 'http://127.0.0.1:%s,' "${SERVICE_PORT[$svc]}"; done)"

echo "=== attendance for a whole cycle, $ATT_SMALL then $ATT_LARGE learners: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
pgrep -f plexus-classworlds >/dev/null 2>&1 && echo "=== WARNING: a Maven build is running: the figures are disturbed by it"

declare -A RESULT=()
OUT_FILE="$(mktemp)"
trap 'rm -f "$OUT_FILE"' EXIT
# run_size N: one driver run; its RESULT line (key=value ...) in RESULT[N], empty when it failed
run_size() {
  local n="$1"
  echo
  echo "--- $n learners"
  # tokens per run: they last an hour at most
  driver attendance --curriculum "http://127.0.0.1:${SERVICE_PORT[curriculum]}" --admissions "http://127.0.0.1:${SERVICE_PORT[admissions]}" \
    --clocks "$CLOCKS" --trainer-token "$("$LOCAL_DIR/token.sh" trainer 2>/dev/null)" --manager-token "$("$LOCAL_DIR/token.sh" manager 2>/dev/null)" \
    --officer-token "$("$LOCAL_DIR/token.sh" admissions-officer 2>/dev/null)" --learners "$n" --budget-ms 1800000 2>&1 | tee "$OUT_FILE" | grep -v '^RESULT ' || true
  RESULT[$n]="$(sed -n 's/^RESULT //p' "$OUT_FILE")"
}
# kv N KEY: a value of RESULT[N]
kv() { tr ' ' '\n' <<<"${RESULT[$1]}" | sed -n "s/^$2=//p"; }

run_size "$ATT_SMALL"
run_size "$ATT_LARGE"

echo
printf '  %-10s %8s %8s %12s %14s %12s %14s %10s\n' learners cohorts sheets "sheets/s" "sheet p99 ms" "us a mark" "read-back s" "check"
for n in "$ATT_SMALL" "$ATT_LARGE"; do
  if [[ -n "${RESULT[$n]}" ]]; then
    printf '  %-10s %8s %8s %12s %14s %12s %14s %10s\n' "$n" "$(kv "$n" cohorts)" "$(kv "$n" sheets)" "$(kv "$n" sheets_per_s)" \
      "$(kv "$n" sheet_p99_ms)" "$(kv "$n" us_per_mark)" "$(kv "$n" readback_s)" "$(kv "$n" check)"
  else
    printf '  %-10s FAILED (see above)\n' "$n"
  fi
done

# row FIGURE MEASURED_SMALL MEASURED_LARGE UNIT: the ratio large/small against <= 1.2
row() {
  local figure="$1" small="$2" large="$3" unit="$4" ratio status
  if [[ -z "$small" || -z "$large" ]]; then
    printf 'ROW\t%s\t<= 1.2 (linear)\t-\t-\tNOT MEASURED (a run failed, see above)\n' "$figure"
    return 0
  fi
  ratio="$(awk -v a="$large" -v b="$small" 'BEGIN{printf "%.2f", (b > 0 ? a / b : 0)}')"
  status="$(awk -v r="$ratio" 'BEGIN{print (r <= 1.2 ? "MET" : "NOT MET")}')"
  printf 'ROW\t%s\t<= 1.2 (linear)\t%s %s (%s learners: %s)\t%s\t%s\n' "$figure" "$large" "$unit" "$ATT_SMALL" "$small" "$ratio" "$status"
}
ok() { [[ -n "${RESULT[$1]}" && "$(kv "$1" check)" == OK ]]; }
small_mark=""; large_mark=""; small_read=""; large_read=""
if ok "$ATT_SMALL"; then small_mark="$(kv "$ATT_SMALL" us_per_mark)"; small_read="$(awk -v s="$(kv "$ATT_SMALL" readback_s)" -v n="$ATT_SMALL" 'BEGIN{printf "%.2f", s * 1000 / n}')"; fi
if ok "$ATT_LARGE"; then large_mark="$(kv "$ATT_LARGE" us_per_mark)"; large_read="$(awk -v s="$(kv "$ATT_LARGE" readback_s)" -v n="$ATT_LARGE" 'BEGIN{printf "%.2f", s * 1000 / n}')"; fi
echo
row "attendance $ATT_LARGE vs $ATT_SMALL learners: time per mark ratio" "$small_mark" "$large_mark" "µs/mark"
row "attendance read-back $ATT_LARGE vs $ATT_SMALL learners: time per learner ratio" "$small_read" "$large_read" "ms/learner"
