# shellcheck shell=bash
# The bench's load driver (deploy/bench/driver, a Maven module: plain Java 17, java.net.http, Jackson), for
# deploy/bench/*.sh. Source it after deploy/local/lib.sh, then `ensure_driver` once and `driver SUB-COMMAND ...`.
DRIVER_JAR="$REPO_ROOT/deploy/bench/driver/target/bench-driver.jar"
DRIVER_XMX="${DRIVER_XMX:-256m}"

# ensure_driver: builds the driver's jar (and its target/lib) when missing
ensure_driver() {
  [[ -f "$DRIVER_JAR" ]] && return 0
  log "building the bench driver: ./mvnw -q -B -ntp -pl deploy/bench/driver -am package -DskipTests"
  (cd "$REPO_ROOT" && ./mvnw -q -B -ntp -pl deploy/bench/driver -am package -DskipTests) >&2 \
    || die "the bench driver did not build (./mvnw -pl deploy/bench/driver -am package -DskipTests)"
  [[ -f "$DRIVER_JAR" ]] || die "the build gave no $DRIVER_JAR"
}

# driver SUB-COMMAND ARGS...: startup | hop | attendance | dashboard | admissions-bulk (see BenchDriver's javadoc)
driver() { "$JAVA" -Xmx"$DRIVER_XMX" -XX:+UseSerialGC -jar "$DRIVER_JAR" "$@"; }
