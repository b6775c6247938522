#!/usr/bin/env bash
# Makes sure the browser tests (tests/browser) have a Chromium: Debian's package at
# /usr/bin/chromium. Never downloads a browser build from elsewhere. Quiet when it is there;
# installs it with apt-get when run as root; otherwise says what to install and exits 1.
set -euo pipefail

CHROMIUM=/usr/bin/chromium

if [ -x "$CHROMIUM" ]; then
  exit 0
fi

if [ "$(id -u)" -eq 0 ]; then
  echo "ensure-chromium: $CHROMIUM is missing (needed by tests/browser); installing Debian's chromium with apt-get" >&2
  apt-get update -q
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium
  if [ ! -x "$CHROMIUM" ]; then
    echo "ensure-chromium: apt-get installed chromium but $CHROMIUM is still missing" >&2
    exit 1
  fi
  exit 0
fi

cat >&2 <<MSG
ensure-chromium: the browser tests (tests/browser) need Chromium at $CHROMIUM, and it is missing.
Install Debian's package as root, then run the tests again:
  sudo apt-get update && sudo apt-get install -y chromium
MSG
exit 1
