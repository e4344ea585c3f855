#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# systemd-analyze verify on the kiosk unit, as the instance an association
# would enable (pasapas-kiosk@kiosque.service).
set -e
dir="$(mktemp -d)"
trap 'rm -rf "$dir"' EXIT
cp "$1" "$dir/pasapas-kiosk@.service"
ln -s pasapas-kiosk@.service "$dir/pasapas-kiosk@kiosque.service"
cd "$dir"
exec "$(dirname "$0")/quiet.sh" systemd-analyze verify --man=no ./pasapas-kiosk@kiosque.service
