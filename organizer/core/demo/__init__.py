"""The fictional demo case (documents made by code, case details, a first and second opinion)."""
