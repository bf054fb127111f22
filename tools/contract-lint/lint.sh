#!/usr/bin/env bash
# Lints the committed contract documents with pinned tools (package.json / package-lock.json):
#   Redocly CLI `recommended`: 0 errors and 0 warnings;  Spectral `spectral:oas`: 0 errors;
#   AsyncAPI CLI `validate`: valid.
# usage: tools/contract-lint/lint.sh [<service>/api ...]   (default: the four services)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
cd "$root"
if [[ ! -x "$here/node_modules/.bin/redocly" || "$here/package-lock.json" -nt "$here/node_modules/.package-lock.json" ]]; then
  npm ci --prefix "$here" --no-audit --no-fund --loglevel=error >/dev/null
fi
bin="$here/node_modules/.bin"
export ASYNCAPI_METRICS=false REDOCLY_TELEMETRY=off REDOCLY_SUPPRESS_UPDATE_NOTICE=true
dirs=("$@")
[[ ${#dirs[@]} -gt 0 ]] || dirs=(admissions-service/api curriculum-service/api placement-service/api certification-service/api)
failed=0
for dir in "${dirs[@]}"; do
  openapi="$dir/openapi.yaml" asyncapi="$dir/asyncapi.yaml"
  [[ -f "$openapi" && -f "$asyncapi" ]] || { echo "FAIL $dir: openapi.yaml and asyncapi.yaml must be committed"; failed=1; continue; }

  report="$(mktemp)"
  "$bin/redocly" lint --config "$here/redocly.yaml" --format=json "$openapi" > "$report" 2>/dev/null || true
  read -r errors warnings < <(node -e 'const r=JSON.parse(require("fs").readFileSync(process.argv[1],"utf8"));console.log(r.totals.errors, r.totals.warnings)' "$report")
  if [[ "$errors" == 0 && "$warnings" == 0 ]]; then echo "ok   redocly recommended  $openapi"; else
    echo "FAIL redocly recommended  $openapi: $errors errors, $warnings warnings"
    "$bin/redocly" lint --config "$here/redocly.yaml" --format=stylish "$openapi" 2>&1 | tail -40; failed=1; fi
  rm -f "$report"

  if "$bin/spectral" lint --quiet --ruleset "$here/.spectral.yaml" --fail-severity=error "$openapi" > /tmp/spectral.$$ 2>&1; then
    echo "ok   spectral spectral:oas $openapi"; else echo "FAIL spectral spectral:oas $openapi"; tail -40 /tmp/spectral.$$; failed=1; fi
  rm -f /tmp/spectral.$$

  if "$bin/asyncapi" validate "$asyncapi" --fail-severity=error > /tmp/asyncapi.$$ 2>&1; then
    echo "ok   asyncapi validate     $asyncapi"; else echo "FAIL asyncapi validate     $asyncapi"; tail -40 /tmp/asyncapi.$$; failed=1; fi
  rm -f /tmp/asyncapi.$$
done
exit "$failed"
