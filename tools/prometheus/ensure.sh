#!/usr/bin/env bash
# Make the `prometheus` and `promtool` binaries available for the integration tests.
# Idempotent: when both are on PATH it only prints their paths (one per line) and exits 0.
# Otherwise, as root, installs the Debian package `prometheus` non-interactively. Works on
# a fresh Debian CI machine with no stdin and no systemd: the package's postinst tries to
# start the service; a failure there is tolerated, and the binaries are checked afterwards.
# Usage: bash tools/prometheus/ensure.sh
set -euo pipefail

found() { command -v prometheus >/dev/null 2>&1 && command -v promtool >/dev/null 2>&1; }

if ! found; then
  if [[ "$(id -u)" != "0" ]]; then
    echo "ensure.sh: prometheus/promtool not on PATH; run this script as root" \
      "(or: sudo apt-get install prometheus)" >&2
    exit 1
  fi
  command -v apt-get >/dev/null 2>&1 || {
    echo "ensure.sh: prometheus not found and apt-get unavailable; install Prometheus 2.x by hand" >&2
    exit 1
  }
  echo "ensure.sh: installing the Debian package prometheus" >&2
  export DEBIAN_FRONTEND=noninteractive
  # policy-rc.d exit 101 tells invoke-rc.d not to start services (no systemd/init in CI
  # containers). Only created if absent, and only removed if we created it.
  policy=/usr/sbin/policy-rc.d
  created_policy=0
  if [[ ! -e "$policy" ]]; then
    printf '#!/bin/sh\nexit 101\n' >"$policy" && chmod +x "$policy" && created_policy=1
  fi
  cleanup() { if [[ "$created_policy" == "1" ]]; then rm -f "$policy"; fi; }
  trap cleanup EXIT
  apt-get update -qq </dev/null >&2
  # A postinst that fails only because the service cannot start leaves the package
  # half-configured; tolerate that and judge by the binaries below.
  if ! apt-get install -y -qq --no-install-recommends \
      -o Dpkg::Options::=--force-confdef -o Dpkg::Options::=--force-confold \
      prometheus </dev/null >&2; then
    echo "ensure.sh: apt-get install reported an error (often the service start); checking binaries" >&2
    dpkg --configure -a </dev/null >&2 || true
  fi
fi

if ! found; then
  echo "ensure.sh: prometheus/promtool still not on PATH after installing" >&2
  exit 1
fi
command -v prometheus
command -v promtool
