#!/usr/bin/env bash
# LOCAL benchmark of the back office (127.0.0.1 only). Needs the four service jars (build them
# with deploy/local/up.sh --build) and a JDK 17; installs wrk (Debian package) when missing. The load driver of the
# startup, hop and attendance sections is the Maven module deploy/bench/driver (built when its jar is missing, see
# deploy/bench/driver-env.sh).
#
#  0. anchor (side by side, one run): the bare Quarkus + Panache app of deploy/bench/bare-app (one entity read by id,
#     no auth) and curriculum's authenticated GET /api/v1/cohorts/{id}, same JVM options, same PostgreSQL; each warmed
#     up ANCHOR_WARMUP (30s, C2 needs it), then measured alternately twice with wrk -t2 -c8 -dANCHOR_DURATION (10s);
#     the table gives each figure, its target (>= 0.85x the anchor) and the ratio
#  1. startup: each service ALONE (the others stopped), BENCH_RUNS times (3): seconds from
#     `java -jar` to the first 200 of /q/health/ready (polled every 20 ms) and VmRSS right after;
#     each run and the median
#  2. the four services up (deploy/local/up.sh; --simulated-time when the attendance section runs): event hop
#     latency curriculum -> admissions over BENCH_EVENTS (200) sequential events: POST /api/v1/cohorts on 8082, then GET
#     /api/v1/cohorts/{id} on 8081 polled every 2 ms until 200; p50/p90/p99/max; RSS of everything
#  3. read throughput with wrk -t2 -c32 -d15s --latency: GET /api/v1/cohorts/{id} (trainer token)
#     and the public GET /api/v1/programme on curriculum; req/s, latency percentiles, RSS after
#  4. admissions (the four services up): one cohort POSTed on curriculum (waits until admissions
#     has it, by Kafka); wrk -t2 -c16 on POST /api/v1/applications (prescriber token,
#     post-application.lua), then a shorter run with a unique Idempotency-Key per request; wrk
#     -t2 -c32 on GET /api/v1/applications/{id} with a manager token and with an admissions-officer
#     token (audit-logged: one INSERT per read), and GET :8082/api/v1/cohorts/{id} (trainer) side
#     by side; each endpoint warmed up by a WRK_WARMUP run first; admissions RSS after the load
#  5. attendance (the four services up, with simulated time; `bench-driver attendance`): ATT_LEARNERS (30) learners in
#     cohorts of at most 200 (curriculum's capacity limit; one cohort up to 200), starting the same Monday ~3 weeks
#     ahead (rhythm 1 centre week / 1 employer week), POSTed on curriculum and waited for on admissions; every learner
#     through the admissions workflow (application, review, interview, interview outcome, decision ADMITTED;
#     admissions-officer token, If-Match), timed, then waited for as enrollments on curriculum (CandidateAdmitted by
#     Kafka; read back page by page); the four clocks moved to the day after the cycle (a sheet cannot lie in the
#     future); from GET /cohorts/{id}/calendar every half-day of the centre weeks (public holidays excepted, ~110): one
#     attendance sheet each per cohort, POSTed sequentially (some LATE or UNJUSTIFIED_ABSENCE): sheets/s, latency
#     p50/p90/p99/max, non-201; then GET /enrollments/{id}/attendance of every learner, timed and checked against the
#     marks sent; curriculum RSS before and after
#  3b. public (the four services up): GET programme, indicators of this year, open offers and a certificate
#     verification without a token, wrk -t2 -cPUBLIC_CONNECTIONS (64) -dPUBLIC_DURATION (15s) after a warm-up; each
#     checked for its ETag and a 304 on If-None-Match; targets >= 10 000 req/s, p99 < 50 ms, no non-2xx
#  4b. bulk work at 1x and 10x, by the scripts beside this one (each runnable alone; see deploy/bench/README.md):
#     lists (bulk-lists.sh: applications by cursor and by offset over 1 000 / 100 000 rows), indicators
#     (bulk-indicators.sh: 1 000 / 100 000 learners, cache misses), bulk-admissions (bulk-admissions.sh: 1 000 / 10 000
#     decided and drained, then the hop at 100 events/s), bulk-attendance (bulk-attendance.sh: 30 / 300 learners for a
#     whole cycle; moves the clocks, so it runs last, on a stack started with simulated time)
#  Last, one table of every target: the figure, its target, what was measured, the ratio and MET / NOT MET.
#
# PostgreSQL/Kafka: reuses the ones of deploy/local (infra.sh) when they run, else starts them and
# stops them at the end. Services of deploy/local that were running are stopped for the bench and
# started again at the end; the ones the bench starts are stopped. The whole output is also kept
# in deploy/local/.run/logs/bench-<timestamp>.txt.
#
# env: BENCH_SECTIONS (anchor,startup,hop,reads,public,admissions,attendance,lists,indicators,bulk-admissions,bulk-attendance:
#      the sections to run, comma-separated; default all but attendance, which bulk-attendance runs at two sizes),
#      PUBLIC_DURATION (15s), PUBLIC_WARMUP (20s), PUBLIC_CONNECTIONS (64), the bulk scripts' own (ADM_*, ATT_SMALL/ATT_LARGE, INDIC_*, BULK_*), ANCHOR_WARMUP (30s), ANCHOR_DURATION (10s), BARE_PORT (8090), ATT_LEARNERS (30, 1..1000; attendance section only),
#      BENCH_RUNS (3), BENCH_EVENTS (200), WRK_DURATION (15s), WRK_CONNECTIONS (32), WRK_THREADS (2),
#      WRK_POST_CONNECTIONS (16), WRK_IDEM_DURATION (10s), WRK_WARMUP (5s; admissions section only)
#   e.g. BENCH_SECTIONS=admissions deploy/bench/bench.sh
set -euo pipefail
BENCH_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=deploy/local/lib.sh
source "$BENCH_DIR/../local/lib.sh"
# shellcheck source=deploy/bench/driver-env.sh
source "$BENCH_DIR/driver-env.sh"

BENCH_RUNS="${BENCH_RUNS:-3}"
BENCH_EVENTS="${BENCH_EVENTS:-200}"
WRK_DURATION="${WRK_DURATION:-15s}"
WRK_CONNECTIONS="${WRK_CONNECTIONS:-32}"
WRK_THREADS="${WRK_THREADS:-2}"
WRK_POST_CONNECTIONS="${WRK_POST_CONNECTIONS:-16}"
WRK_IDEM_DURATION="${WRK_IDEM_DURATION:-10s}"
WRK_WARMUP="${WRK_WARMUP:-5s}"
ATT_LEARNERS="${ATT_LEARNERS:-30}"
ANCHOR_WARMUP="${ANCHOR_WARMUP:-30s}"
ANCHOR_DURATION="${ANCHOR_DURATION:-10s}"
BARE_PORT="${BARE_PORT:-$((8090 + LOCAL_PORT_OFFSET))}"
BARE_JAR="$REPO_ROOT/deploy/bench/bare-app/target/quarkus-app/quarkus-run.jar"
BARE_PID=""
BENCH_SECTIONS="${BENCH_SECTIONS:-anchor,startup,hop,reads,public,admissions,lists,indicators,bulk-admissions,bulk-attendance}"
KNOWN_SECTIONS="anchor,startup,hop,reads,public,admissions,attendance,lists,indicators,bulk-admissions,bulk-attendance"
declare -A SECTION=()
IFS=',' read -r -a _sections <<<"${BENCH_SECTIONS// /}"
for _s in "${_sections[@]}"; do
  case "$_s" in
    anchor|startup|hop|reads|public|admissions|attendance|lists|indicators|bulk-admissions|bulk-attendance) SECTION[$_s]=1 ;;
    "") ;;
    *) die "BENCH_SECTIONS: unknown section '$_s' (known: $KNOWN_SECTIONS)" ;;
  esac
done
(( ${#SECTION[@]} > 0 )) || die "BENCH_SECTIONS names no section (known: $KNOWN_SECTIONS)"
section() { [[ -n "${SECTION[$1]:-}" ]]; }
PUBLIC_DURATION="${PUBLIC_DURATION:-15s}"
PUBLIC_WARMUP="${PUBLIC_WARMUP:-20s}"  # C2 compiles each service's path first (5 s left the first endpoint of a service short)
PUBLIC_CONNECTIONS="${PUBLIC_CONNECTIONS:-64}"
# The final table: one ROW<TAB>figure<TAB>target<TAB>measured<TAB>ratio<TAB>verdict line per target, from every section
# (the bulk-*.sh scripts print theirs in the same form)
declare -a TABLE=()
row() { TABLE+=("$(printf '%s\t%s\t%s\t%s\t%s' "$@")"); }
collect_rows() { local l; while IFS= read -r l; do [[ "$l" == ROW$'\t'* ]] && TABLE+=("${l#ROW$'\t'}"); done <<<"$1"; return 0; }
at_most() { awk -v m="$1" -v t="$2" 'BEGIN{print (m != "" && m <= t ? "MET" : "NOT MET")}'; }
at_least() { awk -v m="$1" -v t="$2" 'BEGIN{print (m != "" && m >= t ? "MET" : "NOT MET")}'; }
# wrk's latency ("12.34ms", "1.20s", "850.00us") in ms
wrk_ms() { awk -v v="$1" 'BEGIN{ if (v ~ /us$/) { sub(/us$/, "", v); printf "%.2f", v / 1000 } else if (v ~ /ms$/) { sub(/ms$/, "", v); printf "%.2f", v } else if (v ~ /s$/) { sub(/s$/, "", v); printf "%.2f", v * 1000 } }'; }
[[ "$BENCH_RUNS" =~ ^[0-9]+$ ]] && (( BENCH_RUNS >= 1 && BENCH_RUNS <= 10 )) || die "BENCH_RUNS must be 1..10"
[[ "$BENCH_EVENTS" =~ ^[0-9]+$ ]] && (( BENCH_EVENTS >= 1 && BENCH_EVENTS <= 5000 )) || die "BENCH_EVENTS must be 1..5000"
# beyond 200 the driver splits the learners into cohorts of at most 200 (curriculum's capacity limit)
[[ "$ATT_LEARNERS" =~ ^[0-9]+$ ]] && (( ATT_LEARNERS >= 1 && ATT_LEARNERS <= 1000 )) || die "ATT_LEARNERS must be 1..1000"
for _v in WRK_DURATION WRK_IDEM_DURATION WRK_WARMUP ANCHOR_WARMUP ANCHOR_DURATION PUBLIC_DURATION PUBLIC_WARMUP; do
  if ! [[ "${!_v}" =~ ^[0-9]+s$ ]] || (( ${!_v%s} < 1 || ${!_v%s} > 120 )); then die "$_v must be 1s..120s, like 15s"; fi
done
for _v in WRK_CONNECTIONS WRK_POST_CONNECTIONS WRK_THREADS PUBLIC_CONNECTIONS; do
  if ! [[ "${!_v}" =~ ^[0-9]+$ ]] || (( ${!_v} < 1 || ${!_v} > 512 )); then die "$_v must be 1..512"; fi
done

mkdir -p "$LOG_DIR"
OUT="$LOG_DIR/bench-$(date +%Y%m%d-%H%M%S).txt"
exec > >(tee "$OUT") 2>&1

# --- prerequisites --------------------------------------------------------------------------------------
for svc in "${SERVICES[@]}"; do
  [[ -f "$(service_jar "$svc")" ]] || die "$(service_jar "$svc") missing: build first (deploy/local/up.sh --build)"
done
if section anchor; then
  [[ -f "$BARE_JAR" ]] || die "$BARE_JAR missing: build it (./mvnw -q -pl deploy/bench/bare-app -am package -DskipTests, or deploy/local/up.sh --build)"
fi
if section startup || section hop || section attendance || section bulk-admissions || section bulk-attendance; then
  command -v javac >/dev/null || die "javac (JDK 17) is required"
  ensure_driver
fi
if (section anchor || section reads || section public || section admissions || section lists || section indicators) && ! command -v wrk >/dev/null; then
  if [[ $(id -u) -eq 0 ]]; then
    log "installing wrk (apt-get install -y wrk)"
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q wrk >/dev/null 2>&1 \
      || { apt-get update -q >/dev/null 2>&1 && DEBIAN_FRONTEND=noninteractive apt-get install -y -q wrk >/dev/null; } \
      || die "could not install wrk"
  else
    die "wrk is missing: sudo apt-get install -y wrk"
  fi
fi

DRIVER_XMX=128m  # driver(): deploy/bench/driver-env.sh

# --- remember the state, so that we can restore it -------------------------------------------------------
PG_WAS_RUNNING=false; KAFKA_WAS_RUNNING=false
is_running postgres && PG_WAS_RUNNING=true
is_running kafka && KAFKA_WAS_RUNNING=true
SVC_WERE_RUNNING=()
for svc in "${SERVICES[@]}"; do is_running "$svc" && SVC_WERE_RUNNING+=("$svc"); done

cleanup() {
  local rc=$?
  set +e
  trap - EXIT INT TERM
  [[ -n "${ATT_FILE:-}" ]] && rm -f "$ATT_FILE"
  [[ -n "$BARE_PID" ]] && kill "$BARE_PID" 2>/dev/null
  echo
  log "bench cleanup"
  for svc in "${SERVICES[@]}"; do stop_name "$svc" 30; done
  if [[ "$PG_WAS_RUNNING" == false || "$KAFKA_WAS_RUNNING" == false ]]; then
    [[ "$KAFKA_WAS_RUNNING" == false ]] && stop_name kafka 60
    [[ "$PG_WAS_RUNNING" == false ]] && stop_name postgres 30
  fi
  if (( ${#SVC_WERE_RUNNING[@]} > 0 )); then
    log "starting again what ran before the bench: ${SVC_WERE_RUNNING[*]}"
    for svc in "${SVC_WERE_RUNNING[@]}"; do start_service "$svc"; done
    local deadline=$((SECONDS + 120)) pending
    while (( SECONDS < deadline )); do
      pending=0
      for svc in "${SVC_WERE_RUNNING[@]}"; do [[ "$(health_code "${SERVICE_PORT[$svc]}")" == 200 ]] || pending=1; done
      (( pending == 0 )) && break
      sleep 0.5
    done
    (( pending == 0 )) && log "restarted services ready" || log "restarted services not all ready after 120 s (see $LOG_DIR)"
  fi
  log "bench output kept in $OUT"
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

if (( ${#SVC_WERE_RUNNING[@]} > 0 )); then
  log "stopping the running services for the bench (restarted at the end): ${SVC_WERE_RUNNING[*]}"
  for svc in "${SVC_WERE_RUNNING[@]}"; do stop_name "$svc" 30; done
fi
for svc in "${SERVICES[@]}"; do
  port_open "${SERVICE_PORT[$svc]}" && die "port ${SERVICE_PORT[$svc]} ($svc) is used by a process not started by deploy/local"
done

"$LOCAL_DIR/infra.sh" start

echo
echo "=== machine: $(nproc) cores, $(awk '/MemTotal/{printf "%.1f GiB", $2/1048576}' /proc/meminfo), $("$JAVA" -version 2>&1 | head -n1)"
echo "=== service JVM options: $SERVICE_JAVA_OPTS (MALLOC_ARENA_MAX=$SERVICE_MALLOC_ARENA_MAX)"
for svc in "${SERVICES[@]}"; do
  extra="$(service_java_opts "$svc")"; extra="${extra#"$SERVICE_JAVA_OPTS"}"
  [[ -n "${extra// /}" ]] && echo "===   + $svc only:$extra"
done
echo "=== PostgreSQL $(db_base_url), Kafka $(kafka_bootstrap)"
if pgrep -f plexus-classworlds >/dev/null 2>&1; then
  echo "=== WARNING: a Maven build is running on this machine: the figures below are disturbed by it"
fi
echo "=== load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "=== sections: $BENCH_SECTIONS"

# --- 1. startup of each service alone -----------------------------------------------------------------------
declare -A STARTUP_MEDIAN=()
if section startup; then
  echo
  echo "=== 1. startup, each service alone ($BENCH_RUNS runs; java -jar -> first 200 of /q/health/ready, RSS right after)"
  for svc in "${SERVICES[@]}"; do
    echo "$svc (:${SERVICE_PORT[$svc]})"
    service_env "$svc"
    # shellcheck disable=SC2086,SC2046
    # from the jar's folder: the AppCDS archive records the class path as "quarkus-run.jar"
    out="$(cd "$(dirname "$(service_jar "$svc")")" && env "${SERVICE_ENV[@]}" \
        "$JAVA" -Xmx128m -XX:+UseSerialGC -jar "$DRIVER_JAR" startup --port "${SERVICE_PORT[$svc]}" \
        --runs "$BENCH_RUNS" --log "$LOG_DIR/bench-startup-$svc" -- "$JAVA" $(service_java_opts "$svc") -jar quarkus-run.jar)" \
      || { echo "$out"; grep -h -m3 -E 'ERROR|Caused by' "$LOG_DIR/bench-startup-$svc-"*.log | cut -c1-400; die "$svc did not start (logs: $LOG_DIR/bench-startup-$svc-*.log)"; }
    echo "$out"
    STARTUP_MEDIAN[$svc]="$(grep 'median:' <<<"$out" | sed 's/^ *median: //')"
    ready="$(sed -n 's/.*ready in \([0-9.]*\) s.*/\1/p' <<<"${STARTUP_MEDIAN[$svc]}")"
    row "$svc startup to ready alone, s (median of $BENCH_RUNS)" "<= 2.5" "${ready:--}" "-" "$(at_most "$ready" 2.5)"
  done
fi

# --- 2. all four up: event hop latency ----------------------------------------------------------------------
print_rss() {
  local n pid line=""
  for n in "${SERVICES[@]}" kafka postgres; do
    if pid="$(running_pid "$n")"; then line+="$n $(rss_mib "$pid") MiB   "; fi
  done
  echo "  RSS: $line"
  if is_running postgres; then
    local pm
    pm="$(head -n1 "$DATA_DIR/pg/postmaster.pid" 2>/dev/null || true)"
    if pid_alive "$pm"; then
      # postgres server processes (shared memory is counted in each, so this over-counts)
      echo "  (postgres server processes: $(ps -o rss= --ppid "$pm" -p "$pm" | awk '{s+=$1} END{printf "%.0f", s/1024}') MiB RSS summed, the launcher JVM above is separate)"
    fi
  fi
}

TRAINER="$("$LOCAL_DIR/token.sh" trainer 2>/dev/null)"
MANAGER="$("$LOCAL_DIR/token.sh" manager 2>/dev/null)"
if section anchor || section hop || section reads || section public || section admissions || section attendance || section lists \
    || section bulk-admissions || section bulk-attendance; then
  echo
  echo "=== 2. all four services up (deploy/local/up.sh)"
  # the attendance driver dates its sheets after the cycle: it moves the services' clocks (simulated time)
  up_args=()
  if section attendance || section bulk-attendance; then up_args=(--simulated-time); fi
  "$LOCAL_DIR/up.sh" "${up_args[@]}" > "$LOG_DIR/bench-up.txt" 2>&1 || { tail -n 60 "$LOG_DIR/bench-up.txt"; die "up.sh failed"; }
  print_rss
fi
hop_out=""
COHORT_ID=""
if section hop; then
  echo
  echo "=== event hop: POST :8082/api/v1/cohorts -> first 200 of GET :8081/api/v1/cohorts/{id} ($BENCH_EVENTS events, poll every 2 ms)"
  hop_out="$(driver hop --post "http://127.0.0.1:${SERVICE_PORT[curriculum]}/api/v1/cohorts" --post-token "$TRAINER" \
    --get-prefix "http://127.0.0.1:${SERVICE_PORT[admissions]}/api/v1/cohorts" --get-token "$MANAGER" \
    --events "$BENCH_EVENTS" --warmup 5 --budget-ms 300000)" || HOP_FAILED=true
  grep -v '^LAST_ID=' <<<"$hop_out" || true
  if [[ "${HOP_FAILED:-false}" == true ]]; then
    echo "  EVENT HOP FAILED (see above; admissions log: $LOG_DIR/admissions.log); going on with the read throughput"
    grep -E 'ERROR|Exception' "$LOG_DIR/admissions.log" | tail -n 3 | cut -c1-400 | sed 's/^/  admissions.log: /' || true
  fi
  COHORT_ID="$(sed -n 's/^LAST_ID=//p' <<<"$hop_out")"
  print_rss
fi

# --- wrk helpers ----------------------------------------------------------------------------------------------
# wrk_summary WRK_OUTPUT -> "N req/s  p50 ..  p90 ..  p99 ..  non-2xx N[  socket errors]"
wrk_summary() {
  local out="$1" rps p50 p90 p99 errs non2xx
  rps="$(awk '/^Requests\/sec:/{print $2}' <<<"$out")"
  p50="$(awk '$1=="50%"{print $2}' <<<"$out")"
  p90="$(awk '$1=="90%"{print $2}' <<<"$out")"
  p99="$(awk '$1=="99%"{print $2}' <<<"$out")"
  non2xx="$(awk -F': *' '/Non-2xx or 3xx responses/{print $2}' <<<"$out")"
  errs="$(grep -m1 'Socket errors' <<<"$out" | sed 's/^ *//' || true)"
  echo "${rps:-?} req/s  p50 ${p50:-?}  p90 ${p90:-?}  p99 ${p99:-?}  non-2xx ${non2xx:-0}${errs:+  $errs}"
}

# http_post URL TOKEN JSON -> prints "<status> <id>" (id from Location, else the first "id" of the body)
http_post() {
  local url="$1" token="$2" body="$3" resp code id
  resp="$(curl -s -D - --max-time 10 -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
    -H 'Accept: application/json' --data "$body" "$url" || true)"
  code="$(sed -n '1s/^HTTP\/[0-9.]* \([0-9]*\).*/\1/p' <<<"$resp")"
  id="$(grep -i -m1 '^location:' <<<"$resp" | tr -d '\r' | sed 's#.*/##' || true)"
  [[ -n "$id" ]] || id="$(grep -o -m1 '"id" *: *"[^"]*"' <<<"$resp" | head -n1 | sed 's/.*"\([^"]*\)"$/\1/' || true)"
  HTTP_POST_BODY="$(sed '1,/^\r\{0,1\}$/d' <<<"$resp" | tr -s '[:space:]' ' ' | cut -c1-400)"
  echo "${code:-000} ${id:-}"
}

# new_cohort CODE_PREFIX CAPACITY -> prints the id of a cohort POSTed on curriculum (trainer), empty on failure
next_monday_in_2_months() {
  local d dow
  d="$(date -d '+60 days' +%F)"
  dow="$(date -d "$d" +%u)"
  date -d "$d +$(( (8 - dow) % 7 )) days" +%F
}
new_cohort() {
  local code capacity="$2" res
  code="$1-$(date +%s)-$$"
  res="$(http_post "http://127.0.0.1:${SERVICE_PORT[curriculum]}/api/v1/cohorts" "$TRAINER" \
    "{\"code\":\"$code\",\"startDate\":\"$(next_monday_in_2_months)\",\"capacity\":$capacity}")"
  if [[ "${res%% *}" != 201 || -z "${res#* }" ]]; then
    echo "  POST :8082/api/v1/cohorts ($code) -> ${res%% *}: $HTTP_POST_BODY" >&2
    return 0
  fi
  echo "${res#* }"
}

# --- 0. anchor: the bare app and the service's authenticated read, side by side -------------------------------
# wrk_rps WRK_OUTPUT -> req/s as a number
wrk_rps() { awk '/^Requests\/sec:/{printf "%.0f", $2}' <<<"$1"; }
if section anchor; then
  echo
  echo "=== 0. anchor: bare Quarkus + Panache by id vs curriculum GET /cohorts/{id} (JWT, roles, DTO, ETag), side by side"
  port_open "$BARE_PORT" && die "port $BARE_PORT (bare app) is in use"
  # shellcheck disable=SC2086
  (cd "$(dirname "$BARE_JAR")" && exec env BARE_PORT="$BARE_PORT" BARE_DB_URL="$(service_db_url curriculum)" DB_USER="$DB_USER_EFFECTIVE" \
      DB_PASSWORD="$DB_PASSWORD_EFFECTIVE" MALLOC_ARENA_MAX="$SERVICE_MALLOC_ARENA_MAX" "$JAVA" $SERVICE_JAVA_OPTS -jar quarkus-run.jar) \
      > "$LOG_DIR/bench-bare.log" 2>&1 &
  BARE_PID=$!
  BARE_ID=""
  for _ in $(seq 1 300); do
    BARE_ID="$(curl -s --max-time 2 -X POST "http://127.0.0.1:$BARE_PORT/items" || true)"
    [[ "$BARE_ID" =~ ^[0-9a-f-]{36}$ ]] && break
    BARE_ID=""; sleep 0.1
  done
  [[ -n "$BARE_ID" ]] || { tail -n 20 "$LOG_DIR/bench-bare.log"; die "the bare app did not start"; }
  [[ -n "$COHORT_ID" ]] || COHORT_ID="$(new_cohort BENCH-ANCHOR 12)"
  [[ -n "$COHORT_ID" ]] || die "no cohort to read on curriculum"
  BARE_URL="http://127.0.0.1:$BARE_PORT/items/$BARE_ID"
  SVC_URL="http://127.0.0.1:${SERVICE_PORT[curriculum]}/api/v1/cohorts/$COHORT_ID"
  [[ "$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $TRAINER" "$SVC_URL")" == 200 ]] || die "GET $SVC_URL does not answer 200"
  timeout 180 wrk -t2 -c8 -d"$ANCHOR_WARMUP" "$BARE_URL" > /dev/null 2>&1 || true
  timeout 180 wrk -t2 -c8 -d"$ANCHOR_WARMUP" -H "Authorization: Bearer $TRAINER" "$SVC_URL" > /dev/null 2>&1 || true
  declare -a BARE_RUNS=() SVC_RUNS=()
  for round in 1 2; do
    out="$(timeout 180 wrk -t2 -c8 -d"$ANCHOR_DURATION" --latency "$BARE_URL" 2>&1)" || true
    BARE_RUNS+=("$(wrk_rps "$out")"); echo "  round $round bare app:   $(wrk_summary "$out")"
    out="$(timeout 180 wrk -t2 -c8 -d"$ANCHOR_DURATION" --latency -H "Authorization: Bearer $TRAINER" "$SVC_URL" 2>&1)" || true
    SVC_RUNS+=("$(wrk_rps "$out")"); echo "  round $round curriculum: $(wrk_summary "$out")"
  done
  ANCHOR_RPS=$(( (BARE_RUNS[0] + BARE_RUNS[1]) / 2 ))
  SVC_RPS=$(( (SVC_RUNS[0] + SVC_RUNS[1]) / 2 ))
  pid="$(running_pid curriculum || true)"
  SVC_RSS="$( [[ -n "$pid" ]] && rss_mib "$pid" || echo '-')"
  echo
  printf '  %-52s %14s %12s %8s\n' "figure" "target" "measured" "ratio"
  printf '  %-52s %14s %12s %8s\n' "bare Panache GET by id, req/s (anchor)" "-" "$ANCHOR_RPS" "1.00"
  printf '  %-52s %14s %12s %8s\n' "curriculum GET /cohorts/{id} with JWT, req/s" ">= 0.85x" "$SVC_RPS" \
    "$(awk -v a="$SVC_RPS" -v b="$ANCHOR_RPS" 'BEGIN{printf "%.2f", (b>0 ? a/b : 0)}')"
  printf '  %-52s %14s %12s %8s\n' "curriculum RSS after the load, MiB" "<= 400" "$SVC_RSS" "-"
  ANCHOR_RATIO="$(awk -v a="$SVC_RPS" -v b="$ANCHOR_RPS" 'BEGIN{printf "%.2f", (b>0 ? a/b : 0)}')"
  row "bare Panache GET by id, req/s (the anchor, wrk -t2 -c8)" "-" "$ANCHOR_RPS" "1.00" "-"
  row "curriculum GET /cohorts/{id} with JWT, req/s" ">= 0.85x anchor" "$SVC_RPS" "$ANCHOR_RATIO" "$(at_least "$ANCHOR_RATIO" 0.85)"
  row "curriculum RSS after the anchor's load, MiB" "<= 400" "$SVC_RSS" "-" "$(at_most "$SVC_RSS" 400)"
  kill "$BARE_PID" 2>/dev/null; wait "$BARE_PID" 2>/dev/null || true; BARE_PID=""
  # where curriculum's time goes on that read: one more run (not counted) under JFR, the share of CPU samples whose stack
  # passes through each layer (a sample may count in several)
  if [[ -n "$pid" ]] && command -v jcmd >/dev/null && command -v jfr >/dev/null; then
    JFR_FILE="$LOG_DIR/bench-anchor-curriculum.jfr"
    rm -f "$JFR_FILE"
    jcmd "$pid" JFR.start name=anchor settings=profile filename="$JFR_FILE" > /dev/null 2>&1 || true
    timeout 180 wrk -t2 -c8 -d"$ANCHOR_DURATION" -H "Authorization: Bearer $TRAINER" "$SVC_URL" > /dev/null 2>&1 || true
    jcmd "$pid" JFR.stop name=anchor > /dev/null 2>&1 || true
    if [[ -s "$JFR_FILE" ]]; then
      echo
      echo "  where curriculum's time goes on GET /cohorts/{id} (JFR $JFR_FILE, share of CPU samples through each layer):"
      jfr print --stack-depth 96 --events jdk.ExecutionSample "$JFR_FILE" | awk '
        BEGIN { n = split("org.hibernate|Hibernate ORM (find by id, session, dirty checking);org.postgresql|PostgreSQL JDBC driver;io.agroal|Agroal connection pool;io.quarkus.narayana|JTA transactions;io.smallrye.jwt|JWT parsing and verification;io.quarkus.security|Quarkus security (identity, permission checks);io.quarkus.vertx.http.runtime.security|HTTP authentication and authorisation;com.fasterxml.jackson|Jackson JSON;org.jboss.resteasy.reactive|REST layer (routing, filters, writers);fr.cfa.backoffice.platform|platform filters and helpers;io.micrometer|Micrometer metrics;io.netty|Netty I/O;io.vertx.core|Vert.x core", spec, ";")
                for (i = 1; i <= n; i++) { split(spec[i], kv, "|"); key[i] = kv[1]; label[i] = kv[2] } }
        /jdk.ExecutionSample/ { if (inside) close_sample(); inside = 1; delete seen; next }
        inside { for (i = 1; i <= n; i++) if (index($0, key[i] ".") > 0) seen[i] = 1 }
        function close_sample() { total++; for (i in seen) hits[i]++ }
        END { if (inside) close_sample(); for (i = 1; i <= n; i++) printf "    %5.1f %%  %s\n", (total ? 100 * hits[i] / total : 0), label[i]; printf "    (%d samples)\n", total }'
    fi
  fi
fi

# --- 3. read throughput ---------------------------------------------------------------------------------------
declare -A WRK_SUMMARY=()
run_wrk() {  # run_wrk LABEL URL [TOKEN]
  local label="$1" url="$2" token="${3:-}" code out
  local hdr=()
  [[ -n "$token" ]] && hdr=(-H "Authorization: Bearer $token")
  code="$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "${hdr[@]}" "$url" || true)"
  echo "--- $label: GET $url (check: $code)"
  if [[ "$code" != "200" ]]; then
    echo "  skipped: the endpoint does not answer 200"
    WRK_SUMMARY[$label]="skipped (HTTP $code)"
    return 0
  fi
  out="$(timeout 180 wrk -t"$WRK_THREADS" -c"$WRK_CONNECTIONS" -d"$WRK_DURATION" --timeout 5s --latency "${hdr[@]}" "$url" 2>&1)" || true
  echo "$out" | sed 's/^/  /'
  WRK_SUMMARY[$label]="$(wrk_summary "$out")"
}
if section reads; then
  echo
  echo "=== 3. read throughput: wrk -t$WRK_THREADS -c$WRK_CONNECTIONS -d$WRK_DURATION --latency"
  if [[ -z "$COHORT_ID" ]]; then
    COHORT_ID="$(new_cohort BENCH-READ 12)"
  fi
  if [[ -n "$COHORT_ID" ]]; then
    run_wrk "cohort by id (JWT)" "http://127.0.0.1:${SERVICE_PORT[curriculum]}/api/v1/cohorts/$COHORT_ID" "$TRAINER"
  else
    WRK_SUMMARY["cohort by id (JWT)"]="skipped (no cohort id)"
  fi
  run_wrk "programme (public)" "http://127.0.0.1:${SERVICE_PORT[curriculum]}/api/v1/programme"
  echo
  printf '  %-20s %s\n' "cohort by id (JWT)" "${WRK_SUMMARY["cohort by id (JWT)"]}"
  printf '  %-20s %s\n' "programme (public)" "${WRK_SUMMARY["programme (public)"]}"
  pid="$(running_pid curriculum || true)"
  echo "  curriculum RSS after the load: $( [[ -n "$pid" ]] && rss_mib "$pid" || echo '-') MiB"
fi

# --- 3b. public endpoints under a crowd ---------------------------------------------------------------------
# wrk -t2 -cPUBLIC_CONNECTIONS (64) without a token, after a WRK_WARMUP run each: >= 10 000 req/s, no 5xx, p99 < 50 ms
if section public; then
  echo
  echo "=== 3b. public endpoints: wrk -t2 -c$PUBLIC_CONNECTIONS -d$PUBLIC_DURATION --latency, no token, each warmed up $PUBLIC_WARMUP first"
  declare -A PUBLIC_URLS=(
    [programme]="http://127.0.0.1:${SERVICE_PORT[curriculum]}/api/v1/programme"
    [indicators]="http://127.0.0.1:${SERVICE_PORT[certification]}/api/v1/indicators?year=$(date +%Y)"
    [open-offers]="http://127.0.0.1:${SERVICE_PORT[placement]}/api/v1/offers"
    [verification]="http://127.0.0.1:${SERVICE_PORT[certification]}/api/v1/certificates/CFA-BENCH-000000/verification"
  )
  for name in programme indicators open-offers verification; do
    url="${PUBLIC_URLS[$name]}"
    code="$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "$url" || true)"
    etag="$(curl -s -D - -o /dev/null --max-time 5 "$url" | tr -d '\r' | sed -n 's/^[Ee][Tt][Aa][Gg]: //p')"
    cond="$( [[ -n "$etag" ]] && curl -s -o /dev/null -w '%{http_code}' --max-time 5 -H "If-None-Match: $etag" "$url" || echo '-')"
    echo "--- $name: GET $url (check: $code; ETag ${etag:-none}; If-None-Match -> $cond)"
    if [[ "$code" != 200 ]]; then
      row "public $name, req/s at c$PUBLIC_CONNECTIONS" ">= 10000" "-" "-" "NOT MEASURED (HTTP $code)"
      continue
    fi
    timeout 180 wrk -t2 -c"$PUBLIC_CONNECTIONS" -d"$PUBLIC_WARMUP" "$url" > /dev/null 2>&1 || true
    out="$(timeout 180 wrk -t2 -c"$PUBLIC_CONNECTIONS" -d"$PUBLIC_DURATION" --timeout 5s --latency "$url" 2>&1)" || true
    echo "  $(wrk_summary "$out")"
    rps="$(wrk_rps "$out")"
    p99="$(wrk_ms "$(awk '$1=="99%"{print $2}' <<<"$out")")"
    non2xx="$(awk -F': *' '/Non-2xx or 3xx responses/{print $2}' <<<"$out")"
    row "public $name, req/s at c$PUBLIC_CONNECTIONS (no token)" ">= 10000" "${rps:--}" "$(awk -v a="${rps:-0}" -v b="${ANCHOR_RPS:-0}" 'BEGIN{print (b>0 ? sprintf("%.2f", a/b) : "-")}')" "$(at_least "$rps" 10000)"
    row "public $name, p99 ms at c$PUBLIC_CONNECTIONS" "< 50" "${p99:--}" "-" "$(at_most "$p99" 49.99)"
    row "public $name, non-2xx answers" "0" "${non2xx:-0}" "-" "$( [[ -z "$non2xx" || "$non2xx" == 0 ]] && echo MET || echo 'NOT MET')"
  done
  for svc in placement certification; do
    pid="$(running_pid "$svc" || true)"
    rss="$( [[ -n "$pid" ]] && rss_mib "$pid" || echo '-')"
    row "$svc RSS after the public load, MiB" "<= 400" "$rss" "-" "$(at_most "$rss" 400)"
  done
fi

# --- 4. admissions: POST /applications, GET by id ------------------------------------------------------------
ADM_LABELS=("POST application" "POST + Idempotency-Key" "GET app (manager)" "GET app (officer)" "GET cohort :8082")
declare -A ADM=()
for l in "${ADM_LABELS[@]}"; do ADM[$l]="skipped"; done
ADM_RSS="-"
# adm_wrk LABEL CONNECTIONS DURATION URL [wrk args... [-- script args]]: a WRK_WARMUP warm-up run,
# then the measured run (the URL goes before the extra arguments: wrk hands what follows it to the script)
adm_wrk() {
  local label="$1" conns="$2" dur="$3" url="$4" out warm
  shift 4
  warm="$(timeout 180 wrk -t"$WRK_THREADS" -c"$conns" -d"$WRK_WARMUP" --timeout 5s --latency "$url" "$@" 2>&1)" || true
  echo "--- $label: $url  (warm-up $WRK_WARMUP: $(wrk_summary "$warm"))"
  out="$(timeout 180 wrk -t"$WRK_THREADS" -c"$conns" -d"$dur" --timeout 5s --latency "$url" "$@" 2>&1)" || true
  printf '  %s\n' "${out//$'\n'/$'\n'  }"
  ADM[$label]="$(wrk_summary "$out")"
  local st
  st="$(grep -m1 '^HTTP statuses:' <<<"$out" || true)"
  [[ -n "$st" ]] && ADM[$label]+="  ($st)"
  if [[ "$st" =~ Idempotent-Replayed:\ *([0-9]+) ]] && (( BASH_REMATCH[1] > 0 )); then
    ADM[$label]+="  WARNING: replayed answers, not the fresh path"
  fi
  return 0
}
if section admissions; then
  adm_t0=$SECONDS
  echo
  echo "=== 4. admissions: wrk -t$WRK_THREADS --latency, each endpoint warmed up $WRK_WARMUP first"
  APPS_URL="http://127.0.0.1:${SERVICE_PORT[admissions]}/api/v1/applications"
  PRESCRIBER_ID="0b5e11c4-bec4-4a11-8000-000000000001"
  PRESCRIBER="$("$LOCAL_DIR/token.sh" prescriber prescriber_id="$PRESCRIBER_ID" 2>/dev/null)"
  OFFICER="$("$LOCAL_DIR/token.sh" admissions-officer 2>/dev/null)"
  # capacity: curriculum accepts 1..200 (CohortRequest @Max(200)); it does not limit submissions
  ADM_COHORT="$(new_cohort BENCH-ADM 200)"
  cohort_ok=false
  if [[ -n "$ADM_COHORT" ]]; then
    echo "  cohort $ADM_COHORT created on curriculum (start $(next_monday_in_2_months)); waiting for it on admissions (Kafka)"
    t0=$SECONDS code=000
    for _ in $(seq 1 600); do  # 600 x 50 ms = 30 s at most
      code="$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 -H "Authorization: Bearer $MANAGER" \
        "http://127.0.0.1:${SERVICE_PORT[admissions]}/api/v1/cohorts/$ADM_COHORT" || true)"
      [[ "$code" == 200 ]] && break
      sleep 0.05
    done
    if [[ "$code" == 200 ]]; then
      cohort_ok=true
      echo "  admissions has it after $((SECONDS - t0)) s or less"
    else
      echo "  ADMISSIONS NEVER GOT COHORT $ADM_COHORT (GET :8081/api/v1/cohorts/{id} still $code after 30 s)"
      grep -E 'ERROR|Exception' "$LOG_DIR/admissions.log" | tail -n 3 | cut -c1-400 | sed 's/^/  admissions.log: /' || true
    fi
  fi
  APP_ID=""
  if $cohort_ok; then
    APP_BODY="$(sed -n 's/^local body_template = //p; s/^  \.\. //p' "$BENCH_DIR/post-application.lua" | tr -d "\n" | sed "s/' *'//g; s/^'//; s/'$//")"
    APP_BODY="${APP_BODY/\%s/$ADM_COHORT}"
    res="$(http_post "$APPS_URL" "$PRESCRIBER" "$APP_BODY")"
    echo "  check: one POST $APPS_URL (prescriber) -> ${res%% *}"
    if [[ "${res%% *}" == 201 && -n "${res#* }" ]]; then
      APP_ID="${res#* }"
      echo
      echo "=== 4a. POST /api/v1/applications (prescriber token, $WRK_POST_CONNECTIONS connections)"
      LUA="$BENCH_DIR/post-application.lua"
      adm_wrk "POST application" "$WRK_POST_CONNECTIONS" "$WRK_DURATION" "$APPS_URL" -s "$LUA" -- "$PRESCRIBER" "$ADM_COHORT"
      KEY_RUN="bench-$(date +%s)-$$"
      adm_wrk "POST + Idempotency-Key" "$WRK_POST_CONNECTIONS" "$WRK_IDEM_DURATION" "$APPS_URL" -s "$LUA" -- "$PRESCRIBER" "$ADM_COHORT" "$KEY_RUN"
    else
      echo "  skipped the POST runs: $HTTP_POST_BODY"
      ADM["POST application"]="skipped (HTTP ${res%% *})"
      ADM["POST + Idempotency-Key"]="skipped (HTTP ${res%% *})"
      APP_ID="$(curl -s --max-time 5 -H "Authorization: Bearer $MANAGER" "$APPS_URL?size=1" \
        | grep -o -m1 '"id" *: *"[^"]*"' | head -n1 | sed 's/.*"\([^"]*\)"$/\1/' || true)"
    fi
  fi
  echo
  echo "=== 4b. GET by id ($WRK_CONNECTIONS connections)"
  if [[ -n "$APP_ID" ]]; then
    for who in manager officer; do
      if [[ $who == manager ]]; then tok="$MANAGER"; else tok="$OFFICER"; fi
      label="GET app ($who)"
      code="$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 -H "Authorization: Bearer $tok" "$APPS_URL/$APP_ID" || true)"
      if [[ "$code" == 200 ]]; then
        adm_wrk "$label" "$WRK_CONNECTIONS" "$WRK_DURATION" "$APPS_URL/$APP_ID" -H "Authorization: Bearer $tok"
      else
        echo "--- $label: GET $APPS_URL/$APP_ID answers $code: skipped"
        ADM[$label]="skipped (HTTP $code)"
      fi
    done
  else
    echo "  no application id: GET runs on admissions skipped"
  fi
  if [[ -n "$ADM_COHORT" ]]; then
    adm_wrk "GET cohort :8082" "$WRK_CONNECTIONS" "$WRK_DURATION" "http://127.0.0.1:${SERVICE_PORT[curriculum]}/api/v1/cohorts/$ADM_COHORT" -H "Authorization: Bearer $TRAINER"
  fi
  pid="$(running_pid admissions || true)"
  ADM_RSS="$( [[ -n "$pid" ]] && rss_mib "$pid" || echo '-')"
  echo
  for l in "${ADM_LABELS[@]}"; do printf '  %-24s %s\n' "$l" "${ADM[$l]}"; done
  echo "  admissions RSS after the load: $ADM_RSS MiB"
  echo "  (section 4 took $((SECONDS - adm_t0)) s)"
  row "admissions RSS after its load, MiB" "<= 400" "$ADM_RSS" "-" "$(at_most "$ADM_RSS" 400)"
fi

# --- 4b. bulk work at 1x and 10x: the bulk-*.sh scripts, their ROW lines collected -------------------------------
run_bulk() {  # run_bulk SECTION SCRIPT: shown as it goes, its ROW lines kept for the table
  local name="$1" script="$2" t0=$SECONDS out
  echo
  echo "=== bulk: $name ($script)"
  out="$(bash "$BENCH_DIR/$script" 2>&1 | tee /dev/stderr)" || echo "  $script FAILED (see above)"
  collect_rows "$out"
  grep -q '^ROW' <<<"$out" || row "$name" "-" "-" "-" "NOT MEASURED ($script failed, see its output above)"
  echo "  ($name took $((SECONDS - t0)) s)"
}
section lists && run_bulk lists bulk-lists.sh
section indicators && run_bulk indicators bulk-indicators.sh
section bulk-admissions && run_bulk bulk-admissions bulk-admissions.sh

# --- 5. attendance: a cohort of learners admitted for real, a sheet per half-day, read back ---------------------
ATT_OUT=""
ATT_RSS="-"
if section attendance; then
  att_t0=$SECONDS
  echo
  echo "=== 5. attendance: $ATT_LEARNERS learners admitted through admissions, one sheet per half-day of the centre weeks, read back"
  [[ -n "${OFFICER:-}" ]] || OFFICER="$("$LOCAL_DIR/token.sh" admissions-officer 2>/dev/null)"
  pid="$(running_pid curriculum || true)"
  echo "  curriculum RSS before: $( [[ -n "$pid" ]] && rss_mib "$pid" || echo '-') MiB"
  ATT_FILE="$(mktemp "$RUN_DIR/bench-attendance.XXXXXX")"
  # shown as it goes; the SUMMARY lines are kept for the summary below
  if ! driver attendance --curriculum "http://127.0.0.1:${SERVICE_PORT[curriculum]}" --admissions "http://127.0.0.1:${SERVICE_PORT[admissions]}" \
      --clocks "$(for svc in curriculum admissions placement certification; do printf 'http://127.0.0.1:%s,' "${SERVICE_PORT[$svc]}"; done)" \
      --trainer-token "$TRAINER" --manager-token "$MANAGER" --officer-token "$OFFICER" --learners "$ATT_LEARNERS" \
      --budget-ms 900000 | tee "$ATT_FILE" | sed '/^SUMMARY /d; /^RESULT /d'; then
    echo "  ATTENDANCE SECTION FAILED (see above)"
    for svc in curriculum admissions; do
      grep -E 'ERROR|Exception' "$LOG_DIR/$svc.log" | tail -n 3 | cut -c1-400 | sed "s/^/  $svc.log: /" || true
    done
    echo "SUMMARY attendance: FAILED (see section 5)" >> "$ATT_FILE"
  fi
  ATT_OUT="$(sed -n 's/^SUMMARY //p' "$ATT_FILE")"
  rm -f "$ATT_FILE"; ATT_FILE=""
  pid="$(running_pid curriculum || true)"
  ATT_RSS="$( [[ -n "$pid" ]] && rss_mib "$pid" || echo '-')"
  echo "  curriculum RSS after the section: $ATT_RSS MiB"
  echo "  (section 5 took $((SECONDS - att_t0)) s)"
fi

# moves the services' clocks months ahead: the last section
section bulk-attendance && run_bulk bulk-attendance bulk-attendance.sh

# --- summary ------------------------------------------------------------------------------------------------
echo
echo "=== summary"
if section startup; then
  for svc in "${SERVICES[@]}"; do printf '  startup %-14s median %s\n' "$svc" "${STARTUP_MEDIAN[$svc]}"; done
fi
if section hop; then
  grep '^  hop latency' <<<"$hop_out" || echo "  hop latency: FAILED (no event reached admissions)"
fi
if section reads; then
  printf '  wrk %-20s %s\n' "cohort by id (JWT)" "${WRK_SUMMARY["cohort by id (JWT)"]}"
  printf '  wrk %-20s %s\n' "programme (public)" "${WRK_SUMMARY["programme (public)"]}"
fi
if section admissions; then
  for l in "${ADM_LABELS[@]}"; do printf '  wrk %-24s %s\n' "$l" "${ADM[$l]}"; done
  echo "  admissions RSS after the load: $ADM_RSS MiB"
fi
if section attendance; then
  sed 's/^/  /' <<<"$ATT_OUT"
  echo "  curriculum RSS after the attendance section: $ATT_RSS MiB"
fi
echo "  load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
if pgrep -f plexus-classworlds >/dev/null 2>&1; then
  echo "  WARNING: a Maven build is running on this machine now: the figures above may be disturbed"
fi
if (( ${#TABLE[@]} > 0 )); then
  echo
  echo "=== targets (issue 16): each figure, its target, what this run measured, the ratio (to the anchor, or large/small)"
  { printf 'figure\ttarget\tmeasured\tratio\tverdict\n'; printf '%s\n' "${TABLE[@]}"; } | column -t -s $'\t' | sed 's/^/  /'
  unmet="$(printf '%s\n' "${TABLE[@]}" | awk -F'\t' '$5 ~ /^NOT/' | wc -l)"
  echo "  $unmet of ${#TABLE[@]} rows not met or not measured; load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
fi
