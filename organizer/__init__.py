"""Second Opinion Organizer: gather medical records and export a second-opinion packet."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("second-opinion-organizer")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0+unknown"

APP_NAME = "Second Opinion Organizer"
APP_ID = "io.github.secondopinionorganizer.SecondOpinion"
