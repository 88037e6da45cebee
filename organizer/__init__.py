"""Second Opinion Organizer: gather medical records and export a second-opinion packet."""

# The one place the version is written: pyproject.toml takes it from here (hatch's dynamic
# version), so reading it costs nothing at start-up (importlib.metadata took 30-60 ms).
__version__ = "0.1.0"

APP_NAME = "Second Opinion Organizer"
APP_ID = "io.github.secondopinionorganizer.SecondOpinion"
