"""Finding a date of service in a file name or a document's text."""

from __future__ import annotations

import re
from datetime import date

_MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ],
        start=1,
    )
    for name in names
}
_MONTH = r"(?P<mon>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"  # noqa: E501
_DATE_PATTERNS = [
    # 2024-03-15, 2024_03_15, 2024.03.15, 20240315
    re.compile(
        r"(?<!\d)(?P<y>(?:19|20)\d\d)[-_.]?(?P<m>0[1-9]|1[0-2])[-_.]?(?P<d>0[1-9]|[12]\d|3[01])(?!\d)"
    ),
    # 03/15/2024, 15.03.2024, 3-15-2024 (day-first only when the first number is over 12)
    re.compile(r"(?<!\d)(?P<a>\d{1,2})[-/.](?P<b>\d{1,2})[-/.](?P<y>(?:19|20)\d\d)(?!\d)"),
    # March 15, 2024 / Mar 15 2024
    re.compile(_MONTH + r"\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<y>(?:19|20)\d\d)(?!\d)", re.I),
    # 15 March 2024 / 15-Mar-2024
    re.compile(
        r"(?<!\d)(?P<d>\d{1,2})(?:st|nd|rd|th)?[\s-]+"
        + _MONTH
        + r"[\s-]+(?P<y>(?:19|20)\d\d)(?!\d)",
        re.I,
    ),
]
_SERVICE_LABEL = re.compile(
    r"date of service|service date|\bdos\b|collect(?:ed|ion date)|procedure date|date of procedure"
    r"|date of (?:surgery|operation)|surgery date|admi(?:tted|ssion date)|discharge(?:d| date)"
    r"|visit date|date of visit|encounter date|exam date|date of exam|report date|reported"
    r"|specimen received|date received",
    re.I,
)
_BIRTH_LABEL = re.compile(r"\bdob\b|date of birth|birth ?date|\bborn\b|\bd\.o\.b\.", re.I)
# How far after a label its date may be ("Date of service:   03/15/2024").
_LABEL_REACH = 40


def first_date(text: str, today: date) -> tuple[date, int, int] | None:
    """The earliest plausible date in ``text`` as (date, start, end), or None."""
    found: list[tuple[int, int, date]] = []
    for pattern in _DATE_PATTERNS:
        for match in pattern.finditer(text):
            value = _to_date(match.groupdict(), today)
            if value is not None:
                found.append((match.start(), match.end(), value))
    if not found:
        return None
    start, end, value = min(found, key=lambda item: item[0])
    return value, start, end


def date_in_name(name: str, today: date) -> date | None:
    found = first_date(name, today)
    return found[0] if found else None


def labelled_service_date(text: str, today: date) -> date | None:
    """A date right after a label such as "Date of service:" or "Collected:"."""
    for label in _SERVICE_LABEL.finditer(text):
        window = text[label.end() : label.end() + _LABEL_REACH]
        found = first_date(window, today)
        if found and not _BIRTH_LABEL.search(window[: found[1]]):
            return found[0]
    return None


def unlabelled_date(text: str, today: date) -> date | None:
    """The first date in the text that is not a date of birth."""
    offset = 0
    while offset < len(text):
        found = first_date(text[offset:], today)
        if found is None:
            return None
        value, start, end = found
        before = text[max(0, offset + start - 25) : offset + start]
        if not _BIRTH_LABEL.search(before):
            return value
        offset += end
    return None


def _to_date(groups: dict[str, str | None], today: date) -> date | None:
    try:
        year = int(groups["y"] or 0)
        if groups.get("mon"):
            month = _MONTHS[(groups["mon"] or "").lower()[:3]]
            day = int(groups["d"] or 0)
        elif groups.get("a"):
            first, second = int(groups["a"] or 0), int(groups["b"] or 0)
            # US order (month first) unless that cannot be a month.
            month, day = (second, first) if first > 12 else (first, second)
        else:
            month, day = int(groups["m"] or 0), int(groups["d"] or 0)
        value = date(year, month, day)
    except (KeyError, ValueError):
        return None
    return value if date(1900, 1, 1) <= value <= today else None
