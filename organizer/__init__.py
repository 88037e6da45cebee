"""Second Opinion Organizer: gather medical records and export a second-opinion packet."""

# Kept equal to pyproject.toml's version by a test (tests/test_cli_basics.py). Written here
# rather than read with importlib.metadata, which costs 30-60 ms on every command's start.
__version__ = "0.1.0"

APP_NAME = "Second Opinion Organizer"
APP_ID = "io.github.secondopinionorganizer.SecondOpinion"
