"""The unlock screen's warm-up really loads the heavy libraries (checked in a fresh process:
the test process has loaded them long ago)."""

from __future__ import annotations

import subprocess
import sys

_CHILD = """
import sys
from organizer.core.progress import CancelToken
from organizer.gui.warmup import MODULES, load_libraries
heavy = ("pikepdf", "pypdf", "PIL.Image", "reportlab.platypus", "img2pdf")
assert not any(name in sys.modules for name in heavy), "loaded before the warm-up"
loaded = load_libraries(lambda done, total, what: None, CancelToken())
print(loaded, len(MODULES), *[name for name in heavy if name not in sys.modules])
"""


def test_warm_up_loads_the_pdf_and_image_libraries() -> None:
    done = subprocess.run(
        [sys.executable, "-c", _CHILD], capture_output=True, text=True, check=True, timeout=120
    )
    loaded, total, *missing = done.stdout.split()
    assert loaded == total
    assert missing == []
