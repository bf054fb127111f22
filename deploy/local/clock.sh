#!/usr/bin/env bash
# SIMULATED TIME, LOCAL ONLY: reads or moves the clocks of the four services started by
# `deploy/local/up.sh --simulated-time` (each exposes GET/PUT /q/clock; without the flag they answer 404).
#
# usage: deploy/local/clock.sh                         print each service's now
#        deploy/local/clock.sh 2027-03-01T09:00+01:00  move all four to that time (forward only), in the order
#                                                      curriculum, admissions, placement, certification; with
#                                                      replicas (up.sh --replicas), every running instance of each
# A move runs, before it answers, what would have run in between (the daily cohort lifecycle, deadlines).
set -euo pipefail
# shellcheck source=deploy/local/lib.sh
source "$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/lib.sh"

ORDER=(curriculum admissions placement certification)   # the cohort's owner first: its events feed the others

# name port of each instance, in ORDER; the first instance's address even when not started by up.sh (an IDE run)
targets() {
  local svc found
  for svc in "${ORDER[@]}"; do
    found="$(instances_of "$svc")"
    if [[ -n "$found" ]]; then echo "$found"; else echo "$svc ${SERVICE_PORT[$svc]}"; fi
  done
}

if [[ $# -eq 0 ]]; then
  while read -r name port; do
    printf '%-16s %s\n' "$name" "$(curl -s --max-time 5 "http://127.0.0.1:$port/q/clock" || echo unreachable)"
  done < <(targets)
  exit 0
fi
[[ $# -eq 1 ]] || { sed -n '2,9p' "$0" >&2; exit 2; }
target="$1"
# Accept 2027-03-01T09:00+01:00 as well as 2027-03-01T09:00:00+01:00
if [[ "$target" =~ ^([0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2})([+-][0-9]{2}:[0-9]{2}|Z)$ ]]; then
  target="${BASH_REMATCH[1]}:00${BASH_REMATCH[2]}"
fi
[[ "$target" =~ ^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]+)?([+-][0-9]{2}:[0-9]{2}|Z)$ ]] \
  || die "not a date-time with offset: $1 (e.g. 2027-03-01T09:00+01:00)"

status=0
while read -r svc port; do
  out="$(curl -s --max-time 60 -w '\n%{http_code}' -X PUT -H 'Content-Type: application/json' \
         -d "{\"now\":\"$target\"}" "http://127.0.0.1:$port/q/clock" || printf '\n000')"
  code="${out##*$'\n'}"; body="${out%$'\n'*}"
  case "$code" in
    200) printf '%-14s moved: %s\n' "$svc" "$body" ;;
    404) printf '%-14s simulated time is off (start the stack with up.sh --simulated-time)\n' "$svc"; status=1 ;;
    000) printf '%-14s unreachable on :%s\n' "$svc" "$port"; status=1 ;;
    *)   printf '%-14s refused (%s): %s\n' "$svc" "$code" "$body"; status=1 ;;
  esac
done < <(targets)
exit $status
