#!/usr/bin/env bash
# DEVELOPMENT ONLY: prints a JWT (RS256) signed with the committed dev private key
# (deploy/local/dev-keys/dev-private-key.pem), accepted only by services started with the dev public
# key (deploy/local/up.sh). Needs openssl, nothing else.
#
# usage: deploy/local/token.sh ROLE [claim=value ...]
#   ROLE: admissions-officer | trainer | placement-officer | certification-officer | manager |
#         employer | prescriber
#   claim=value: extra string claim, e.g. employer_id=3f0c...  prescriber_id=...
#                sub=... / upn=... override the subject (default dev-<ROLE>; sub also sets upn)
#                iss=... overrides the issuer (default cfa-backoffice-dev)
# env: TOKEN_TTL_SECONDS (default 3600 = 1 h, the most the services accept), TOKEN_AUDIENCE (default cfa-backoffice), DEV_PRIVATE_KEY (default the committed dev key)
#
#   curl -H "Authorization: Bearer $(deploy/local/token.sh trainer)" http://127.0.0.1:8082/api/v1/...
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
KEY="${DEV_PRIVATE_KEY:-$HERE/dev-keys/dev-private-key.pem}"
TTL="${TOKEN_TTL_SECONDS:-3600}"
AUD="${TOKEN_AUDIENCE:-cfa-backoffice}"
ROLES=(admissions-officer trainer placement-officer certification-officer manager employer prescriber)

usage() {
  {
    echo "usage: $(basename "$0") ROLE [claim=value ...]"
    echo "  ROLE one of: ${ROLES[*]}"
    echo "  e.g. $(basename "$0") employer employer_id=3f0c7a52-0000-0000-0000-000000000001"
    echo "       curl -H \"Authorization: Bearer \$($0 trainer)\" http://127.0.0.1:8082/q/openapi"
  } >&2
  exit 2
}

[[ $# -ge 1 ]] || usage
ROLE="$1"; shift
valid=false
for r in "${ROLES[@]}"; do [[ "$ROLE" == "$r" ]] && valid=true; done
$valid || { echo "unknown role: '$ROLE'" >&2; usage; }
[[ "$TTL" =~ ^[0-9]+$ ]] || { echo "TOKEN_TTL_SECONDS must be a number of seconds" >&2; exit 2; }
[[ -r "$KEY" ]] || { echo "private key not readable: $KEY" >&2; exit 1; }
command -v openssl >/dev/null || { echo "openssl is required" >&2; exit 1; }

# JSON string literal (quotes, backslashes; control characters are refused)
json_str() {
  local s="$1"
  if [[ "$s" =~ [[:cntrl:]] ]]; then echo "control characters are not allowed in claim values" >&2; exit 2; fi
  s="${s//\\/\\\\}"
  s="${s//\"/\\\"}"
  printf '"%s"' "$s"
}

b64url() { openssl base64 -A | tr '+/' '-_' | tr -d '='; }

sub="dev-$ROLE"; upn=""; iss="cfa-backoffice-dev"
extra=""
declare -A seen=()
for kv in "$@"; do
  [[ "$kv" == *=* ]] || { echo "not a claim=value pair: '$kv'" >&2; usage; }
  name="${kv%%=*}"; value="${kv#*=}"
  [[ "$name" =~ ^[A-Za-z_][A-Za-z0-9_.-]*$ ]] || { echo "bad claim name: '$name'" >&2; exit 2; }
  [[ -z "${seen[$name]:-}" ]] || { echo "claim given twice: $name" >&2; exit 2; }
  seen[$name]=1
  case "$name" in
    sub) sub="$value" ;;
    upn) upn="$value" ;;
    iss) iss="$value" ;;
    aud) AUD="$value" ;;
    groups|iat|exp|nbf) echo "claim '$name' is set by $(basename "$0") itself (groups = [ROLE], exp = now + TOKEN_TTL_SECONDS)" >&2; exit 2 ;;
    *) extra+=",$(json_str "$name"):$(json_str "$value")" ;;
  esac
done
[[ -n "$upn" ]] || upn="$sub"

now="$(date +%s)"
exp=$((now + TTL))
header='{"alg":"RS256","typ":"JWT"}'
payload="{\"iss\":$(json_str "$iss"),\"sub\":$(json_str "$sub"),\"upn\":$(json_str "$upn"),\"aud\":$(json_str "$AUD"),\"groups\":[$(json_str "$ROLE")],\"iat\":$now,\"exp\":$exp$extra}"

signing_input="$(printf '%s' "$header" | b64url).$(printf '%s' "$payload" | b64url)"
signature="$(printf '%s' "$signing_input" | openssl dgst -sha256 -sign "$KEY" -binary | b64url)"
[[ -n "$signature" ]] || { echo "signing failed" >&2; exit 1; }

echo "WARNING: development token (dev key, role $ROLE, sub $sub), valid $((TTL / 60)) min; never use it outside local development" >&2
printf '%s.%s\n' "$signing_input" "$signature"
