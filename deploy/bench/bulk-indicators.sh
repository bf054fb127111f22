#!/usr/bin/env bash
# LOCAL benchmark of the published indicators (issue 16), 127.0.0.1 only: GET /api/v1/indicators computed over 1 000 then
# 100 000 enrolled learners in certification's read model. Needs the certification jar (deploy/local/up.sh --build), psql and wrk.
#
#  1. PostgreSQL and Kafka of deploy/local (infra.sh; started if needed, stopped at the end if the bench started them);
#     certification: the running one of deploy/local, else started alone (and stopped at the end)
#  2. for each size of INDIC_SIZES: the learners inserted with psql into certification's database, in cohorts of 25 whose
#     starts are spread over 2031..2040 (a quarter on 1 January, a quarter on 31 December), one exam session a year; a
#     learner in 10 withdrawn, 1 in 2 with a contract (some with 2), 1 in 14 terminated; 2 in 3 registered for the session
#     after their cohort's year, 24 in 25 of those with a jury result, two thirds of those holding every CCP, the others 2 of 3
#  3. cache miss: wrk -t2 -c8 --latency asks for each seeded cohort's indicators ONCE, as ?cohort=C and ?cohort=C&year=Y
#     (indicators-paths.lua: no URL twice, so a response cache in front cannot answer), after a warm-up (INDIC_WARMUP each) on
#     cohorts nobody has (misses too) and on the year query; the run ends when every URL is answered or after INDIC_DURATION. At 1 000 learners
#     that is 80 URLs only: the p99 there is nearly the slowest request
#  4. the fixed ?year=2035 (a tenth of the learners) for INDIC_DURATION: may be served from a cache once one lands
#  5. ROW lines: p99 at each size, and the ratio of the largest size to the smallest
# Seeded rows are tagged (cohort code BENCH-IND-*, exam_session.place and candidate.file_reference 'bench-indicators'),
# deleted before each size and at the end (also on failure).
#
# env: INDIC_SIZES ("1000 100000"; ascending, 1..200000 each), INDIC_WARMUP (20s), INDIC_DURATION (15s), INDIC_YEAR (2035)
#   e.g. LOCAL_PORT_OFFSET=300 INDIC_SIZES="1000 10000" deploy/bench/bulk-indicators.sh
set -euo pipefail
BENCH_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=deploy/local/lib.sh
source "$BENCH_DIR/../local/lib.sh"

INDIC_SIZES="${INDIC_SIZES:-1000 100000}"
INDIC_WARMUP="${INDIC_WARMUP:-20s}"
INDIC_DURATION="${INDIC_DURATION:-15s}"
INDIC_YEAR="${INDIC_YEAR:-2035}"
TARGET_MS=20
read -r -a SIZES <<<"$INDIC_SIZES"
(( ${#SIZES[@]} >= 1 && ${#SIZES[@]} <= 4 )) || die "INDIC_SIZES must name 1 to 4 sizes"
previous=0
for n in "${SIZES[@]}"; do
  [[ "$n" =~ ^[0-9]+$ ]] && (( n >= 1 && n <= 200000 && n > previous )) || die "INDIC_SIZES must be ascending, each 1..200000: '$INDIC_SIZES'"
  previous=$n
done
for _v in INDIC_WARMUP INDIC_DURATION; do
  if ! [[ "${!_v}" =~ ^[0-9]+s$ ]] || (( ${!_v%s} < 1 || ${!_v%s} > 120 )); then die "$_v must be 1s..120s, like 15s"; fi
done
[[ "$INDIC_YEAR" =~ ^20(3[1-9]|40)$ ]] || die "INDIC_YEAR must be one of the seeded years, 2031..2040"
[[ -f "$(service_jar certification)" ]] || die "$(service_jar certification) is missing: deploy/local/up.sh --build"
command -v psql >/dev/null || die "psql is required (apt-get install -y postgresql-client)"
command -v wrk >/dev/null || die "wrk is required (apt-get install -y wrk)"
[[ -z "$EXTERNAL_DB_URL" ]] || die "the bench seeds the embedded PostgreSQL of deploy/local only (DB_URL is set)"

PORT="${SERVICE_PORT[certification]}"
BASE="http://127.0.0.1:$PORT"
WORK="$RUN_DIR/bench-indicators"
mkdir -p "$WORK" "$LOG_DIR"

PG_WAS_RUNNING=false; KAFKA_WAS_RUNNING=false; CERT_WAS_RUNNING=false
is_running postgres && PG_WAS_RUNNING=true
is_running kafka && KAFKA_WAS_RUNNING=true
is_running certification && CERT_WAS_RUNNING=true

db() { PGPASSWORD="$DB_PASSWORD_EFFECTIVE" psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$PG_PORT" -U "$DB_USER_EFFECTIVE" certification "$@"; }

clean_seeded() {
  db <<'SQL'
delete from ccp_held where session_id in (select id from exam_session where place = 'bench-indicators');
delete from registration where session_id in (select id from exam_session where place = 'bench-indicators');
delete from candidate where file_reference = 'bench-indicators' and cohort_id in (select id from cohort where code like 'BENCH-IND-%');
delete from exam_session where place = 'bench-indicators';
delete from cohort where code like 'BENCH-IND-%';
SQL
}

SEEDED=false
cleanup() {
  set +e
  if $SEEDED; then log "deleting the seeded rows"; clean_seeded; fi
  [[ "$CERT_WAS_RUNNING" == false ]] && stop_name certification 30
  [[ "$KAFKA_WAS_RUNNING" == false ]] && stop_name kafka 60
  [[ "$PG_WAS_RUNNING" == false ]] && stop_name postgres 30
}
trap cleanup EXIT

"$LOCAL_DIR/infra.sh" start
if ! $CERT_WAS_RUNNING; then
  port_open "$PORT" && die "port $PORT (certification) is in use by a process not started by deploy/local"
  start_service certification
fi
deadline=$((SECONDS + 120))
until [[ "$(health_code "$PORT")" == 200 ]]; do
  (( SECONDS < deadline )) || die "certification not ready after 120 s (see $LOG_DIR/certification.log)"
  is_running certification || die "certification exited (see $LOG_DIR/certification.log)"
  sleep 0.5
done

# seed LEARNERS: the read model certification builds from events (cohort, candidate) and its own data (sessions, registrations,
# CCPs held), consistent with the schema of its Flyway migrations
seed() {
  db -v learners="$1" <<'SQL'
insert into cohort (id, code, start_date, end_date, capacity, status, last_event_id, updated_at)
select gen_random_uuid(), 'BENCH-IND-' || lpad(k::text, 6, '0'),
       case k % 4 when 0 then make_date(2031 + (k / 4) % 10, 1, 1) when 1 then make_date(2031 + (k / 4) % 10, 12, 31)
                  else make_date(2031 + (k / 4) % 10, 1, 1) + (k * 37) % 365 end,
       date '2043-06-30', 30, 'CLOSED', 'bench-indicators', now()
from generate_series(0, ceil(:learners / 25.0)::int - 1) k;
insert into exam_session (id, exam_date, place, capacity, jury, status, created_by, created_at)
select gen_random_uuid(), make_date(y, 6, 15), 'bench-indicators', 200000,
       '[{"name":"Bench Pro","professional":true},{"name":"Bench Pro 2","professional":true}]'::jsonb, 'PLANNED', 'bench-indicators', now()
from generate_series(2032, 2041) y;
with k as (select id, start_date, row_number() over (order by code) - 1 as n from cohort where code like 'BENCH-IND-%')
insert into candidate (candidate_id, cohort_id, first_name, last_name, enrolled_on, training_completed_on, employer_period_completed_on,
                       withdrawn_on, contracts_signed, contracts_terminated, file_received_on, file_reference)
select gen_random_uuid(), k.id, 'Bench', 'Learner' || (k.n * 25 + i), k.start_date, k.start_date + 300, k.start_date + 300,
       case when i % 10 = 3 then k.start_date + 60 end,
       case when i % 2 = 0 then 1 when i % 9 = 1 then 2 else 0 end, case when i % 14 = 0 then 1 else 0 end,
       k.start_date + 280, 'bench-indicators'
from k join generate_series(0, 24) i on k.n * 25 + i < :learners;
with c as (select c.candidate_id, k.start_date, row_number() over (order by c.last_name) as n
           from candidate c join cohort k on k.id = c.cohort_id where k.code like 'BENCH-IND-%' and c.withdrawn_on is null)
insert into registration (id, session_id, candidate_id, ccps, status, outcome, jury_decision, decided_on, registered_at)
select gen_random_uuid(), s.id, c.candidate_id, '["RNCP36241BC01","RNCP36241BC02","RNCP36241BC03"]'::jsonb,
       case when c.n % 25 = 0 then 'REGISTERED' else 'RESULTED' end,
       case when c.n % 25 = 0 then null when c.n % 3 = 0 then 'PARTIAL' else 'WHOLE_TITLE' end,
       case when c.n % 25 <> 0 then 'bench' end, case when c.n % 25 <> 0 then s.exam_date end, now()
from c join exam_session s on s.place = 'bench-indicators' and extract(year from s.exam_date) = extract(year from c.start_date) + 1
where c.n % 3 <> 2 or c.n % 5 = 0;
insert into ccp_held (candidate_id, ccp_code, obtained_on, session_id)
select r.candidate_id, ref.code, r.decided_on, r.session_id
from registration r join exam_session s on s.id = r.session_id and s.place = 'bench-indicators'
join ccp_reference ref on r.outcome = 'WHOLE_TITLE' or (r.outcome = 'PARTIAL' and ref.position < 3)
where r.status = 'RESULTED';
analyze cohort; analyze candidate; analyze registration; analyze ccp_held; analyze exam_session;
SQL
}

# p99 of a wrk --latency output, in ms (one decimal), or "-"
p99_ms() {
  awk '/^ *99%/ { v = $2; u = v; sub(/[0-9.]+/, "", u); sub(/[a-z]+$/, "", v);
                  f = (u == "us") ? 0.001 : (u == "s") ? 1000 : (u == "m") ? 60000 : 1; printf "%.1f", v * f; found = 1 }
       END { if (!found) print "-" }' <<<"$1"
}
non2xx() { awk '/Non-2xx or 3xx responses:/ { print $NF; f = 1 } END { if (!f) print 0 }' <<<"$1"; }
requests() { awk '/requests in/ { print $1 }' <<<"$1"; }
grouped() { sed ':a;s/\B[0-9]\{3\}\>/ &/;ta' <<<"$1"; }  # 100000 -> 100 000
status_of() {  # status_of MEASURED -> MET | NOT MET | NOT MEASURED (reason)
  if [[ "$1" == "-" ]]; then echo "NOT MEASURED (no latency from wrk)"
  elif awk -v m="$1" -v t="$TARGET_MS" 'BEGIN { exit !(m <= t) }'; then echo MET
  else echo "NOT MET"; fi
}

LUA="$BENCH_DIR/indicators-paths.lua"
declare -A MISS_P99=() YEAR_P99=()
echo "=== indicators: sizes ${INDIC_SIZES}, $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
pgrep -f plexus-classworlds >/dev/null 2>&1 && echo "=== WARNING: a Maven build is running: the figures are disturbed by it"
for n in "${SIZES[@]}"; do
  SEEDED=true
  clean_seeded
  t0=$SECONDS
  seed "$n"
  db -At -F' ' -c "select id, extract(year from start_date) from cohort where code like 'BENCH-IND-%' order by code" > "$WORK/cohorts.txt"
  awk '{ print "/api/v1/indicators?cohort=" $1; print "/api/v1/indicators?cohort=" $1 "&year=" $2 }' "$WORK/cohorts.txt" > "$WORK/paths.txt"
  counts="$(db -At -F' ' -c "select (select count(*) from candidate where file_reference = 'bench-indicators'),
    (select count(*) from registration r join exam_session s on s.id = r.session_id where s.place = 'bench-indicators'),
    (select count(*) from ccp_held h join exam_session s on s.id = h.session_id where s.place = 'bench-indicators'),
    (select count(*) from candidate c join cohort k on k.id = c.cohort_id where k.code like 'BENCH-IND-%'
      and k.start_date >= make_date($INDIC_YEAR, 1, 1) and k.start_date < make_date($INDIC_YEAR + 1, 1, 1))")"
  read -r learners regs held in_year <<<"$counts"
  echo "--- $(grouped "$n") learners seeded in $((SECONDS - t0)) s: $(wc -l < "$WORK/cohorts.txt") cohorts, $regs registrations, $held CCPs held; $in_year learners in $INDIC_YEAR"
  (( learners == n )) || die "seeded $learners learners, not $n"
  curl -sf "$BASE/api/v1/indicators?year=$INDIC_YEAR" > "$WORK/year.json" || die "GET /api/v1/indicators?year=$INDIC_YEAR failed"
  echo "    year $INDIC_YEAR: $(cat "$WORK/year.json")"

  # warm-up of both paths first (the JIT, PostgreSQL's caches of the new rows): cohorts nobody has, then the year
  timeout 180 wrk -t2 -c8 -d"$INDIC_WARMUP" -s "$LUA" "$BASE" -- "$WORK/paths.txt" 2 warmup > /dev/null 2>&1 || true
  timeout 180 wrk -t2 -c8 -d"$INDIC_WARMUP" "$BASE/api/v1/indicators?year=$INDIC_YEAR" > /dev/null 2>&1 || true
  # cache miss: every URL once
  out="$(timeout 180 wrk -t2 -c8 -d"$INDIC_DURATION" --latency -s "$LUA" "$BASE" -- "$WORK/paths.txt" 2 2>&1)" || true
  MISS_P99[$n]="$(p99_ms "$out")"
  echo "    cache miss, $(wc -l < "$WORK/paths.txt") distinct URLs, $(requests "$out") requests: p99 ${MISS_P99[$n]} ms, non-2xx $(non2xx "$out")"
  sed -n '/Latency Distribution/,/99%/p' <<<"$out" | sed 's/^/      /'
  [[ "$(non2xx "$out")" == 0 ]] || MISS_P99[$n]="-"

  # the fixed year query: the same URL over and over
  out="$(timeout 180 wrk -t2 -c8 -d"$INDIC_DURATION" --latency "$BASE/api/v1/indicators?year=$INDIC_YEAR" 2>&1)" || true
  YEAR_P99[$n]="$(p99_ms "$out")"
  echo "    ?year=$INDIC_YEAR ($in_year learners), $(requests "$out") requests: p99 ${YEAR_P99[$n]} ms, non-2xx $(non2xx "$out")"
  sed -n '/Latency Distribution/,/99%/p' <<<"$out" | sed 's/^/      /'
  [[ "$(non2xx "$out")" == 0 ]] || YEAR_P99[$n]="-"
done
echo "  certification RSS after: $(rss_mib "$(running_pid certification || echo 0)") MiB"

ratio() {  # ratio LARGE SMALL -> LARGE/SMALL, one decimal, or -
  if [[ "$1" == "-" || "$2" == "-" ]] || ! awk -v s="$2" 'BEGIN { exit !(s > 0) }'; then echo "-"; return; fi
  awk -v l="$1" -v s="$2" 'BEGIN { printf "%.1f", l / s }'
}
small="${SIZES[0]}"; large="${SIZES[${#SIZES[@]}-1]}"
for n in "${SIZES[@]}"; do
  r="-"; [[ "$n" != "$small" ]] && r="$(ratio "${MISS_P99[$n]}" "${MISS_P99[$small]}")"
  printf 'ROW\t%s\t%s\t%s\t%s\t%s\n' "indicators over $(grouped "$n") learners, p99 ms (cache miss)" "<= $TARGET_MS" "${MISS_P99[$n]}" "$r" "$(status_of "${MISS_P99[$n]}")"
done
for n in "${SIZES[@]}"; do
  r="-"; [[ "$n" != "$small" ]] && r="$(ratio "${YEAR_P99[$n]}" "${YEAR_P99[$small]}")"
  printf 'ROW\t%s\t%s\t%s\t%s\t%s\n' "indicators of one year over $(grouped "$n") learners, p99 ms (may be served from cache once the cache lands)" \
    "<= $TARGET_MS" "${YEAR_P99[$n]}" "$r" "$(status_of "${YEAR_P99[$n]}")"
done
echo "(ratio: p99 at that size / p99 at $(grouped "$small") learners; the largest size is $(grouped "$large"))"
