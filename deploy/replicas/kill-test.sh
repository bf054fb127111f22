#!/usr/bin/env bash
# LOCAL ONLY (127.0.0.1): the two-replica kill test of issue 17. Nothing lost, nothing done twice, each daily job once.
#   1. starts the State's stub (tools/national-dashboard-stub) and the stack with two instances of each service:
#      deploy/local/up.sh --replicas 2 --simulated-time, curriculum pointed at the stub (the daily transmission runs);
#   2. waits until both instances of each service hold partitions of their consumer group's topics (6 partitions each);
#   3. `bench-driver replica-kill` (deploy/bench/driver, ReplicaKill): KILL_COUNT (200) candidates admitted into one
#      cohort, the whole workflow each, requests spread over both admissions instances; halfway, every clock moves to the
#      next day, 07:00 in Paris (both curriculum instances at once: both try the day's runs), then SIGKILL to the second
#      instance of every service, requests in flight; a request whose instance died is taken again on the survivor
#      (a creation by its Idempotency-Key, a step after reading the application back); then the survivors' clocks move
#      one more day; checks every candidate ADMITTED, enrolled once on curriculum, placeable once on placement, and one
#      DAILY national dashboard transmission on each of the two days;
#   4. checks, as an operator would: the survivors hold every partition (and how long the takeover took), the cohort
#      lifecycle ran once on each day (scheduled_run, and which instance did it), one LearnerEnrolled and one
#      CandidateAdmitted event per candidate in the outboxes, no event parked on a dead-letter topic during the run;
#   5. stops the stack and the stub (KEEP_STACK=1 leaves them running).
# Needs the stack stopped first (deploy/local/down.sh): it starts its own, with simulated time. The databases keep the
# test's cohort and applications (200 rows; the stack's data is kept as ever). Exit status 0 only when every check passed.
#
# env: KILL_COUNT (200, at most 200: one cohort), KILL_IN_FLIGHT (16), KEEP_STACK (0), LOCAL_PORT_OFFSET (0),
#      TAKEOVER_TIMEOUT (120 s: Kafka's session timeout is 45 s)
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=deploy/local/lib.sh
source "$HERE/../local/lib.sh"
# shellcheck source=deploy/bench/driver-env.sh
source "$HERE/../bench/driver-env.sh"

KILL_COUNT="${KILL_COUNT:-200}"
KILL_IN_FLIGHT="${KILL_IN_FLIGHT:-16}"
KEEP_STACK="${KEEP_STACK:-0}"
TAKEOVER_TIMEOUT="${TAKEOVER_TIMEOUT:-120}"
[[ "$KILL_COUNT" =~ ^[0-9]+$ ]] && (( KILL_COUNT >= 2 && KILL_COUNT <= 200 )) || die "KILL_COUNT must be 2..200"
STUB_PORT=$((18500 + LOCAL_PORT_OFFSET))
STUB_KEY="local-dashboard-key-NOT-A-SECRET"
STUB_JAR="$REPO_ROOT/tools/national-dashboard-stub/target/national-dashboard-stub.jar"
CONSUMER_GROUPS=(admissions-service curriculum-service placement-service certification-service)
command -v psql >/dev/null || die "psql is required (Debian package postgresql-client)"

for svc in "${SERVICES[@]}"; do
  [[ -z "$(instances_of "$svc")" ]] || die "$svc is running: stop the stack first (LOCAL_PORT_OFFSET=$LOCAL_PORT_OFFSET deploy/local/down.sh)"
done
if [[ ! -f "$STUB_JAR" ]]; then
  log "building the State's stub: ./mvnw -q -B -ntp -pl tools/national-dashboard-stub package -DskipTests"
  (cd "$REPO_ROOT" && ./mvnw -q -B -ntp -pl tools/national-dashboard-stub package -DskipTests) >&2 || die "the stub did not build"
fi
ensure_driver

STUB_PID=""
cleanup() {
  if [[ "$KEEP_STACK" != 1 ]]; then
    "$LOCAL_DIR/down.sh" >/dev/null 2>&1 || true
    [[ -n "$STUB_PID" ]] && kill "$STUB_PID" 2>/dev/null || true
  else
    echo "KEEP_STACK=1: the stack and the stub (pid $STUB_PID, :$STUB_PORT) keep running; deploy/local/down.sh stops the stack"
  fi
}
trap cleanup EXIT

mkdir -p "$LOG_DIR"
"$JAVA" -Xmx128m -jar "$STUB_JAR" --port "$STUB_PORT" --key "$STUB_KEY" > "$LOG_DIR/kill-test-stub.log" 2>&1 &
STUB_PID=$!
export NATIONAL_DASHBOARD_URL="http://127.0.0.1:$STUB_PORT" NATIONAL_DASHBOARD_KEY="$STUB_KEY"
"$LOCAL_DIR/up.sh" --replicas 2 --simulated-time > "$LOG_DIR/kill-test-up.log" 2>&1 || { tail -40 "$LOG_DIR/kill-test-up.log"; die "up.sh --replicas 2 failed"; }

echo "=== two-replica kill test: $KILL_COUNT candidates, $KILL_IN_FLIGHT in flight; $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
pgrep -f plexus-classworlds >/dev/null 2>&1 && echo "=== WARNING: a Maven build is running beside the test"
printf '  %-16s %-8s %s\n' INSTANCE PID URL
for svc in "${SERVICES[@]}"; do
  while read -r name port; do printf '  %-16s %-8s %s\n' "$name" "$(running_pid "$name")" "http://127.0.0.1:$port"; done < <(instances_of "$svc")
done

groups() { "$JAVA" -cp "$LIB_DIR/*" -Dlog4j2.configurationFile="$LOCAL_DIR/kafka/log4j2.xml" "$HERE/KafkaGroups.java" "$(kafka_bootstrap)" "$@" 2>>"$LOG_DIR/kill-test-groups.log"; }
failures=()
fail() { failures+=("$*"); echo "  FAILED: $*"; }

# --- 2. both instances of each service hold partitions
echo
echo "--- before the kill: partitions held per instance (topics of 6 partitions)"
before="$(groups 90 - "${CONSUMER_GROUPS[@]}")"
grep '^ASSIGN' <<<"$before" | awk '{printf "  %-22s %-16s %-26s %s\n", $2, $3, $4, $5}'
for g in "${CONSUMER_GROUPS[@]}"; do
  svc="${g%-service}"
  for inst in "$svc-1" "$svc-2"; do
    grep -q "^ASSIGN $g $inst " <<<"$before" || fail "$inst holds no partition of group $g before the kill"
  done
done
grep -q '^UNASSIGNED' <<<"$before" && fail "partitions unassigned before the kill: $(grep '^UNASSIGNED' <<<"$before" | paste -sd';')"
declare -A DLQ_BEFORE=()
while read -r _ topic n; do DLQ_BEFORE[$topic]="$n"; done < <(grep '^DLQ' <<<"$before")

# --- 3. the admissions, the kill, the checks users can see
echo
echo "--- the admissions, with the second instance of every service SIGKILLed halfway"
pids="$(for svc in "${SERVICES[@]}"; do running_pid "$svc-2"; done | paste -sd,)"
urls() { echo "http://127.0.0.1:$(instance_port "$1" 1),http://127.0.0.1:$(instance_port "$1" 2)"; }
ids_file="$(mktemp)"; out_file="$(mktemp)"
kill_started=$SECONDS
set +e
driver replica-kill --admissions "$(urls admissions)" --curriculum "$(urls curriculum)" --placement "$(urls placement)" \
  --certification "$(urls certification)" --officer-token "$("$LOCAL_DIR/token.sh" admissions-officer 2>/dev/null)" \
  --trainer-token "$("$LOCAL_DIR/token.sh" trainer 2>/dev/null)" --manager-token "$("$LOCAL_DIR/token.sh" manager 2>/dev/null)" \
  --placement-token "$("$LOCAL_DIR/token.sh" placement-officer 2>/dev/null)" --kill-pids "$pids" \
  --count "$KILL_COUNT" --in-flight "$KILL_IN_FLIGHT" --ids-out "$ids_file" 2>&1 | tee "$out_file" | grep -v '^RESULT '
driver_rc=${PIPESTATUS[0]}
set -e
result="$(sed -n 's/^RESULT //p' "$out_file")"
kv() { tr ' ' '\n' <<<"$result" | sed -n "s/^$1=//p"; }
(( driver_rc == 0 )) && [[ -n "$result" ]] || fail "the driver's run (see above)"

# --- 4. what an operator checks
echo
echo "--- after the kill: the survivors' partitions"
after="$(groups "$TAKEOVER_TIMEOUT" admissions-2,curriculum-2,placement-2,certification-2 "${CONSUMER_GROUPS[@]}")"
grep '^ASSIGN' <<<"$after" | awk '{printf "  %-22s %-16s %-26s %s\n", $2, $3, $4, $5}'
grep '^ASSIGN' <<<"$after" | awk '$3 !~ /-1$/ {bad=1} END {exit bad}' || fail "a killed instance still holds partitions"
grep -q '^UNASSIGNED' <<<"$after" && fail "partitions unassigned after the kill: $(grep '^UNASSIGNED' <<<"$after" | paste -sd';')"
for g in "${CONSUMER_GROUPS[@]}"; do grep -q "^ASSIGN $g ${g%-service}-1 " <<<"$after" || fail "no survivor in group $g"; done
echo "  settled $(sed -n 's/^WAITED //p' <<<"$after") s after the driver's run ended (the run itself lasted $((SECONDS - kill_started)) s)"
parked=0
while read -r _ topic n; do
  d=$(( n - ${DLQ_BEFORE[$topic]:-0} ))
  if (( d != 0 )); then fail "$d records parked on $topic during the run"; parked=$((parked + d)); fi
done < <(grep '^DLQ' <<<"$after")
echo "  dead-letter topics: $parked records parked during the run"

psql_in() { PGPASSWORD="$DB_PASSWORD_EFFECTIVE" psql -h 127.0.0.1 -p "$PG_PORT" -U "$DB_USER_EFFECTIVE" -d "$1" -At -F ' ' -c "$2"; }
if [[ -n "$result" ]]; then
  day1="$(kv day1)"; day2="$(kv day2)"
  runs="$(psql_in curriculum "select run_key, instance_id from scheduled_run where job = 'cohort-lifecycle' and run_key in ('$day1', '$day2') order by run_key")"
  echo "  cohort lifecycle runs: $(paste -sd';' <<<"$runs" | sed 's/;/; /g')"
  [[ "$(grep -c "^$day1 " <<<"$runs")" == 1 ]] || fail "the cohort lifecycle of $day1 ran $(grep -c "^$day1 " <<<"$runs") times"
  [[ "$(grep "^$day2 " <<<"$runs" | cut -d' ' -f2)" == curriculum-1 ]] || fail "the cohort lifecycle of $day2 was not run by the survivor curriculum-1"
  ids_sql="$(sed "s/.*/'&'/" "$ids_file" | paste -sd,)"
  read -r enrolled_events enrolled_distinct < <(psql_in curriculum "select count(*), count(distinct aggregate_id) from outbox_event where event_type like 'LearnerEnrolled.%' and aggregate_id in ($ids_sql)")
  read -r admitted_events admitted_distinct < <(psql_in admissions "select count(*), count(distinct aggregate_id) from outbox_event where event_type like 'CandidateAdmitted.%' and aggregate_id in ($ids_sql)")
  echo "  events: LearnerEnrolled $enrolled_events for $enrolled_distinct candidates (curriculum), CandidateAdmitted $admitted_events for $admitted_distinct (admissions)"
  [[ "$enrolled_events" == "$KILL_COUNT" && "$enrolled_distinct" == "$KILL_COUNT" ]] || fail "LearnerEnrolled: $enrolled_events events for $enrolled_distinct candidates, not one each for $KILL_COUNT"
  [[ "$admitted_events" == "$KILL_COUNT" && "$admitted_distinct" == "$KILL_COUNT" ]] || fail "CandidateAdmitted: $admitted_events events for $admitted_distinct candidates, not one each for $KILL_COUNT"
  unpublished="$(for db in admissions curriculum placement certification; do psql_in "$db" "select count(*) from outbox_event where published_at is null"; done | awk '{s += $1} END {print s}')"
  echo "  outbox rows still unpublished (the four databases): $unpublished"
  [[ "$unpublished" == 0 ]] || fail "$unpublished events still unpublished in the outboxes"
fi
rm -f "$ids_file" "$out_file"

echo
verdict() { if [[ -z "$1" ]]; then echo MET; else echo "NOT MET"; fi; }
printf 'ROW\t%s\t%s\t%s\t-\t%s\n' "candidates admitted, enrolled and placeable exactly once" "$KILL_COUNT" "$( [[ -n "$result" ]] && echo "$(kv candidates)" || echo -)" \
  "$(verdict "$( (( driver_rc == 0 )) || echo x)")"
printf 'ROW\t%s\t%s\t%s\t-\t%s\n' "requests lost beyond those in flight on the killed instance" 0 \
  "$( [[ -n "$result" ]] && echo "0 (in flight $(kv lost_in_flight), refused $(kv refused); replayed by key $(kv replayed), committed before death $(kv committed_before_death), sent again $(kv resent))" || echo -)" \
  "$(verdict "$( (( driver_rc == 0 )) || echo x)")"
printf 'ROW\t%s\t%s\t%s\t-\t%s\n' "idempotency key retried and ETag read on both instances" "every 10th" \
  "$( [[ -n "$result" ]] && echo "$(kv cross_checked) applications, same answer and ETag" || echo -)" "$(verdict "$( (( driver_rc == 0 )) && [[ -n "$result" ]] || echo x)")"
printf 'ROW\t%s\t%s\t%s\t-\t%s\n' "daily jobs per day (cohort lifecycle, dashboard transmission)" "1 each" \
  "$( [[ -n "${runs:-}" ]] && echo "$(paste -sd';' <<<"$runs" | sed 's/;/; /g')" || echo -)" \
  "$(verdict "$(printf '%s\n' "${failures[@]+"${failures[@]}"}" | grep -E 'lifecycle|transmission' || true)")"
printf 'ROW\t%s\t%s\t%s\t-\t%s\n' "partitions held by the survivors after the kill" "all" "$(grep -c '^ASSIGN' <<<"$after") group/topic pairs, all on instance 1" \
  "$(verdict "$(printf '%s\n' "${failures[@]+"${failures[@]}"}" | grep -E 'partition|survivor' || true)")"
if (( ${#failures[@]} > 0 )); then
  echo "=== KILL TEST FAILED: ${#failures[@]} check(s)"
  printf '  - %s\n' "${failures[@]}"
  exit 1
fi
echo "=== KILL TEST PASSED"
