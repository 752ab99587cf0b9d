#!/usr/bin/env bash
# Publishes the committed pacts (contracts/pacts/*.json) to a Pact Broker.
#
#   PACT_BROKER_BASE_URL=http://127.0.0.1:9292 PACT_BROKER_USERNAME=pact PACT_BROKER_PASSWORD=pact \
#     contracts/scripts/publish.sh [consumer-version] [branch] [tag ...]
#
# consumer-version defaults to PACT_CONSUMER_VERSION, then to the git commit;
# branch defaults to PACT_CONSUMER_BRANCH, then to the current git branch.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
# shellcheck source=contracts/scripts/broker-lib.sh
source "${here}/broker-lib.sh"

version="${1:-${PACT_CONSUMER_VERSION:-$(git rev-parse --short HEAD)}}"
branch="${2:-${PACT_CONSUMER_BRANCH:-$(git rev-parse --abbrev-ref HEAD 2>/dev/null || true)}}"
tags=("${@:3}")
pacts_dir="${PACTS_DIR:-${here}/../pacts}"

shopt -s nullglob
files=("${pacts_dir}"/*.json)
if [[ ${#files[@]} -eq 0 ]]; then
  echo >&2 "publish: no pact files in ${pacts_dir}"
  exit 2
fi

for file in "${files[@]}"; do
  read -r consumer provider < <(node -e '
    const pact = JSON.parse(require("node:fs").readFileSync(process.argv[1], "utf8"));
    console.log(pact.consumer.name, pact.provider.name);' "$file")
  c="$(urlencode "$consumer")"
  broker_request PUT "/pacts/provider/$(urlencode "$provider")/consumer/${c}/version/$(urlencode "$version")" "$file" >/dev/null
  echo "published ${consumer} -> ${provider} as version ${version}"
  empty="$(mktemp)"
  echo '{}' >"$empty"
  if [[ -n "$branch" && "$branch" != "HEAD" ]]; then
    broker_request PUT "/pacticipants/${c}/branches/$(urlencode "$branch")/versions/$(urlencode "$version")" "$empty" >/dev/null
    echo "  on branch ${branch}"
  fi
  for tag in "${tags[@]}"; do
    broker_request PUT "/pacticipants/${c}/versions/$(urlencode "$version")/tags/$(urlencode "$tag")" "$empty" >/dev/null
    echo "  tagged ${tag}"
  done
  rm -f "$empty"
done
