#!/usr/bin/env bash
# LOCAL DEVELOPMENT ONLY: starts the whole back office on this machine, without Docker.
#   1. builds the four services (./mvnw -q package -DskipTests) when a quarkus-run.jar is missing
#      or when --build is given
#   2. fetches the runtime jars (Kafka broker, embedded PostgreSQL) when missing
#   3. PostgreSQL: embedded on 127.0.0.1:15432 (data kept in .run/data/pg), or the external server
#      given by DB_URL=jdbc:postgresql://host:port (its databases admissions, curriculum, placement,
#      certification must exist and belong to DB_USER)
#   4. Kafka: single-node KRaft broker on 127.0.0.1:19092 (data kept in .run/data/kafka), or the
#      external broker given by KAFKA_BOOTSTRAP=host:port
#   5. the four services (production JVM settings: C2, ParallelGC, 256 MiB heap; --small for a laptop), logs in
#      .run/logs/<service>.log, pids in .run/pids
#   6. waits until every /q/health/ready answers 200, then prints where everything is
# Re-running it while things run only starts what is missing. Stop everything with down.sh.
#
# usage: deploy/local/up.sh [--build] [--simulated-time] [--small] [--replicas N]
#   --replicas N      N instances of each service (1..3, default 1), on documented ports: instance r listens 10 * (r - 1)
#                     above the first, so admissions answers on 8081 and 8091, curriculum on 8082 and 8092, and so on
#                     (management ports 9081, 9091, ...). Instance 1 is named <service>, instance r <service>-<r> (logs,
#                     pids). They share their service's database and consumer group: each holds part of the topics'
#                     TOPIC_PARTITIONS (6) partitions, and a scheduled job runs on one of them (docs: deploy/README.md).
#                     There is no proxy: a client spreads its requests over the ports (deploy/replicas/kill-test.sh does).
#   --small           the low-memory profile (C1 only, 160 MiB serial heap: ~190 MiB RSS, a third of the throughput);
#                     SERVICE_JAVA_OPTS, when set, wins over both profiles
#   --simulated-time  starts the services with BACKOFFICE_SIMULATED_TIME=true: each exposes GET/PUT /q/clock and
#                     deploy/local/clock.sh moves the four clocks forward at once (acceptance runs, demos; never prod)
# env:   DB_URL, DB_USER, DB_PASSWORD (default backoffice/backoffice), KAFKA_BOOTSTRAP,
#        SERVICE_JAVA_OPTS, READY_TIMEOUT (seconds, default 120), PG_PORT, KAFKA_PORT
#
# National dashboard feed (curriculum): to try it without the State's servers, run the stub
#   java -jar tools/national-dashboard-stub/target/national-dashboard-stub.jar --port 18500
# (build: ./mvnw -q -pl tools/national-dashboard-stub package) and start the stack with
#   NATIONAL_DASHBOARD_URL=http://127.0.0.1:18500 NATIONAL_DASHBOARD_KEY=local-dashboard-key-NOT-A-SECRET deploy/local/up.sh
# (the services inherit this environment); without a key curriculum sends nothing.
set -euo pipefail
# shellcheck source=deploy/local/lib.sh
source "$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/lib.sh"

BUILD=false
SIMULATED_TIME=false
REPLICAS=1
while (( $# > 0 )); do
  case "$1" in
    --build) BUILD=true ;;
    --simulated-time) SIMULATED_TIME=true ;;
    --small) [[ -n "$SERVICE_JAVA_OPTS_FROM_ENV" ]] || SERVICE_JAVA_OPTS="$SERVICE_JAVA_OPTS_SMALL" ;;
    --replicas) REPLICAS="${2:-}"; shift ;;
    --replicas=*) REPLICAS="${1#--replicas=}" ;;
    -h|--help) sed -n '2,34p' "$0"; exit 0 ;;
    *) echo "unknown argument: $1 (usage: $0 [--build] [--simulated-time] [--small] [--replicas N])" >&2; exit 2 ;;
  esac
  shift
done
[[ "$REPLICAS" =~ ^[0-9]+$ ]] && (( REPLICAS >= 1 && REPLICAS <= MAX_REPLICAS )) \
  || { echo "--replicas takes 1..$MAX_REPLICAS, not '$REPLICAS'" >&2; exit 2; }
export BACKOFFICE_SIMULATED_TIME="$SIMULATED_TIME"
READY_TIMEOUT="${READY_TIMEOUT:-120}"

command -v "$JAVA" >/dev/null || die "java (17+) not found on PATH"
command -v curl >/dev/null || die "curl is required"

# --- 1. build -------------------------------------------------------------------------------------
missing=()
for svc in "${SERVICES[@]}"; do [[ -f "$(service_jar "$svc")" ]] || missing+=("$svc"); done
if $BUILD || (( ${#missing[@]} > 0 )); then
  for svc in "${SERVICES[@]}"; do
    if [[ -n "$(instances_of "$svc")" ]]; then die "$svc is running: stop the stack (deploy/local/down.sh) before rebuilding"; fi
  done
  if (( ${#missing[@]} > 0 )); then log "no jar for: ${missing[*]}"; fi
  log "building the services: ./mvnw -q package -DskipTests (a few minutes)"
  (cd "$REPO_ROOT" && ./mvnw -q -B package -DskipTests) || die "build failed"
  for svc in "${SERVICES[@]}"; do [[ -f "$(service_jar "$svc")" ]] || die "build gave no $(service_jar "$svc")"; done
fi

# --- 2..4. runtime jars, PostgreSQL, Kafka -----------------------------------------------------------
"$LOCAL_DIR/infra.sh" start

# --- 5. services -------------------------------------------------------------------------------------
started=()
declare -A INSTANCE_PORT=()
instances=()
for svc in "${SERVICES[@]}"; do
  for (( r = 1; r <= REPLICAS; r++ )); do
    name="$(instance_name "$svc" "$r")"; port="$(instance_port "$svc" "$r")"
    instances+=("$name"); INSTANCE_PORT[$name]="$port"
    if is_running "$name"; then
      log "$name already running (pid $(running_pid "$name")) on :$port"
      running_simulated=false
      [[ "$(clock_code "$port")" == "200" ]] && running_simulated=true
      if [[ "$running_simulated" != "$SIMULATED_TIME" ]]; then
        log "WARNING: $name runs with simulated time $($running_simulated && echo on || echo off); stop the stack (down.sh) to change that"
      fi
      continue
    fi
    if port_open "$port"; then
      die "port $port ($name) is in use by a process not started by deploy/local; stop it first"
    fi
    start_service "$svc" "$r"
    started+=("$name")
  done
  for (( r = REPLICAS + 1; r <= MAX_REPLICAS; r++ )); do
    name="$(instance_name "$svc" "$r")"
    if is_running "$name"; then log "WARNING: $name runs beyond --replicas $REPLICAS (down.sh stops every instance)"; fi
  done
done

# --- 6. readiness ------------------------------------------------------------------------------------
deadline=$((SECONDS + READY_TIMEOUT))
pending=("${instances[@]}")
while (( ${#pending[@]} > 0 )); do
  still=()
  for name in "${pending[@]}"; do
    code="$(health_code "${INSTANCE_PORT[$name]}")"
    if [[ "$code" == "200" ]]; then
      log "$name ready"
      continue
    fi
    if ! is_running "$name"; then
      tail_log "$name" 60
      die "$name exited (see $LOG_DIR/$name.log); other components keep running, stop them with deploy/local/down.sh"
    fi
    still+=("$name")
  done
  pending=("${still[@]+"${still[@]}"}")
  (( ${#pending[@]} == 0 )) && break
  if (( SECONDS >= deadline )); then
    for name in "${pending[@]}"; do
      echo "$name: /q/health/ready answers $(health_code "${INSTANCE_PORT[$name]}") after ${READY_TIMEOUT}s" >&2
      curl -s --max-time 2 "http://127.0.0.1:${INSTANCE_PORT[$name]}/q/health/ready" >&2 || true
      echo >&2
      tail_log "$name" 60
    done
    die "not ready after ${READY_TIMEOUT}s: ${pending[*]} (stack left running; deploy/local/down.sh stops it)"
  fi
  sleep 0.5
done

# --- summary -----------------------------------------------------------------------------------------
rel_token="deploy/local/token.sh"
echo
printf '%-16s %-8s %-8s %-24s %-40s\n' INSTANCE PID RSS_MiB URL "SWAGGER UI"
for name in "${instances[@]}"; do
  pid="$(running_pid "$name" || echo '-')"
  printf '%-16s %-8s %-8s %-24s %-40s\n' "$name" "$pid" "$(rss_mib "$pid")" \
    "http://127.0.0.1:${INSTANCE_PORT[$name]}" "http://127.0.0.1:${INSTANCE_PORT[$name]}/q/swagger-ui"
done
echo
if [[ -n "$EXTERNAL_DB_URL" ]]; then
  echo "PostgreSQL : external $(db_base_url)/<service> (user $DB_USER_EFFECTIVE)"
else
  echo "PostgreSQL : $(db_base_url)/<service>  user $DB_USER_EFFECTIVE  (psql -h 127.0.0.1 -p $PG_PORT -U $DB_USER_EFFECTIVE <db>)"
fi
echo "Kafka      : $(kafka_bootstrap)$([[ -n "$EXTERNAL_KAFKA_BOOTSTRAP" ]] && echo ' (external)')  topics: $TOPIC_PARTITIONS partitions each"
echo "Logs       : $LOG_DIR/<name>.log     pids: $PID_DIR"
echo
echo "Tokens (DEVELOPMENT ONLY, signed with the committed dev key; roles: admissions-officer trainer"
echo "placement-officer certification-officer manager employer prescriber):"
echo "  $rel_token trainer"
echo "  curl -H \"Authorization: Bearer \$($rel_token trainer)\" http://127.0.0.1:8082/api/v1/cohorts"
echo "  $rel_token employer employer_id=<uuid>      $rel_token prescriber prescriber_id=<uuid>"
echo
if $SIMULATED_TIME; then
  echo "SIMULATED TIME IS ON: every service's clock reads $(curl -s --max-time 2 "http://127.0.0.1:${SERVICE_PORT[curriculum]}/q/clock" | sed -n 's/.*"now":"\([^"]*\)".*/\1/p')"
  echo "  move all four forward: deploy/local/clock.sh 2027-03-01T09:00+01:00   (forward only; a restart returns to real time)"
else
  echo "Time: real (start with --simulated-time for a movable clock; /q/clock answers 404)"
fi
echo
echo "Stop: deploy/local/down.sh   (data kept; reset: down.sh, then rm -rf deploy/local/.run/data)"
if (( ${#started[@]} == 0 )); then echo "(everything was already running)"; fi
