#!/usr/bin/env bash
# LOCAL benchmark of the back office (127.0.0.1 only). Needs the four service jars (build them
# with deploy/local/up.sh --build) and a JDK 17; installs wrk (Debian package) when missing.
#
#  1. startup: each service ALONE (the others stopped), BENCH_RUNS times (3): seconds from
#     `java -jar` to the first 200 of /q/health/ready (polled every 20 ms) and VmRSS right after;
#     each run and the median
#  2. the four services up (deploy/local/up.sh): event hop latency curriculum -> admissions over
#     BENCH_EVENTS (200) sequential events: POST /api/v1/cohorts on 8082, then GET
#     /api/v1/cohorts/{id} on 8081 polled every 2 ms until 200; p50/p90/p99/max; RSS of everything
#  3. read throughput with wrk -t2 -c32 -d15s --latency: GET /api/v1/cohorts/{id} (trainer token)
#     and the public GET /api/v1/programme on curriculum; req/s, latency percentiles, RSS after
#
# PostgreSQL/Kafka: reuses the ones of deploy/local (infra.sh) when they run, else starts them and
# stops them at the end. Services of deploy/local that were running are stopped for the bench and
# started again at the end; the ones the bench starts are stopped. The whole output is also kept
# in deploy/local/.run/logs/bench-<timestamp>.txt.
#
# env: BENCH_RUNS (3), BENCH_EVENTS (200), WRK_DURATION (15s), WRK_CONNECTIONS (32), WRK_THREADS (2)
set -euo pipefail
BENCH_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=deploy/local/lib.sh
source "$BENCH_DIR/../local/lib.sh"

BENCH_RUNS="${BENCH_RUNS:-3}"
BENCH_EVENTS="${BENCH_EVENTS:-200}"
WRK_DURATION="${WRK_DURATION:-15s}"
WRK_CONNECTIONS="${WRK_CONNECTIONS:-32}"
WRK_THREADS="${WRK_THREADS:-2}"
[[ "$BENCH_RUNS" =~ ^[0-9]+$ ]] && (( BENCH_RUNS >= 1 && BENCH_RUNS <= 10 )) || die "BENCH_RUNS must be 1..10"
[[ "$BENCH_EVENTS" =~ ^[0-9]+$ ]] && (( BENCH_EVENTS >= 1 && BENCH_EVENTS <= 5000 )) || die "BENCH_EVENTS must be 1..5000"
[[ "$WRK_DURATION" =~ ^[0-9]+s$ ]] && (( ${WRK_DURATION%s} <= 120 )) || die "WRK_DURATION must be <= 120s, like 15s"

mkdir -p "$LOG_DIR"
OUT="$LOG_DIR/bench-$(date +%Y%m%d-%H%M%S).txt"
exec > >(tee "$OUT") 2>&1

# --- prerequisites --------------------------------------------------------------------------------------
for svc in "${SERVICES[@]}"; do
  [[ -f "$(service_jar "$svc")" ]] || die "$(service_jar "$svc") missing: build first (deploy/local/up.sh --build)"
done
command -v javac >/dev/null || die "javac (JDK 17) is required"
if ! command -v wrk >/dev/null; then
  if [[ $(id -u) -eq 0 ]]; then
    log "installing wrk (apt-get install -y wrk)"
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q wrk >/dev/null 2>&1 \
      || { apt-get update -q >/dev/null 2>&1 && DEBIAN_FRONTEND=noninteractive apt-get install -y -q wrk >/dev/null; } \
      || die "could not install wrk"
  else
    die "wrk is missing: sudo apt-get install -y wrk"
  fi
fi

CLASSES="$RUN_DIR/bench-classes"
mkdir -p "$CLASSES"
javac -d "$CLASSES" "$BENCH_DIR/BenchDriver.java"
driver() { "$JAVA" -Xmx128m -XX:+UseSerialGC -cp "$CLASSES" BenchDriver "$@"; }

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

# --- 1. startup of each service alone -----------------------------------------------------------------------
echo
echo "=== 1. startup, each service alone ($BENCH_RUNS runs; java -jar -> first 200 of /q/health/ready, RSS right after)"
declare -A STARTUP_MEDIAN=()
for svc in "${SERVICES[@]}"; do
  echo "$svc (:${SERVICE_PORT[$svc]})"
  # shellcheck disable=SC2086,SC2046
  out="$(env DB_URL="$(service_db_url "$svc")" DB_USER="$DB_USER_EFFECTIVE" DB_PASSWORD="$DB_PASSWORD_EFFECTIVE" \
      KAFKA_BOOTSTRAP="$(kafka_bootstrap)" JWT_PUBLIC_KEY_LOCATION="file:$DEV_PUBLIC_KEY" JWT_ISSUER="$JWT_ISSUER_DEV" \
      MALLOC_ARENA_MAX="$SERVICE_MALLOC_ARENA_MAX" \
      "$JAVA" -Xmx128m -XX:+UseSerialGC -cp "$CLASSES" BenchDriver startup --port "${SERVICE_PORT[$svc]}" \
      --runs "$BENCH_RUNS" --log "$LOG_DIR/bench-startup-$svc" -- "$JAVA" $(service_java_opts "$svc") -jar "$(service_jar "$svc")")" \
    || { echo "$out"; grep -h -m3 -E 'ERROR|Caused by' "$LOG_DIR/bench-startup-$svc-"*.log | cut -c1-400; die "$svc did not start (logs: $LOG_DIR/bench-startup-$svc-*.log)"; }
  echo "$out"
  STARTUP_MEDIAN[$svc]="$(grep 'median:' <<<"$out" | sed 's/^ *median: //')"
done

# --- 2. all four up: event hop latency ----------------------------------------------------------------------
echo
echo "=== 2. all four services up (deploy/local/up.sh)"
"$LOCAL_DIR/up.sh" > "$LOG_DIR/bench-up.txt" 2>&1 || { tail -n 60 "$LOG_DIR/bench-up.txt"; die "up.sh failed"; }
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
print_rss

TRAINER="$("$LOCAL_DIR/token.sh" trainer 2>/dev/null)"
MANAGER="$("$LOCAL_DIR/token.sh" manager 2>/dev/null)"
echo
echo "=== event hop: POST :8082/api/v1/cohorts -> first 200 of GET :8081/api/v1/cohorts/{id} ($BENCH_EVENTS events, poll every 2 ms)"
hop_out="$(driver hop --post "http://127.0.0.1:8082/api/v1/cohorts" --post-token "$TRAINER" \
  --get-prefix "http://127.0.0.1:8081/api/v1/cohorts" --get-token "$MANAGER" \
  --events "$BENCH_EVENTS" --warmup 5 --budget-ms 300000)" || HOP_FAILED=true
grep -v '^LAST_ID=' <<<"$hop_out" || true
if [[ "${HOP_FAILED:-false}" == true ]]; then
  echo "  EVENT HOP FAILED (see above; admissions log: $LOG_DIR/admissions.log); going on with the read throughput"
  grep -E 'ERROR|Exception' "$LOG_DIR/admissions.log" | tail -n 3 | cut -c1-400 | sed 's/^/  admissions.log: /' || true
fi
COHORT_ID="$(sed -n 's/^LAST_ID=//p' <<<"$hop_out")"
print_rss

# --- 3. read throughput ---------------------------------------------------------------------------------------
echo
echo "=== 3. read throughput: wrk -t$WRK_THREADS -c$WRK_CONNECTIONS -d$WRK_DURATION --latency"
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
  local rps p50 p90 p99 errs non2xx
  rps="$(awk '/^Requests\/sec:/{print $2}' <<<"$out")"
  p50="$(awk '$1=="50%"{print $2}' <<<"$out")"
  p90="$(awk '$1=="90%"{print $2}' <<<"$out")"
  p99="$(awk '$1=="99%"{print $2}' <<<"$out")"
  non2xx="$(awk -F': *' '/Non-2xx or 3xx responses/{print $2}' <<<"$out")"
  errs="$(grep -m1 'Socket errors' <<<"$out" | sed 's/^ *//' || true)"
  WRK_SUMMARY[$label]="${rps:-?} req/s  p50 ${p50:-?}  p90 ${p90:-?}  p99 ${p99:-?}  non-2xx ${non2xx:-0}${errs:+  $errs}"
}
if [[ -n "$COHORT_ID" ]]; then
  run_wrk "cohort by id (JWT)" "http://127.0.0.1:8082/api/v1/cohorts/$COHORT_ID" "$TRAINER"
else
  WRK_SUMMARY["cohort by id (JWT)"]="skipped (no cohort id)"
fi
run_wrk "programme (public)" "http://127.0.0.1:8082/api/v1/programme"
echo
printf '  %-20s %s\n' "cohort by id (JWT)" "${WRK_SUMMARY["cohort by id (JWT)"]}"
printf '  %-20s %s\n' "programme (public)" "${WRK_SUMMARY["programme (public)"]}"
pid="$(running_pid curriculum || true)"
echo "  curriculum RSS after the load: $( [[ -n "$pid" ]] && rss_mib "$pid" || echo '-') MiB"

# --- summary ------------------------------------------------------------------------------------------------
echo
echo "=== summary"
for svc in "${SERVICES[@]}"; do printf '  startup %-14s median %s\n' "$svc" "${STARTUP_MEDIAN[$svc]}"; done
grep '^  hop latency' <<<"$hop_out" || echo "  hop latency: FAILED (no event reached admissions)"
printf '  wrk %-20s %s\n' "cohort by id (JWT)" "${WRK_SUMMARY["cohort by id (JWT)"]}"
printf '  wrk %-20s %s\n' "programme (public)" "${WRK_SUMMARY["programme (public)"]}"
echo "  load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
if pgrep -f plexus-classworlds >/dev/null 2>&1; then
  echo "  WARNING: a Maven build is running on this machine now: the figures above may be disturbed"
fi
