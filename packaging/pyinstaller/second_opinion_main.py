"""Entry point of the frozen app (PyInstaller runs this file; it is not part of the package)."""

import sys

from organizer.cli import main

if __name__ == "__main__":
    sys.exit(main())
