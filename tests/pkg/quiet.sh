#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs a checker and fails when it fails or says anything at all: the
# checkers below print warnings yet end with status 0.
out="$("$@" 2>&1)"
status=$?
[ -n "$out" ] && printf '%s\n' "$out"
[ "$status" -eq 0 ] && [ -z "$out" ]
