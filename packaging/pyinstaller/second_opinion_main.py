"""Entry point of the frozen app (PyInstaller runs this file; it is not part of the package)."""

import multiprocessing
import os
import sys


def give_children_the_system_environment() -> None:
    """Programs the app starts (xdg-open, xdg-email, udisksctl, a PDF viewer) must use the
    system's libraries and Qt plugins, not the bundle's: PyInstaller's loader points
    LD_LIBRARY_PATH and QT_PLUGIN_PATH into the bundle, and a system program that picks up an
    older bundled libglib or our Qt plugins fails to start. This process no longer needs
    them: the loader read LD_LIBRARY_PATH at start-up, and PySide6 finds its plugins itself.
    """
    if not (getattr(sys, "frozen", False) and sys.platform.startswith("linux")):
        return
    original = os.environ.pop("LD_LIBRARY_PATH_ORIG", None)
    if original is not None:
        os.environ["LD_LIBRARY_PATH"] = original
    else:
        os.environ.pop("LD_LIBRARY_PATH", None)
    os.environ.pop("QT_PLUGIN_PATH", None)
    os.environ.pop("QML2_IMPORT_PATH", None)


if __name__ == "__main__":
    # A frozen program is its own Python: worker processes (spawn, forkserver) and the
    # resource tracker start it again with special arguments, which this call handles.
    multiprocessing.freeze_support()
    give_children_the_system_environment()

    from organizer.cli import run

    run()
