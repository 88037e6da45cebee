"""Dates written so nobody can misread them: "2 Apr 1961", never 02/04/61."""

from __future__ import annotations

from datetime import date, datetime

_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def format_date(value: date | datetime | None, missing: str = "") -> str:
    """Day, short English month name and four-digit year, independent of the locale."""
    if value is None:
        return missing
    return f"{value.day} {_MONTHS[value.month - 1]} {value.year}"


def format_datetime(value: datetime | None, missing: str = "") -> str:
    if value is None:
        return missing
    return f"{format_date(value)}, {value.hour:02d}:{value.minute:02d}"
