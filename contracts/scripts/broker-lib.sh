# Shared by publish.sh and can-i-deploy.sh: talks to a Pact Broker over its
# HTTP API with curl, so no broker CLI (and no download) is needed.
# Reads PACT_BROKER_BASE_URL, and PACT_BROKER_USERNAME / PACT_BROKER_PASSWORD
# (basic auth) or PACT_BROKER_TOKEN (bearer) when the broker wants them.

: "${PACT_BROKER_BASE_URL:?set PACT_BROKER_BASE_URL, e.g. http://127.0.0.1:9292}"
BROKER="${PACT_BROKER_BASE_URL%/}"

broker_auth=()
if [[ -n "${PACT_BROKER_TOKEN:-}" ]]; then
  broker_auth=(-H "Authorization: Bearer ${PACT_BROKER_TOKEN}")
elif [[ -n "${PACT_BROKER_USERNAME:-}" ]]; then
  broker_auth=(-u "${PACT_BROKER_USERNAME}:${PACT_BROKER_PASSWORD:-}")
fi

# Percent-encodes one path or query segment (branch names hold slashes).
urlencode() {
  node -e 'process.stdout.write(encodeURIComponent(process.argv[1]))' "$1"
}

# broker_request METHOD PATH [BODY_FILE]: prints the body; fails on HTTP >= 400.
broker_request() {
  local method="$1" path="$2" body_file="${3:-}" out status
  out="$(mktemp)"
  local args=(-sS -o "$out" -w '%{http_code}' -X "$method" -H 'Accept: application/hal+json, application/json')
  if [[ -n "$body_file" ]]; then
    args+=(-H 'Content-Type: application/json' --data-binary "@${body_file}")
  fi
  status="$(curl "${args[@]}" "${broker_auth[@]}" "${BROKER}${path}")" || { rm -f "$out"; return 2; }
  cat "$out"
  rm -f "$out"
  if [[ "$status" -ge 400 ]]; then
    echo >&2 "broker: ${method} ${path} answered HTTP ${status}"
    return 1
  fi
}
