"""The fictional demo case (documents made by code, case details, a first and second opinion).

Used by ``second-opinion demo VAULT``, the app's ``--demo``, the docs and the tests.
"""

from organizer.core.demo.build import DemoFailed, create_demo_vault, write_demo_files

__all__ = ["DemoFailed", "create_demo_vault", "write_demo_files"]
