#!/usr/bin/env bash
# Asks the Pact Broker whether a version may be deployed: exit 0 yes, 1 no, 2 error.
#
#   PACT_BROKER_BASE_URL=http://127.0.0.1:9292 PACT_BROKER_USERNAME=pact PACT_BROKER_PASSWORD=pact \
#     contracts/scripts/can-i-deploy.sh <pacticipant> <version> <tag>
#   contracts/scripts/can-i-deploy.sh <pacticipant> <version> --environment <environment>
#
# pacticipant: paygate-client (the consumer) or paygate (the provider).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
# shellcheck source=contracts/scripts/broker-lib.sh
source "${here}/broker-lib.sh"

if [[ $# -lt 3 ]]; then
  sed -n '2,8p' "$0" >&2
  exit 2
fi
pacticipant="$1" version="$2"
query="pacticipant=$(urlencode "$pacticipant")&version=$(urlencode "$version")"
if [[ "$3" == "--environment" ]]; then
  query+="&environment=$(urlencode "${4:?--environment needs a name}")"
else
  query+="&to=$(urlencode "$3")"
fi

answer="$(broker_request GET "/can-i-deploy?${query}")" || exit 2
# summary.deployable is true, false, or null (unknown: nothing verified yet).
node -e '
  const matrix = JSON.parse(process.argv[1]);
  const summary = matrix.summary ?? {};
  for (const row of matrix.matrix ?? []) {
    const v = row.verificationResult;
    console.log(`${row.consumer?.name} ${row.consumer?.version?.number} -> ${row.provider?.name} ${row.provider?.version?.number ?? "?"}: ${v ? (v.success ? "verified" : "failed") : "not verified"}`);
  }
  console.log(`${summary.deployable === true ? "yes" : "no"}: ${summary.reason ?? "no reason given"}`);
  process.exit(summary.deployable === true ? 0 : 1);
' "$answer"
