#!/usr/bin/env bash
# LOCAL benchmark (127.0.0.1 only) of issue 16 (a), bulk work scales linearly: admissions decided and drained on
# curriculum at 1x and 10x (ADM_SMALL 1000, ADM_LARGE 10000), then the event hop at 100 events/s; each run by
# `bench-driver admissions-bulk` (deploy/bench/driver):
#   set-up, untimed: cohorts on curriculum, 200 seats each (the most curriculum takes; admissions waitlists a decision
#   ADMITTED beyond the seats, so there are enough for all), awaited on admissions; every application taken to
#   INTERVIEWED (application, review, interview, its outcome; ADM_IN_FLIGHT (16) requests in flight, If-Match);
#   timed: the N decisions ADMITTED (ADM_IN_FLIGHT in flight, spread over the cohorts), until curriculum lists the N
#   enrollments (CandidateAdmitted by Kafka; each cohort's count polled every 20 ms): decisions/s, seconds to drained,
#   ms per admission; with the large run, ADM_HOP_EVENTS (1000) more decisions paced at ADM_HOP_RATE (100)/s, each
#   timed from its answer to its enrollment in the cohort's list on curriculum (polled every ADM_HOP_POLL_MS, 5 ms;
#   the polls load curriculum too): p50/p99.
# ROW lines: the large run's seconds to drained (<= 60 for 10 000), time per admission large / small (<= 1.2: linear,
# the 10x run may cost at most 20 % more per admission) and the hop p99 (<= 250 ms).
# Assumes the four services are up (LOCAL_PORT_OFFSET=<yours> deploy/local/up.sh; simulated time or not) and says
# so when they are not. Each run leaves its cohorts and applications in the databases (~11 000 for the default sizes).
#
# env: ADM_SMALL (1000), ADM_LARGE (10000), ADM_HOP_EVENTS (1000), ADM_HOP_RATE (100), ADM_HOP_POLL_MS (5), ADM_IN_FLIGHT (16),
#      LOCAL_PORT_OFFSET (0)
set -euo pipefail
BENCH_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=deploy/local/lib.sh
source "$BENCH_DIR/../local/lib.sh"
# shellcheck source=deploy/bench/driver-env.sh
source "$BENCH_DIR/driver-env.sh"

ADM_SMALL="${ADM_SMALL:-1000}"
ADM_LARGE="${ADM_LARGE:-10000}"
ADM_HOP_EVENTS="${ADM_HOP_EVENTS:-1000}"
ADM_HOP_RATE="${ADM_HOP_RATE:-100}"
ADM_IN_FLIGHT="${ADM_IN_FLIGHT:-16}"
ADM_HOP_POLL_MS="${ADM_HOP_POLL_MS:-5}"
for _v in ADM_SMALL ADM_LARGE; do
  [[ "${!_v}" =~ ^[0-9]+$ ]] && (( ${!_v} >= 1 && ${!_v} <= 20000 )) || die "$_v must be 1..20000"
done
(( ADM_SMALL < ADM_LARGE )) || die "ADM_SMALL must be below ADM_LARGE"
[[ "$ADM_HOP_EVENTS" =~ ^[0-9]+$ ]] && (( ADM_HOP_EVENTS <= 5000 )) || die "ADM_HOP_EVENTS must be 0..5000"
[[ "$ADM_HOP_RATE" =~ ^[0-9]+$ ]] && (( ADM_HOP_RATE >= 1 && ADM_HOP_RATE <= 1000 )) || die "ADM_HOP_RATE must be 1..1000"
[[ "$ADM_HOP_POLL_MS" =~ ^[0-9]+$ ]] && (( ADM_HOP_POLL_MS >= 1 && ADM_HOP_POLL_MS <= 1000 )) || die "ADM_HOP_POLL_MS must be 1..1000"
[[ "$ADM_IN_FLIGHT" =~ ^[0-9]+$ ]] && (( ADM_IN_FLIGHT >= 1 && ADM_IN_FLIGHT <= 256 )) || die "ADM_IN_FLIGHT must be 1..256"

for svc in "${SERVICES[@]}"; do
  [[ "$(health_code "${SERVICE_PORT[$svc]}")" == 200 ]] \
    || die "$svc is not up on :${SERVICE_PORT[$svc]}: start the stack first (LOCAL_PORT_OFFSET=$LOCAL_PORT_OFFSET deploy/local/up.sh)"
done
ensure_driver

echo "=== admissions at scale, $ADM_SMALL then $ADM_LARGE (+ $ADM_HOP_EVENTS hop events at $ADM_HOP_RATE/s): $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
pgrep -f plexus-classworlds >/dev/null 2>&1 && echo "=== WARNING: a Maven build is running: the figures are disturbed by it"

declare -A RESULT=()
OUT_FILE="$(mktemp)"
trap 'rm -f "$OUT_FILE"' EXIT
# run_size N HOP_EVENTS: one driver run; its RESULT line (key=value ...) in RESULT[N], empty when it failed
run_size() {
  local n="$1" hop="$2"
  echo
  echo "--- $n admissions${hop:+, then $hop hop events}"
  # tokens per run: they last an hour at most
  driver admissions-bulk --admissions "http://127.0.0.1:${SERVICE_PORT[admissions]}" --curriculum "http://127.0.0.1:${SERVICE_PORT[curriculum]}" \
    --officer-token "$("$LOCAL_DIR/token.sh" admissions-officer 2>/dev/null)" --trainer-token "$("$LOCAL_DIR/token.sh" trainer 2>/dev/null)" \
    --manager-token "$("$LOCAL_DIR/token.sh" manager 2>/dev/null)" --count "$n" --hop-events "${hop:-0}" --rate "$ADM_HOP_RATE" \
    --in-flight "$ADM_IN_FLIGHT" --poll-ms "$ADM_HOP_POLL_MS" 2>&1 | tee "$OUT_FILE" | grep -v '^RESULT ' || true
  RESULT[$n]="$(sed -n 's/^RESULT //p' "$OUT_FILE")"
}
# kv N KEY: a value of RESULT[N]
kv() { tr ' ' '\n' <<<"${RESULT[$1]}" | sed -n "s/^$2=//p"; }
# 10000 -> "10 000"
grouped() { sed ':a;s/\B[0-9]\{3\}\>/ &/;ta' <<<"$1"; }

run_size "$ADM_SMALL" ""
hop=""; (( ADM_HOP_EVENTS > 0 )) && hop="$ADM_HOP_EVENTS"
run_size "$ADM_LARGE" "$hop"

echo
printf '  %-12s %8s %14s %14s %16s\n' admissions cohorts "decisions/s" "drained, s" "ms an admission"
for n in "$ADM_SMALL" "$ADM_LARGE"; do
  if [[ -n "${RESULT[$n]}" ]]; then
    printf '  %-12s %8s %14s %14s %16s\n' "$n" "$(kv "$n" cohorts)" "$(kv "$n" decisions_per_s)" "$(kv "$n" drained_s)" "$(kv "$n" ms_per_admission)"
  else
    printf '  %-12s FAILED (see above)\n' "$n"
  fi
done

echo
large_ok=false; small_ok=false
[[ -n "${RESULT[$ADM_LARGE]}" ]] && large_ok=true
[[ -n "${RESULT[$ADM_SMALL]}" ]] && small_ok=true
figure="$(grouped "$ADM_LARGE") admissions decided and drained, s"
if $large_ok; then
  d="$(kv "$ADM_LARGE" drained_s)"
  printf 'ROW\t%s\t<= 60\t%s\t-\t%s\n' "$figure" "$d" "$(awk -v d="$d" 'BEGIN{print (d <= 60 ? "MET" : "NOT MET")}')"
else
  printf 'ROW\t%s\t<= 60\t-\t-\tNOT MEASURED (the run failed, see above)\n' "$figure"
fi
figure="time per admission $((ADM_LARGE / ADM_SMALL))x/1x ($ADM_LARGE vs $ADM_SMALL)"
if $large_ok && $small_ok; then
  s="$(kv "$ADM_SMALL" ms_per_admission)"; l="$(kv "$ADM_LARGE" ms_per_admission)"
  ratio="$(awk -v a="$l" -v b="$s" 'BEGIN{printf "%.2f", (b > 0 ? a / b : 0)}')"
  printf 'ROW\t%s\t<= 1.2\t%s ms (1x: %s ms)\t%s\t%s\n' "$figure" "$l" "$s" "$ratio" "$(awk -v r="$ratio" 'BEGIN{print (r <= 1.2 ? "MET" : "NOT MET")}')"
else
  printf 'ROW\t%s\t<= 1.2\t-\t-\tNOT MEASURED (a run failed, see above)\n' "$figure"
fi
figure="event hop p99 at $ADM_HOP_RATE events/s, ms"
if [[ -z "$hop" ]]; then
  printf 'ROW\t%s\t<= 250\t-\t-\tNOT MEASURED (ADM_HOP_EVENTS=0)\n' "$figure"
elif $large_ok && [[ "$(kv "$ADM_LARGE" hop_events)" -gt 0 ]]; then
  p99="$(kv "$ADM_LARGE" hop_p99_ms)"
  printf 'ROW\t%s\t<= 250\t%s (p50 %s, %s events)\t-\t%s\n' "$figure" "$p99" "$(kv "$ADM_LARGE" hop_p50_ms)" "$(kv "$ADM_LARGE" hop_events)" \
    "$(awk -v p="$p99" 'BEGIN{print (p <= 250 ? "MET" : "NOT MET")}')"
else
  printf 'ROW\t%s\t<= 250\t-\t-\tNOT MEASURED (the run failed, see above)\n' "$figure"
fi
