#!/usr/bin/env bash
# Installs Debian's Chromium and CJK fonts for the browser tests when they are missing.
set -euo pipefail
# grep reads all of fc-list's output (no -q): an early exit would kill fc-list with SIGPIPE and, under pipefail,
# make the check fail at random, reinstalling every run.
if [ ! -x /usr/bin/chromium ] || ! fc-list 2>/dev/null | grep -i "Noto Sans CJK" >/dev/null; then
  echo "Installing chromium and fonts-noto-cjk for the browser tests..." >&2
  sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium fonts-noto-cjk >/dev/null
fi
