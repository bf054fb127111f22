#!/usr/bin/env bash
# LOCAL benchmark of the national dashboard feed (issue 14), 127.0.0.1 only. Needs the curriculum jar (deploy/local/up.sh
# --build), the stub jar (./mvnw -q -pl tools/national-dashboard-stub package), a JDK 17 and psql.
#
#  1. PostgreSQL and Kafka of deploy/local (infra.sh; started if needed, stopped at the end if the bench started them)
#  2. the State's stub (tools/national-dashboard-stub) on DASH_STUB_PORT (18599) and curriculum alone, pointed at it
#  3. one cohort POSTed on curriculum (school year of its start), then DASH_LEARNERS (10000) learners of it inserted with
#     psql into curriculum's database, half of them with a contract (start, end, employer SIRET), every tenth of those
#     terminated; nothing sent to the State yet (the learners of an earlier run are deleted first)
#  4. bench-driver dashboard (the Maven module deploy/bench/driver, built when its jar is missing): the export (every page of GET /national-dashboard/records) beside a bare reference (as many
#     GETs of the public programme), the transmission (POST /national-dashboard/transmissions, batches of 2 000 to the
#     stub) beside a bare reference (the same records POSTed straight to the stub), and a second transmission (nothing)
#
# env: DASH_LEARNERS (10000), DASH_STUB_PORT (18599)
set -euo pipefail
BENCH_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=deploy/local/lib.sh
source "$BENCH_DIR/../local/lib.sh"
# shellcheck source=deploy/bench/driver-env.sh
source "$BENCH_DIR/driver-env.sh"

DASH_LEARNERS="${DASH_LEARNERS:-10000}"
DASH_STUB_PORT="${DASH_STUB_PORT:-18599}"
STUB_JAR="$REPO_ROOT/tools/national-dashboard-stub/target/national-dashboard-stub.jar"
STUB_KEY="bench-dashboard-key-NOT-A-SECRET"
[[ -f "$STUB_JAR" ]] || die "$STUB_JAR is missing: ./mvnw -q -pl tools/national-dashboard-stub package"
[[ -f "$(service_jar curriculum)" ]] || die "$(service_jar curriculum) is missing: deploy/local/up.sh --build"
command -v psql >/dev/null || die "psql is required (apt-get install -y postgresql-client)"
is_running curriculum && die "curriculum runs: stop the stack (deploy/local/down.sh) before the bench"
port_open "$DASH_STUB_PORT" && die "port $DASH_STUB_PORT is taken"

mkdir -p "$LOG_DIR"
ensure_driver

PG_WAS_RUNNING=false; KAFKA_WAS_RUNNING=false
is_running postgres && PG_WAS_RUNNING=true
is_running kafka && KAFKA_WAS_RUNNING=true
STUB_PID=""
cleanup() {
  set +e
  [[ -n "$STUB_PID" ]] && kill "$STUB_PID" 2>/dev/null
  stop_name curriculum 30
  [[ "$KAFKA_WAS_RUNNING" == false ]] && stop_name kafka 60
  [[ "$PG_WAS_RUNNING" == false ]] && stop_name postgres 30
}
trap cleanup EXIT

"$LOCAL_DIR/infra.sh" start
"$JAVA" -Xmx256m -jar "$STUB_JAR" --port "$DASH_STUB_PORT" --key "$STUB_KEY" > "$LOG_DIR/bench-dashboard-stub.log" 2>&1 &
STUB_PID=$!
# the daily job stays off: the transmission measured is the one the driver asks for
export NATIONAL_DASHBOARD_URL="http://127.0.0.1:$DASH_STUB_PORT" NATIONAL_DASHBOARD_KEY="$STUB_KEY" CURRICULUM_NATIONAL_DASHBOARD_CHECK_EVERY=off
start_service curriculum
deadline=$((SECONDS + 120))
until [[ "$(health_code "${SERVICE_PORT[curriculum]}")" == 200 ]]; do
  (( SECONDS < deadline )) || die "curriculum not ready after 120 s (see $LOG_DIR/curriculum.log)"
  sleep 0.5
done

TRAINER="$("$LOCAL_DIR/token.sh" trainer)"
MANAGER="$("$LOCAL_DIR/token.sh" manager)"
start="$(date -d "+$(( (8 - $(date +%u)) % 7 + 56 )) days" +%F)"  # a Monday about two months ahead
cohort="$(curl -s -H "Authorization: Bearer $TRAINER" -H 'Content-Type: application/json' \
  -d "{\"code\":\"DASH-$(date +%s)\",\"startDate\":\"$start\",\"capacity\":30}" "http://127.0.0.1:${SERVICE_PORT[curriculum]}/api/v1/cohorts" \
  | sed -n 's/.*"id":"\([0-9a-f-]*\)".*/\1/p' | head -n1)"
[[ -n "$cohort" ]] || die "the cohort could not be scheduled (see $LOG_DIR/curriculum.log)"
year="$(date -d "$start" +%Y)"; month="$(date -d "$start" +%-m)"
(( month >= 9 )) || year=$((year - 1))
school_year="$year-$((year + 1))"

log "seeding $DASH_LEARNERS learners of cohort $cohort ($school_year) with psql"
PGPASSWORD="$DB_PASSWORD_EFFECTIVE" psql -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$PG_PORT" -U "$DB_USER_EFFECTIVE" curriculum <<SQL
-- what an earlier run left: its learners (their cohorts stay, empty), and a transmission it interrupted
delete from national_dashboard_rejection where enrollment_id in (select e.id from enrollment e join cohort c on c.id = e.cohort_id where c.code like 'DASH-%');
delete from national_dashboard_record where enrollment_id in (select e.id from enrollment e join cohort c on c.id = e.cohort_id where c.code like 'DASH-%');
delete from enrollment_contract where enrollment_id in (select e.id from enrollment e join cohort c on c.id = e.cohort_id where c.code like 'DASH-%');
delete from enrollment where cohort_id in (select id from cohort where code like 'DASH-%');
update national_dashboard_transmission set state = 'INTERRUPTED', finished_at = now() where state = 'RUNNING';
insert into enrollment (id, candidate_id, cohort_id, application_id, first_name, last_name, birth_date, email, phone, status, status_since,
                        enrolled_on, contract_id, contract_terminated_on, updated_at, status_changed_at, version)
select gen_random_uuid(), gen_random_uuid(), '$cohort', gen_random_uuid(), 'Prenom' || i, 'Nom' || i, date '2001-01-01' + (i % 2000),
       'learner' || i || '@example.org', '+33 6 00 00 00 00',
       case when i % 2 = 0 then (case when i % 20 = 0 then 'RUPTURANT' else 'APPRENTI' end) else 'INSCRIT_SANS_CONTRAT' end,
       date '$start', date '$start' - 30, case when i % 2 = 0 then gen_random_uuid() end,
       case when i % 20 = 0 then date '$start' + 40 end, now(), now(), 0
from generate_series(1, $DASH_LEARNERS) i;
insert into enrollment_contract (enrollment_id, contract_id, ordinal, start_date, end_date, employer_siret, terminated_on, termination_ground)
select e.id, e.contract_id, 1, date '$start', date '$start' + 200, '21930066000014', e.contract_terminated_on,
       case when e.contract_terminated_on is not null then 'MUTUAL_AGREEMENT' end
from enrollment e where e.cohort_id = '$cohort' and e.contract_id is not null;
SQL

echo "=== national dashboard feed: $DASH_LEARNERS learners, $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
pgrep -f plexus-classworlds >/dev/null 2>&1 && echo "=== WARNING: a Maven build is running: the figures are disturbed by it"
driver dashboard --curriculum "http://127.0.0.1:${SERVICE_PORT[curriculum]}" --manager-token "$MANAGER" \
  --stub "http://127.0.0.1:$DASH_STUB_PORT" --key "$STUB_KEY" --school-year "$school_year"
echo "  curriculum RSS after: $(rss_mib "$(running_pid curriculum)") MiB"
