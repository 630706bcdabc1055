#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs every Debian 12 package Weft needs to build, test and run.
# Idempotent and non-interactive; run as root (or through sudo).
set -eu

PACKAGES="
  build-essential cmake ninja-build pkg-config git file binutils
  qt6-base-dev qt6-base-dev-tools libqt6svg6-dev qt6-l10n-tools libgl-dev
  libsqlite3-dev sqlite3
  libicu-dev libboost-locale-dev nlohmann-json3-dev gettext
  libzip-dev libpugixml-dev libpoppler-cpp-dev libxml2-dev
  catch2
  xvfb xauth imagemagick fonts-noto-core fonts-dejavu-core
  qpdf libreoffice-writer-nogui poppler-utils
"

missing=""
for p in $PACKAGES; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing="$missing $p"
  fi
done

if [ -z "$missing" ]; then
  echo "install-deps: all packages already installed"
  exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -q
# shellcheck disable=SC2086
$SUDO apt-get install -y -q --no-install-recommends $missing
