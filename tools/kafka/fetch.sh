#!/usr/bin/env bash
# Fetch the Apache Kafka broker jars from Maven Central into a git-ignored cache.
# Idempotent and fast when cached: prints the jar folder and exits 0.
# Usage: bash tools/kafka/fetch.sh            (cache: <repo>/.cache/kafka/libs)
#        KAFKA_CACHE_DIR=/path bash tools/kafka/fetch.sh
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
cache="${KAFKA_CACHE_DIR:-$root/.cache/kafka}"
libs="$cache/libs"
stamp="$cache/.complete-$(sha256sum "$here/pom.xml" | cut -c1-16)"

if [[ -f "$stamp" ]] && compgen -G "$libs/kafka_2.13-*.jar" >/dev/null; then
  echo "$libs"
  exit 0
fi

command -v java >/dev/null || { echo "fetch.sh: java (17+) not found on PATH" >&2; exit 1; }
command -v mvn >/dev/null || { echo "fetch.sh: mvn not found on PATH" >&2; exit 1; }

mkdir -p "$cache"
tmp="$(mktemp -d "$cache/libs.tmp.XXXXXX")"
trap 'rm -rf "$tmp"' EXIT
echo "fetch.sh: resolving Kafka broker jars from Maven Central into $libs" >&2
mvn -q -B -f "$here/pom.xml" dependency:copy-dependencies \
  -DincludeScope=runtime -DoutputDirectory="$tmp" >&2
compgen -G "$tmp/kafka_2.13-*.jar" >/dev/null || { echo "fetch.sh: kafka_2.13 jar missing after mvn" >&2; exit 1; }
rm -rf "$libs" "$cache"/.complete-*
mv "$tmp" "$libs"
trap - EXIT
touch "$stamp"
echo "$libs"
