#!/usr/bin/env bash
# Refreshes data/bank-holidays/england-and-wales.json from the GOV.UK bank holidays feed.
#
# Needs internet access (the development machines that build this repository have none: run it
# where you can reach www.gov.uk), curl and jq. It keeps the feed's shape and only its
# England and Wales division. Years the feed does not list yet (later than its last event) keep the
# dates already in the file, which were computed by rule: the feed's announced dates replace the
# computed ones year by year as GOV.UK publishes them. Afterwards update the table of announced and
# computed years in data/bank-holidays/SOURCE.md, and run the Directory's tests.
#
# Usage: tools/update-bank-holidays.sh
set -euo pipefail
cd "$(dirname "$0")/.."

feed_url="https://www.gov.uk/bank-holidays.json"
target="data/bank-holidays/england-and-wales.json"

for tool in curl jq; do
  command -v "$tool" >/dev/null || { echo "$tool is needed: install it first." >&2; exit 1; }
done

download=$(mktemp)
merged=$(mktemp)
trap 'rm -f "$download" "$merged"' EXIT

curl --fail --silent --show-error --location --max-time 30 "$feed_url" -o "$download"

jq --slurpfile current "$target" '
  .["england-and-wales"] as $feed
  | if ($feed.events | length) == 0 then error("the feed has no England and Wales events") else . end
  | ($feed.events | map(.date[0:4]) | max) as $last_announced_year
  | ($current[0]["england-and-wales"].events | map(select(.date[0:4] > $last_announced_year))) as $computed
  | { "england-and-wales": ($feed | .events = ((.events + $computed) | sort_by(.date))) }
' "$download" > "$merged"

cp "$merged" "$target"
echo "Wrote $target: $(jq '.["england-and-wales"].events | length' "$target") events," \
  "$(jq -r '.["england-and-wales"].events | first.date + " to " + last.date' "$target")."
