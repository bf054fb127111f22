# shellcheck shell=bash disable=SC2034
# Shared helpers of deploy/local/{infra,up,down}.sh and deploy/bench/bench.sh. Source it, do not run it.
# LOCAL DEVELOPMENT ONLY. Everything we start is recorded in $RUN_DIR/pids/<name>.pid and is
# identified again by its command line before we signal it (a recycled pid is never killed).

LOCAL_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO_ROOT="$(cd "$LOCAL_DIR/../.." && pwd)"
RUN_DIR="$LOCAL_DIR/.run"
LIB_DIR="$RUN_DIR/lib"
DATA_DIR="$RUN_DIR/data"
LOG_DIR="$RUN_DIR/logs"
PID_DIR="$RUN_DIR/pids"
JAVA="${JAVA:-java}"

# --- ports and names ---------------------------------------------------------------------------
# LOCAL_PORT_OFFSET (0) moves every port below, so that a second checkout can run its own stack beside this one
# (each checkout keeps its data in its own .run/).
LOCAL_PORT_OFFSET="${LOCAL_PORT_OFFSET:-0}"
[[ "$LOCAL_PORT_OFFSET" =~ ^[0-9]+$ ]] && (( LOCAL_PORT_OFFSET <= 1000 )) || { echo "LOCAL_PORT_OFFSET must be 0..1000" >&2; exit 2; }
PG_PORT="${PG_PORT:-$((15432 + LOCAL_PORT_OFFSET))}"
KAFKA_PORT="${KAFKA_PORT:-$((19092 + LOCAL_PORT_OFFSET))}"
KAFKA_CONTROLLER_PORT="${KAFKA_CONTROLLER_PORT:-$((19093 + LOCAL_PORT_OFFSET))}"
SERVICES=(admissions curriculum placement certification)
# The suite's topics (CONTEXT-MAP.md) and each service's dead-letter topic, created by infra.sh with TOPIC_PARTITIONS
# partitions: the most consumers of one group that get work, so the most replicas of a service that share the events.
TOPICS=(admissions.applications curriculum.cohorts curriculum.learners placement.contracts certification.results
  admissions-service.dlq curriculum-service.dlq placement-service.dlq certification-service.dlq)
TOPIC_PARTITIONS="${TOPIC_PARTITIONS:-6}"
declare -A SERVICE_PORT=([admissions]=$((8081 + LOCAL_PORT_OFFSET)) [curriculum]=$((8082 + LOCAL_PORT_OFFSET))
  [placement]=$((8083 + LOCAL_PORT_OFFSET)) [certification]=$((8084 + LOCAL_PORT_OFFSET)))
declare -A MANAGEMENT_PORT=([admissions]=$((9081 + LOCAL_PORT_OFFSET)) [curriculum]=$((9082 + LOCAL_PORT_OFFSET))
  [placement]=$((9083 + LOCAL_PORT_OFFSET)) [certification]=$((9084 + LOCAL_PORT_OFFSET)))

# Replicas (up.sh --replicas N, N <= MAX_REPLICAS): instance r of a service listens REPLICA_PORT_STEP * (r - 1) above
# its first one: admissions on 8081, 8091, 8101; its management port likewise (9081, 9091, 9101). Instance 1 keeps the
# service's name (pid, log); instance r > 1 is named <service>-<r>.
REPLICA_PORT_STEP=10
MAX_REPLICAS=3
instance_name() { if (( $2 == 1 )); then echo "$1"; else echo "$1-$2"; fi; }
instance_port() { echo $(( SERVICE_PORT[$1] + REPLICA_PORT_STEP * ($2 - 1) )); }
instance_management_port() { echo $(( MANAGEMENT_PORT[$1] + REPLICA_PORT_STEP * ($2 - 1) )); }
# instances_of SERVICE: "name port" of every instance recorded as running, first one first
instances_of() {
  local r name
  for (( r = 1; r <= MAX_REPLICAS; r++ )); do
    name="$(instance_name "$1" "$r")"
    if is_running "$name"; then echo "$name $(instance_port "$1" "$r")"; fi
  done
}

# Production settings (the default): C2 on, ParallelGC (throughput on two cores), heap up to 256 MiB. Targets per
# service: RSS <= 400 MiB after a minute of load, ready <= 2.5 s alone (deploy/bench/bench.sh measures both).
# --small (up.sh) or SERVICE_PROFILE=small: C1 only and a 160 MiB serial heap, ~190 MiB RSS at ready, about a third of
# the read throughput: for a laptop running everything, never for a centre's traffic.
SERVICE_JAVA_OPTS_PRODUCTION="-XX:+UseParallelGC -Xms64m -Xmx256m -XX:ReservedCodeCacheSize=96m -Xss512k"
SERVICE_JAVA_OPTS_SMALL="-Xmx160m -Xms32m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xss512k -XX:ReservedCodeCacheSize=48m"
SERVICE_JAVA_OPTS_FROM_ENV="${SERVICE_JAVA_OPTS:+yes}"
if [[ "${SERVICE_PROFILE:-production}" == small ]]; then
  SERVICE_JAVA_OPTS="${SERVICE_JAVA_OPTS:-$SERVICE_JAVA_OPTS_SMALL}"
else
  SERVICE_JAVA_OPTS="${SERVICE_JAVA_OPTS:-$SERVICE_JAVA_OPTS_PRODUCTION}"
fi
SERVICE_MALLOC_ARENA_MAX="${SERVICE_MALLOC_ARENA_MAX:-2}"
KAFKA_JAVA_OPTS="${KAFKA_JAVA_OPTS:--Xmx512m -Xms128m}"
PG_JAVA_OPTS="${PG_JAVA_OPTS:--Xmx256m -Xms16m -XX:+UseSerialGC -XX:TieredStopAtLevel=1}"

JWT_ISSUER_DEV="cfa-backoffice-dev"
DEV_PUBLIC_KEY="$LOCAL_DIR/dev-keys/dev-public-key.pem"

log()  { printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
die()  { printf 'ERROR: %s\n' "$*" >&2; exit 1; }

service_jar()  { echo "$REPO_ROOT/$1-service/target/quarkus-app/quarkus-run.jar"; }

# --- processes ---------------------------------------------------------------------------------
# pid_alive PID: running and not a zombie
pid_alive() {
  local pid="$1" state
  [[ "$pid" =~ ^[0-9]+$ ]] || return 1
  [[ -r "/proc/$pid/stat" ]] || return 1
  state="$(sed -E 's/^.*\) ([A-Za-z]).*$/\1/' "/proc/$pid/stat" 2>/dev/null)" || return 1
  [[ -n "$state" && "$state" != "Z" && "$state" != "X" ]]
}

# pid_matches PID MARKER: alive and its command line contains MARKER
pid_matches() {
  local pid="$1" marker="$2" cmd
  pid_alive "$pid" || return 1
  cmd="$(tr '\0' ' ' < "/proc/$pid/cmdline" 2>/dev/null)" || return 1
  [[ "$cmd" == *"$marker"* ]]
}

# Marker that identifies each component's process in /proc/<pid>/cmdline
marker_of() {
  case "$1" in
    postgres) echo "EmbeddedPostgresMain.java" ;;
    kafka)    echo "kafka.Kafka $RUN_DIR/kafka/server.properties" ;;
    *-[0-9])  echo "-Dcfa.backoffice.service=$REPO_ROOT/${1%-[0-9]}-service/replica-${1##*-}" ;;
    *)        echo "-Dcfa.backoffice.service=$REPO_ROOT/$1-service" ;;
  esac
}

pid_file() { echo "$PID_DIR/$1.pid"; }

# running_pid NAME: prints the recorded pid when that process is still ours and alive
running_pid() {
  local f pid
  f="$(pid_file "$1")"
  [[ -f "$f" ]] || return 1
  pid="$(head -n1 "$f" 2>/dev/null || true)"
  if pid_matches "$pid" "$(marker_of "$1")"; then echo "$pid"; return 0; fi
  return 1
}

is_running() { running_pid "$1" >/dev/null; }

# port_open PORT: something accepts TCP connections on 127.0.0.1:PORT
port_open() {
  timeout 1 bash -c "exec 3<>/dev/tcp/127.0.0.1/$1" 2>/dev/null
}

# rotate_log NAME: keep the previous run's log as NAME.log.1
rotate_log() {
  mkdir -p "$LOG_DIR"
  if [[ -f "$LOG_DIR/$1.log" ]]; then mv -f "$LOG_DIR/$1.log" "$LOG_DIR/$1.log.1"; fi
}

# start_bg NAME CMD...: nohup setsid CMD in the background (survives this script), log in
# $LOG_DIR/NAME.log, pid in $PID_DIR/NAME.pid. Environment is inherited.
start_bg() {
  local name="$1"; shift
  mkdir -p "$PID_DIR" "$LOG_DIR"
  rotate_log "$name"
  nohup setsid "$@" </dev/null >"$LOG_DIR/$name.log" 2>&1 &
  local pid=$!
  echo "$pid" > "$(pid_file "$name")"
  log "started $name (pid $pid), log $LOG_DIR/$name.log"
}

# stop_name NAME [TIMEOUT_S]: SIGTERM the recorded process, SIGKILL after TIMEOUT_S (default 30)
stop_name() {
  local name="$1" timeout="${2:-30}" pid f
  f="$(pid_file "$name")"
  if ! pid="$(running_pid "$name")"; then
    [[ -f "$f" ]] && rm -f "$f"
    return 0
  fi
  log "stopping $name (pid $pid)"
  kill -TERM "$pid" 2>/dev/null || true
  local deadline=$((SECONDS + timeout))
  while pid_alive "$pid" && (( SECONDS < deadline )); do sleep 0.2; done
  if pid_alive "$pid"; then
    log "$name (pid $pid) still alive after ${timeout}s: SIGKILL"
    kill -KILL "$pid" 2>/dev/null || true
    sleep 0.5
  fi
  # reap it when it is our own child (bench.sh), so it does not linger as a zombie
  wait "$pid" 2>/dev/null || true
  rm -f "$f"
}

tail_log() {
  local f="$LOG_DIR/$1.log" n="${2:-40}"
  if [[ -f "$f" ]]; then
    printf -- '----- last %s lines of %s -----\n' "$n" "$f" >&2
    tail -n "$n" "$f" >&2
    printf -- '-----\n' >&2
  fi
}

rss_mib() {  # rss_mib PID -> VmRSS in MiB (one decimal), or "-"
  local kb
  kb="$(awk '/^VmRSS:/{print $2}' "/proc/$1/status" 2>/dev/null || true)"
  if [[ -n "$kb" ]]; then awk -v k="$kb" 'BEGIN{printf "%.1f", k/1024}'; else echo "-"; fi
}

# --- database / kafka coordinates seen by the services ------------------------------------------
# DB_URL given by the caller = base URL of an external server (jdbc:postgresql://host:port);
# otherwise the embedded server.
# (query parameters such as ?sslmode=require are kept: service_db_url puts them after the db name)
db_base_url() {
  if [[ -n "${EXTERNAL_DB_URL:-}" ]]; then local b="${EXTERNAL_DB_URL%%\?*}"; echo "${b%/}"; else echo "jdbc:postgresql://127.0.0.1:$PG_PORT"; fi
}
db_url_query() {
  if [[ "${EXTERNAL_DB_URL:-}" == *\?* ]]; then echo "?${EXTERNAL_DB_URL#*\?}"; fi
}
service_db_url() { echo "$(db_base_url)/$1$(db_url_query)"; }
check_external_db_url() {
  [[ -z "${EXTERNAL_DB_URL:-}" ]] && return 0
  [[ "$(db_base_url)" =~ ^jdbc:postgresql://[^/]+$ ]] \
    || die "DB_URL must be the server base, jdbc:postgresql://host:port (each service appends /<its database>), not '$EXTERNAL_DB_URL'"
}
kafka_bootstrap() {
  if [[ -n "${EXTERNAL_KAFKA_BOOTSTRAP:-}" ]]; then echo "$EXTERNAL_KAFKA_BOOTSTRAP"; else echo "127.0.0.1:$KAFKA_PORT"; fi
}

# Capture the caller's settings once, before anything exports per-service values.
EXTERNAL_DB_URL="${EXTERNAL_DB_URL:-${DB_URL:-}}"
EXTERNAL_KAFKA_BOOTSTRAP="${EXTERNAL_KAFKA_BOOTSTRAP:-${KAFKA_BOOTSTRAP:-}}"
DB_USER_EFFECTIVE="${DB_USER:-backoffice}"
DB_PASSWORD_EFFECTIVE="${DB_PASSWORD:-backoffice}"
export EXTERNAL_DB_URL EXTERNAL_KAFKA_BOOTSTRAP
unset DB_URL KAFKA_BOOTSTRAP

# --- services ------------------------------------------------------------------------------------
# Extra JVM options of one service only, appended to SERVICE_JAVA_OPTS: ADMISSIONS_JAVA_OPTS,
# CURRICULUM_JAVA_OPTS, PLACEMENT_JAVA_OPTS, CERTIFICATION_JAVA_OPTS (e.g. -Dsome.quarkus.property=x).
service_java_opts() {
  local var
  var="$(tr '[:lower:]-' '[:upper:]_' <<<"$1")_JAVA_OPTS"
  local cds
  cds="$(dirname "$(service_jar "$1")")/app-cds.jsa"
  # The AppCDS archive the Quarkus build leaves beside the jar (quarkus.package.jar.appcds.enabled);
  # it records the class path as "quarkus-run.jar", so the JVM runs from that folder (start_service).
  if [[ -f "$cds" ]]; then cds="-XX:SharedArchiveFile=app-cds.jsa"; else cds=""; fi
  echo "$SERVICE_JAVA_OPTS $cds ${!var:-}"
}

# service_env NAME [REPLICA]: fills SERVICE_ENV with the environment of one service's instance (as `env` arguments):
# up.sh and the bench start services with the same one. The centre's identifiers (CENTRE_*) default to SAMPLE values, not a real
# establishment: curriculum refuses to start without them.
service_env() {
  local svc="$1" replica="${2:-1}" port management
  port="$(instance_port "$svc" "$replica")"
  management="$(instance_management_port "$svc" "$replica")"
  SERVICE_ENV=(
    DB_URL="$(service_db_url "$svc")"
    DB_USER="$DB_USER_EFFECTIVE"
    DB_PASSWORD="$DB_PASSWORD_EFFECTIVE"
    KAFKA_BOOTSTRAP="$(kafka_bootstrap)"
    JWT_PUBLIC_KEY_LOCATION="file:$DEV_PUBLIC_KEY"
    JWT_ISSUER="$JWT_ISSUER_DEV"
    BACKOFFICE_DEVELOPMENT_KEYS_ALLOWED=true
    HTTP_HOST=127.0.0.1
    MANAGEMENT_HOST=127.0.0.1
    # the services' own defaults are 8081-8084 and 9081-9084: without these, LOCAL_PORT_OFFSET moved only the clients
    QUARKUS_HTTP_PORT="$port"
    QUARKUS_MANAGEMENT_PORT="$management"
    PUBLIC_BASE_URL="http://127.0.0.1:$port"
    # names the instance in Kafka client ids and scheduled runs (backoffice.instance-id)
    INSTANCE_ID="$svc-$replica"
    BACKOFFICE_SIMULATED_TIME="${BACKOFFICE_SIMULATED_TIME:-false}"
    CERTIFICATE_SIGNING_KEY_LOCATION="file:$LOCAL_DIR/dev-keys/dev-certificate-signing-key.pem"
    CENTRE_RESPONSIBLE_UAI="${CENTRE_RESPONSIBLE_UAI:-0932751K}"
    CENTRE_RESPONSIBLE_SIRET="${CENTRE_RESPONSIBLE_SIRET:-12345678900011}"
    CENTRE_SITE_ADDRESS="${CENTRE_SITE_ADDRESS:-1 rue Exemple, Saint-Denis}"
    CENTRE_SITE_POSTAL_CODE="${CENTRE_SITE_POSTAL_CODE:-93200}"
    MALLOC_ARENA_MAX="$SERVICE_MALLOC_ARENA_MAX"
  )
}

# start_service NAME [REPLICA]: starts one instance of a service jar in the background with its environment (service_env).
start_service() {
  local svc="$1" replica="${2:-1}" jar name
  jar="$(service_jar "$svc")"
  name="$(instance_name "$svc" "$replica")"
  [[ -f "$jar" ]] || die "$jar is missing (build with deploy/local/up.sh --build)"
  service_env "$svc" "$replica"
  # shellcheck disable=SC2086,SC2046
  (cd "$(dirname "$jar")" && start_bg "$name" env "${SERVICE_ENV[@]}" \
    "$JAVA" "$(marker_of "$name")" $(service_java_opts "$svc") -jar quarkus-run.jar)
}

clock_code() {  # clock_code PORT -> HTTP status of GET /q/clock (200 only with simulated time on)
  curl -s -o /dev/null -w '%{http_code}' --max-time 2 "http://127.0.0.1:$1/q/clock" 2>/dev/null || true
}

health_code() {  # health_code PORT -> HTTP status of /q/health/ready (000 when unreachable)
  curl -s -o /dev/null -w '%{http_code}' --max-time 2 "http://127.0.0.1:$1/q/health/ready" 2>/dev/null || true
}
