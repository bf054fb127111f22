#!/usr/bin/env bash
# LOCAL benchmark of the lists at scale (issue 16), 127.0.0.1 only: GET /api/v1/applications, page size 100, by cursor
# (keyset) and by page number (offset) deep in the list, with 1 000 then 100 000 applications in admissions' database.
# Needs the local stack up (LOCAL_PORT_OFFSET=<n> deploy/local/up.sh), psql, curl and wrk.
#
#  1. deletes what an earlier run left, then inserts with psql, in one generate_series INSERT, BULK_SMALL (1 000)
#     applications (and their SUBMITTED step) over 4 bench cohorts and 4 prescribers (a fifth FRONT_OFFICE, without one);
#     everything it inserts is tagged (submitted_by 'bulk-lists-bench', cohort codes BULK-LISTS-*)
#  2. collects, as a manager, the pages at about 80-90 % of the list: the offset pages (?page=P) and the cursor of the
#     page after each (an offset page answers nextCursor), so the cursor runs read the same depth without a walk
#  3. wrk -t2 -c8 -dBULK_DURATION --latency (after a BULK_WARMUP run) on the cursor pages, then on the offset pages
#  4. inserts applications up to BULK_ROWS (100 000) and measures again; prints the ROW lines
#  5. deletes the rows it inserted (BULK_KEEP=1 leaves them, e.g. to try the lists by hand; the next run deletes them)
#
# env: BULK_ROWS (100000), BULK_SMALL (1000), BULK_DURATION (10s), BULK_WARMUP (5s), BULK_KEEP (0)
set -euo pipefail
BENCH_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=deploy/local/lib.sh
source "$BENCH_DIR/../local/lib.sh"

BULK_ROWS="${BULK_ROWS:-100000}"
BULK_SMALL="${BULK_SMALL:-1000}"
BULK_DURATION="${BULK_DURATION:-10s}"
BULK_WARMUP="${BULK_WARMUP:-5s}"
BULK_KEEP="${BULK_KEEP:-0}"
TAG="bulk-lists-bench"
TARGET_P99_MS=30
[[ "$BULK_ROWS" =~ ^[0-9]+$ && "$BULK_SMALL" =~ ^[0-9]+$ ]] && (( BULK_SMALL >= 300 && BULK_ROWS > BULK_SMALL && BULK_ROWS <= 2000000 )) \
  || die "BULK_SMALL must be at least 300 and BULK_ROWS above it (at most 2 000 000)"
for tool in psql curl wrk; do command -v "$tool" >/dev/null || die "$tool is required"; done
ADM="http://127.0.0.1:${SERVICE_PORT[admissions]}"
[[ "$(health_code "${SERVICE_PORT[admissions]}")" == 200 ]] \
  || die "admissions is not ready on $ADM: start the stack (LOCAL_PORT_OFFSET=$LOCAL_PORT_OFFSET deploy/local/up.sh)"

MANAGER="$("$LOCAL_DIR/token.sh" manager)"
WORK="$RUN_DIR/bench-bulk-lists"
mkdir -p "$WORK"

sql() {  # sql [psql args...] < SQL: on admissions' database, as the services connect
  PGPASSWORD="$DB_PASSWORD_EFFECTIVE" psql -q -X -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$PG_PORT" -U "$DB_USER_EFFECTIVE" "$@" admissions
}

delete_bench_rows() {
  sql <<SQL
delete from application_history where application_id in (select id from application where submitted_by = '$TAG');
delete from application where submitted_by = '$TAG';
delete from cohort where code like 'BULK-LISTS-%';
SQL
}

cleanup() {
  set +e
  if [[ "$BULK_KEEP" == 1 ]]; then
    log "BULK_KEEP=1: the bench's applications stay (submitted_by '$TAG'; the next run deletes them)"
  else
    log "deleting the bench's applications"
    delete_bench_rows
  fi
}
trap cleanup EXIT

# seed FROM TO: applications number FROM..TO, oldest first (the list's end is the newest), in one INSERT
seed() {
  local from="$1" to="$2"
  log "inserting applications $from..$to with psql"
  sql <<SQL
insert into application (id, candidate_id, cohort_id, status, channel, prescriber_id, submitted_by, submitted_at,
                         first_name, last_name, birth_date, email, phone, street, postal_code, city,
                         qualification_level, qualification_title, qualification_social_field, experiences, documents,
                         rqth, eligible, eligibility_reasons, eligibility_evaluated_on, updated_at, version)
select gen_random_uuid(), gen_random_uuid(), c.id,
       (array['SUBMITTED','FILE_UNDER_REVIEW','FILE_ACCEPTED','INTERVIEW_SCHEDULED','REJECTED'])[1 + i % 5],
       case when i % 5 = 0 then 'FRONT_OFFICE' else 'PRESCRIBER' end,
       case when i % 5 = 0 then null else ('00000000-0000-4000-8000-00000000000' || (i % 5))::uuid end,
       '$TAG',
       -- one second apart, the newest about now; every 50th shares its second with the previous one (ties on id)
       now() - make_interval(secs => ($BULK_ROWS - i + (i % 50 = 0)::int)),
       'Prenom' || i, 'Nom' || i, date '2000-01-01' + (i % 3000), 'bench' || i || '@example.org', '+33 6 00 00 00 00',
       '1 rue du Test', '93200', 'Saint-Denis',
       3 + i % 2, 'CAP AEPE', true, '[{"role":"Adulte-relais","relevant":true,"months":14}]'::jsonb,
       ('[{"type":"CV","receivedOn":"' || current_date - 10 || '"}]')::jsonb,
       false, true, '[]'::jsonb, current_date, now(), 0
from generate_series($from, $to) i
join (select id, row_number() over (order by code) - 1 as n from cohort where code like 'BULK-LISTS-%') c on c.n = i % 4;
insert into application_history (application_id, step, from_status, to_status, actor, at)
select a.id, 'SUBMITTED', null, 'SUBMITTED', '$TAG', a.submitted_at
from application a where a.submitted_by = '$TAG' and not exists (select 1 from application_history h where h.application_id = a.id);
analyze application;
analyze application_history;
SQL
}

# collect ROWS: writes $WORK/cursor-ROWS and $WORK/offset-ROWS (paths at 80-90 % of the list) and sets DEEP_PAGE
collect() {
  local rows="$1" total pages first last p body cursor
  total="$(curl -sf --max-time 30 -H "Authorization: Bearer $MANAGER" "$ADM/api/v1/applications?size=1" \
    | grep -o '"totalItems":[0-9]*' | cut -d: -f2)" || die "GET /api/v1/applications failed"
  pages=$(( (total + 99) / 100 ))
  first=$(( pages * 8 / 10 )); last=$(( pages * 9 / 10 ))
  (( last > first )) || last=$((first + 1))
  (( last - first <= 20 )) || first=$((last - 20))  # 20 pages at most: a set, not a walk
  : > "$WORK/cursor-$rows"; : > "$WORK/offset-$rows"
  for (( p = first; p < last; p++ )); do
    body="$(curl -sf --max-time 30 -H "Authorization: Bearer $MANAGER" "$ADM/api/v1/applications?size=100&page=$p")" \
      || die "GET /api/v1/applications?page=$p failed"
    cursor="$(grep -o '"nextCursor":"[^"]*"' <<<"$body" | cut -d'"' -f4 || true)"
    [[ -n "$cursor" ]] || die "page $p of $pages has no nextCursor"
    echo "/api/v1/applications?size=100&page=$((p + 1))" >> "$WORK/offset-$rows"
    echo "/api/v1/applications?size=100&cursor=$cursor" >> "$WORK/cursor-$rows"
  done
  # one cursor page, checked: 100 items, no error
  body="$(curl -s --max-time 30 -H "Authorization: Bearer $MANAGER" "$ADM$(head -n1 "$WORK/cursor-$rows")")"
  [[ "$(grep -o '"id":"' <<<"$body" | wc -l)" -ge 100 ]] || die "a cursor page did not answer 100 items: $(cut -c1-300 <<<"$body")"
  log "$total applications in the list ($pages pages of 100): measuring pages $((first + 1))..$last"
  DEEP_PAGES="$((first + 1))..$last of $pages"
}

declare -A P99
# measure LABEL KEY PATHS_FILE: warm-up, then the measured run; P99[KEY] in ms
measure() {
  local label="$1" key="$2" file="$3" out p99 non2xx
  timeout 120 wrk -t2 -c8 -d"$BULK_WARMUP" -s "$BENCH_DIR/list-pages.lua" "$ADM" -- "$MANAGER" "$file" >/dev/null 2>&1 || true
  out="$(timeout 120 wrk -t2 -c8 -d"$BULK_DURATION" --timeout 5s --latency -s "$BENCH_DIR/list-pages.lua" "$ADM" -- "$MANAGER" "$file" 2>&1)" || true
  p99="$(awk '$1=="99%"{v=$2; if (v ~ /us$/) {sub(/us$/,"",v); v/=1000} else if (v ~ /ms$/) {sub(/ms$/,"",v)} else if (v ~ /s$/) {sub(/s$/,"",v); v*=1000}; printf "%.1f", v}' <<<"$out")"
  non2xx="$(awk -F': *' '/Non-2xx or 3xx responses/{print $2}' <<<"$out")"
  echo "  $label: $(awk '/^Requests\/sec:/{printf "%.0f req/s", $2}' <<<"$out")  p50 $(awk '$1=="50%"{print $2}' <<<"$out")  p99 ${p99:-?} ms  non-2xx ${non2xx:-0}"
  if [[ -n "${non2xx:-}" || -z "$p99" ]]; then P99[$key]=""; else P99[$key]="$p99"; fi
}

log "admissions on $ADM, PostgreSQL on 127.0.0.1:$PG_PORT"
delete_bench_rows
start="$(date -d "+$(( (8 - $(date +%u)) % 7 + 56 )) days" +%F)"  # a Monday about two months ahead
sql <<SQL
insert into cohort (id, code, start_date, end_date, capacity, status, last_event_id, updated_at)
select gen_random_uuid(), 'BULK-LISTS-' || n, date '$start' + 7 * n, date '$start' + 7 * n + 168, 500, 'OPEN', '$TAG-' || n, now()
from generate_series(0, 3) n;
SQL

echo "=== lists at scale: GET /api/v1/applications, page size 100, wrk -t2 -c8 -d$BULK_DURATION, $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
pgrep -f plexus-classworlds >/dev/null 2>&1 && echo "=== WARNING: a Maven build is running: the figures are disturbed by it"
seed 1 "$BULK_SMALL"
collect small
echo "--- $BULK_SMALL bench applications (pages $DEEP_PAGES)"
measure "cursor" cursor_small "$WORK/cursor-small"
measure "offset" offset_small "$WORK/offset-small"

seed $((BULK_SMALL + 1)) "$BULK_ROWS"
collect large
echo "--- $BULK_ROWS bench applications (pages $DEEP_PAGES)"
measure "cursor" cursor_large "$WORK/cursor-large"
measure "offset" offset_large "$WORK/offset-large"

# ROW<TAB>figure<TAB>target<TAB>measured<TAB>ratio<TAB>verdict; the ratio is p99 at BULK_ROWS / p99 at BULK_SMALL (1 for a
# list whose page costs the same at any depth); the offset row has no target: it is the comparison
ratio() {  # ratio A B -> A/B with one decimal, or "-"
  [[ -n "$1" && -n "$2" ]] && awk -v a="$1" -v b="$2" 'BEGIN{ if (b > 0) printf "%.1f", a/b; else print "-" }' || echo "-"
}
rows_label="$((BULK_ROWS / 1000))k"; small_label="$((BULK_SMALL / 1000))k"
cursor_ratio="$(ratio "${P99[cursor_large]}" "${P99[cursor_small]}")"
offset_ratio="$(ratio "${P99[offset_large]}" "${P99[offset_small]}")"
if [[ -z "${P99[cursor_large]}" ]]; then
  verdict="NOT MEASURED (wrk gave no p99 or non-2xx answers)"
elif awk -v v="${P99[cursor_large]}" -v t="$TARGET_P99_MS" 'BEGIN{exit !(v <= t)}'; then
  verdict="MET"
else
  verdict="NOT MET"
fi
printf 'ROW\t%s\t%s\t%s\t%s\t%s\n' "applications list, page 100, cursor, $rows_label rows, p99 ms" "<= $TARGET_P99_MS" \
  "${P99[cursor_large]:--}" "$cursor_ratio" "$verdict"
printf 'ROW\t%s\t%s\t%s\t%s\t%s\n' "applications list, page 100, offset (deep page), $rows_label rows, p99 ms" "-" \
  "${P99[offset_large]:--}" "$offset_ratio" \
  "$([[ -n "${P99[offset_large]}" ]] && echo "- (comparison)" || echo "NOT MEASURED (wrk gave no p99 or non-2xx answers)")"
