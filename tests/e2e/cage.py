# SPDX-License-Identifier: GPL-3.0-or-later
"""The kiosk session as a tablet runs it: the app alone under cage.

Starts cage (Debian's Wayland kiosk compositor) with its headless back-end
and the real program inside it, natively on Wayland, as
data/pasapas-kiosk@.service does, in private folders holding a locked
kiosk's settings (a PIN record and Locked=true). Then:

1. with --start, a practice session opens: the app says its first frame is
   drawn in self-service mode, the practice page is drawn (grim's screenshots
   of the web view's part of the screen are not one flat colour),
   and the session's private folder exists; the app is then killed (a
   crash), cage ends with it, and the folder is left behind;
2. cage starts again as systemd's Restart=always would, with no mode on the
   command line: the app comes back locked (self-service), removes the dead
   session's folder, and draws its home screen (grim, not blank).

Screenshots: cage-session.png, cage-home.png in the folder given.
Usage: cage.py PASAPAS SCREENSHOT_DIR   (cage and grim on PATH)
"""

import base64
import hashlib
import os
import signal
import subprocess
import sys
import tempfile
import time

from harness import fail, private_env

TIMEOUT = 90.0


def wait_for(what, check, timeout=TIMEOUT):
    """Polls check() until it returns something true: across processes
    there is no signal to wait on."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        result = check()
        if result:
            return result
        time.sleep(0.2)
    fail("timed out waiting for " + what)


def pin_record(pin):
    """A record as src/core/pinlock.cpp's hashPin() makes it (few iterations:
    nobody types this PIN, the test only needs one to exist)."""
    salt = os.urandom(16)
    key = hashlib.pbkdf2_hmac("sha256", pin.encode(), salt, 1000, 32)
    return "pbkdf2-sha256$1000$%s$%s" % (base64.b64encode(salt).decode(), base64.b64encode(key).decode())


def children(pid):
    found = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open("/proc/%s/stat" % entry) as stat:
                    fields = stat.read().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == pid:
                found.append(int(entry))
    return found


def read_ppm(path):
    """grim -t ppm: a binary P6 image; returns (width, height, bytes)."""
    with open(path, "rb") as f:
        data = f.read()
    parts = data.split(maxsplit=4)
    if parts[0] != b"P6":
        fail("grim did not write a PPM image")
    return int(parts[1]), int(parts[2]), parts[4]


class Kiosk:
    def __init__(self, program, env, log_path):
        self.env = env
        self.log_path = log_path
        self.log = open(log_path, "ab")
        self.cage = None
        self.program = program

    def start(self, arguments):
        self.log.write(b"--- cage -- pasapas " + " ".join(arguments).encode() + b"\n")
        self.log.flush()
        self.cage = subprocess.Popen(["cage", "-d", "--", self.program] + arguments,
                                     env=self.env, stdout=self.log, stderr=subprocess.STDOUT)
        socket = wait_for("cage's Wayland socket", self.socket)
        self.env_grim = dict(self.env, WAYLAND_DISPLAY=socket)
        return wait_for("the app inside cage", self.app_pid)

    def socket(self):
        if self.cage.poll() is not None:
            fail("cage ended at start (status %d); see %s" % (self.cage.returncode, self.log_path))
        for name in os.listdir(self.env["XDG_RUNTIME_DIR"]):
            if name.startswith("wayland-") and not name.endswith(".lock"):
                return name
        return None

    def app_pid(self):
        pids = [p for p in children(self.cage.pid) if open("/proc/%d/comm" % p).read().strip() == "pasapas"]
        return pids[0] if pids else None

    def said(self, text):
        with open(self.log_path, "rb") as f:
            return text.encode() in f.read().split(b"--- cage")[-1]

    def colours(self, ppm, left=1.0):
        """The colours in a sample of the screen's left part (fraction of
        its width), below the header."""
        subprocess.run(["grim", "-t", "ppm", ppm], env=self.env_grim, check=True)
        width, height, pixels = read_ppm(ppm)
        os.remove(ppm)
        found = set()
        for y in range(height // 10, height, 7):
            row = y * width * 3
            for x in range(0, int(width * left), 11):
                found.add(pixels[row + 3 * x:row + 3 * x + 3])
        return width, found

    def screenshot(self, png, what, left=1.0, enough=20):
        """Waits until the screen (or its left part: the web page of a
        session) shows enough colours to be drawn (text, pictures: a blank
        page, or the page's empty background under the "Ici" bubble, has a
        handful), and saves a PNG to look at."""
        ppm = png[:-4] + ".ppm"

        def drawn():
            width, found = self.colours(ppm, left)
            return (width, found) if len(found) >= enough else None

        width, found = wait_for("the %s to be drawn under cage" % what, drawn)
        subprocess.run(["grim", png], env=self.env_grim, check=True)
        print("%s: %d px wide, %d colours in a sample" % (what, width, len(found)), flush=True)

    def stop(self):
        if self.cage and self.cage.poll() is None:
            self.cage.terminate()
            self.cage.wait(timeout=30)


def main():
    program, shots = sys.argv[1], sys.argv[2]
    os.makedirs(shots, exist_ok=True)
    with tempfile.TemporaryDirectory() as root:
        env = private_env(root)
        for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
            env.pop(name, None)
        # What the kiosk unit sets, and cage's headless back-end.
        env.update(QT_QPA_PLATFORM="wayland", XDG_SESSION_TYPE="wayland",
                   WLR_BACKENDS="headless", WLR_RENDERER="pixman", WLR_LIBINPUT_NO_DEVICES="1",
                   QT_LOGGING_RULES="pasapas.*.info=true", QT_FORCE_STDERR_LOGGING="1")
        with open(os.path.join(env["XDG_CONFIG_HOME"], "pasapasrc"), "w") as rc:
            rc.write("[Kiosk]\nLocked=true\n\n[Pin]\nRecord=%s\n" % pin_record("2468"))
        sessions = os.path.join(env["XDG_RUNTIME_DIR"], "pasapas-sessions")

        def session_folders():
            if not os.path.isdir(sessions):
                return []
            return [n for n in os.listdir(sessions) if n.startswith("session-") and not n.endswith(".lock")]

        kiosk = Kiosk(program, env, os.path.join(root, "cage.log"))
        try:
            # 1. A session, then a crash.
            app = kiosk.start(["--lang", "fr", "--start", "practice-toucher"])
            wait_for("the first frame, in the kiosk", lambda: kiosk.said("first frame drawn, in self-service mode"))
            folders = wait_for("the session's private folder", session_folders)
            # The web page, left of the step card, is drawn by Qt WebEngine on Wayland.
            kiosk.screenshot(os.path.join(shots, "cage-session.png"), "practice page", left=0.6, enough=40)
            os.kill(app, signal.SIGKILL)
            wait_for("cage to end with the app", lambda: kiosk.cage.poll() is not None)
            if not session_folders():
                fail("the killed session left no folder: nothing to check at the restart")

            # 2. The restart: locked again, the dead session wiped, the home screen drawn.
            kiosk.start(["--lang", "fr", "--keyboard"])  # as the unit starts it
            wait_for("the first frame after the restart", lambda: kiosk.said("first frame drawn, in "))
            if not kiosk.said("first frame drawn, in self-service mode"):
                fail("the app did not come back locked after the crash")
            wait_for("the dead session's folder to go", lambda: not session_folders())
            if not kiosk.said("removed 1 session folder(s) left by an earlier run"):
                fail("the app did not say it wiped %s" % folders)
            kiosk.screenshot(os.path.join(shots, "cage-home.png"), "home screen")
            print("PASS: drawn under cage, killed, back locked with %s wiped" % folders[0], flush=True)
        except BaseException:
            with open(kiosk.log_path, "rb") as f:
                print(f.read().decode(errors="replace")[-6000:], flush=True)
            raise
        finally:
            kiosk.stop()


if __name__ == "__main__":
    main()
