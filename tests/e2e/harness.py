# SPDX-License-Identifier: GPL-3.0-or-later
"""What the Python e2e scripts (screenreader.py, cage.py) share: failing
with a message, and the real program's private folders."""

import os
import sys


def fail(message):
    print("FAIL: " + message, flush=True)
    sys.exit(1)


def private_env(root):
    """The environment, with every XDG folder private under root, French,
    and Qt WebEngine's sandbox off only when running as root."""
    env = dict(os.environ)
    for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME", "XDG_RUNTIME_DIR"):
        path = os.path.join(root, name.lower())
        os.makedirs(path, mode=0o700)
        env[name] = path
    env["LANGUAGE"] = "fr"
    if os.geteuid() == 0:
        # Qt WebEngine refuses its sandbox as root (CI machines only).
        env["QTWEBENGINE_DISABLE_SANDBOX"] = "1"
    return env
