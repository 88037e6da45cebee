"""The real app starts under X (Xvfb, xcb platform) and a screenshot of the screen is taken."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

from PySide6.QtGui import QImage

from tests.conftest import require_tool

# Runs in a child process: the app's own QApplication on xcb, a real screen grab, then quit.
DRIVER = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from organizer.gui.app import run_app

app = QApplication(["second-opinion"])
out = sys.argv[1]

seen = []

def shoot():
    # --demo shows a small "Preparing..." window first; wait for the main window.
    shown = [
        w for w in QApplication.topLevelWidgets()
        if w.isVisible() and type(w).__name__ == "MainWindow"
    ]
    exposed = [w for w in shown if w.windowHandle() is not None and w.windowHandle().isExposed()]
    if not exposed or len(seen) < 3:  # let the exposed window paint a few frames first
        seen.extend(exposed[:1])
        QTimer.singleShot(200, shoot)
        return
    app.primaryScreen().grabWindow(0).save(out)
    print("shown:", type(shown[0]).__name__, app.platformName())
    for widget in shown:
        widget.close()
    app.quit()

QTimer.singleShot(200, shoot)
sys.exit(run_app(demo=True))
"""


def _free_display() -> int:
    for number in range(90, 140):
        if (
            not Path(f"/tmp/.X{number}-lock").exists()
            and not Path(f"/tmp/.X11-unix/X{number}").exists()
        ):
            return number
    raise RuntimeError("no free X display number")


def test_real_app_starts_under_xvfb(tmp_path: Path) -> None:
    xvfb = require_tool("Xvfb")
    number = _free_display()
    server = subprocess.Popen(
        [xvfb, f":{number}", "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 10
        while not Path(f"/tmp/.X11-unix/X{number}").exists():
            assert time.monotonic() < deadline, "Xvfb did not start"
            assert server.poll() is None, "Xvfb stopped at once"
            time.sleep(0.05)
        env = dict(os.environ, DISPLAY=f":{number}", QT_QPA_PLATFORM="xcb")
        shot = tmp_path / "xvfb.png"
        result = subprocess.run(
            [sys.executable, "-c", DRIVER, str(shot)],
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert result.returncode == 0, result.stderr[-2000:]
        assert "shown: MainWindow xcb" in result.stdout
        image = QImage(str(shot))
        assert image.width() == 1280 and image.height() == 800
        # Not a blank screen: the window drew something with more than one colour.
        colours = {image.pixel(x, y) for x in range(0, 1280, 40) for y in range(0, 800, 40)}
        assert len(colours) > 3
    finally:
        server.terminate()
        server.wait(10)
