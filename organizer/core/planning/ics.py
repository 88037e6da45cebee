"""An appointment as an iCalendar file (RFC 5545) that calendar apps can import.

Written by hand because it is small: CRLF line ends, lines folded at 75 octets without
splitting a UTF-8 character, TEXT values escaped, a stable UID (importing again updates the
event instead of adding a copy), times in UTC or with a TZID and its VTIMEZONE, and an
alarm the day before. Calendars are often synced to online services, so the event says
only who and where, never anything about the diagnosis.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, tzinfo
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

from organizer.core.errors import UserError
from organizer.core.model import OpinionProvider
from organizer.core.planning.providers import display_name

PRODID = "-//Second Opinion Organizer//Appointment 1.0//EN"
_FOLD_AT = 75  # octets per line, CRLF not counted (RFC 5545 section 3.1)


@dataclass(frozen=True)
class CalendarEvent:
    uid: str
    summary: str
    start: datetime  # aware, or naive meaning this computer's local time
    duration: timedelta
    dtstamp: datetime
    location: str = ""
    url: str = ""
    description: str = ""
    alarm_text: str = ""  # an alarm one day before when set


def escape_text(value: str) -> str:
    """Escape a TEXT value: backslash, semicolon, comma, and line breaks as \\n."""
    value = value.replace("\r\n", "\n").replace("\r", "\n")
    return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def fold_line(line: str) -> bytes:
    """One content line as UTF-8, folded so no physical line exceeds 75 octets."""
    lines: list[bytes] = []
    current = b""
    for char in line:
        encoded = char.encode("utf-8")
        if len(current) + len(encoded) > _FOLD_AT:
            lines.append(current)
            current = b" "  # a continuation line starts with one space, which is dropped on reading
        current += encoded
    lines.append(current)
    return b"\r\n".join(lines) + b"\r\n"


def _utc_stamp(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def _local_stamp(moment: datetime) -> str:
    return moment.strftime("%Y%m%dT%H%M%S")


def _offset(delta: timedelta | None) -> str:
    seconds = int((delta or timedelta(0)).total_seconds())
    sign = "-" if seconds < 0 else "+"
    hours, rest = divmod(abs(seconds), 3600)
    minutes, secs = divmod(rest, 60)
    return f"{sign}{hours:02d}{minutes:02d}" + (f"{secs:02d}" if secs else "")


def _param_value(value: str) -> str:
    return f'"{value}"' if any(c in value for c in ":;,") else value


def _transitions(zone: tzinfo, around: datetime) -> list[datetime]:
    """UTC instants where the zone's offset changes within about a year of ``around``."""
    found = []
    day = timedelta(days=1)
    moment = around.astimezone(UTC) - timedelta(days=400)
    end = around.astimezone(UTC) + timedelta(days=400)
    while moment < end:
        nxt = moment + day
        if moment.astimezone(zone).utcoffset() != nxt.astimezone(zone).utcoffset():
            low, high = moment, nxt
            while high - low > timedelta(minutes=1):
                mid = low + (high - low) / 2
                if mid.astimezone(zone).utcoffset() == low.astimezone(zone).utcoffset():
                    low = mid
                else:
                    high = mid
            found.append(high.replace(second=0, microsecond=0))
        moment = nxt
    return found


def vtimezone_lines(zone: ZoneInfo, around: datetime) -> list[str]:
    """A VTIMEZONE for ``zone`` covering the time around the event (one onset per change)."""
    lines = ["BEGIN:VTIMEZONE", f"TZID:{zone.key}"]
    changes = _transitions(zone, around)
    if not changes:
        local = around.astimezone(zone)
        off = _offset(local.utcoffset())
        lines += [
            "BEGIN:STANDARD",
            "DTSTART:19700101T000000",
            f"TZOFFSETFROM:{off}",
            f"TZOFFSETTO:{off}",
            f"TZNAME:{local.tzname() or zone.key}",
            "END:STANDARD",
        ]
    for change in changes:
        before = (change - timedelta(minutes=1)).astimezone(zone)
        after = change.astimezone(zone)
        kind = "DAYLIGHT" if after.dst() else "STANDARD"
        onset = (change + (before.utcoffset() or timedelta(0))).replace(tzinfo=None)
        lines += [
            f"BEGIN:{kind}",
            f"DTSTART:{_local_stamp(onset)}",
            f"TZOFFSETFROM:{_offset(before.utcoffset())}",
            f"TZOFFSETTO:{_offset(after.utcoffset())}",
            f"TZNAME:{after.tzname() or zone.key}",
            f"END:{kind}",
        ]
    lines.append("END:VTIMEZONE")
    return lines


def _check_url(url: str) -> str:
    parts = urlsplit(url.strip())
    if parts.scheme not in ("http", "https") or not parts.netloc or any(c in url for c in "\r\n "):
        raise UserError(f"The video link '{url}' is not a web address (https://...).")
    return url.strip()


def calendar_bytes(event: CalendarEvent) -> bytes:
    """The whole .ics file for one event."""
    start = event.start if event.start.tzinfo is not None else event.start.astimezone()
    end = start + event.duration
    zone = start.tzinfo if isinstance(start.tzinfo, ZoneInfo) else None
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:{PRODID}",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
    ]
    if zone is not None:
        lines += vtimezone_lines(zone, start)
        tzid = _param_value(zone.key)
        when = [
            f"DTSTART;TZID={tzid}:{_local_stamp(start)}",
            f"DTEND;TZID={tzid}:{_local_stamp(end)}",
        ]
    else:
        when = [f"DTSTART:{_utc_stamp(start)}", f"DTEND:{_utc_stamp(end)}"]
    lines += [
        "BEGIN:VEVENT",
        f"UID:{event.uid}",
        f"DTSTAMP:{_utc_stamp(event.dtstamp)}",
        *when,
        f"SUMMARY:{escape_text(event.summary)}",
    ]
    if event.location:
        lines.append(f"LOCATION:{escape_text(event.location)}")
    if event.url:
        lines.append(f"URL:{_check_url(event.url)}")
    if event.description:
        lines.append(f"DESCRIPTION:{escape_text(event.description)}")
    if event.alarm_text:
        lines += [
            "BEGIN:VALARM",
            "ACTION:DISPLAY",
            f"DESCRIPTION:{escape_text(event.alarm_text)}",
            "TRIGGER:-P1D",
            "END:VALARM",
        ]
    lines += ["END:VEVENT", "END:VCALENDAR"]
    return b"".join(fold_line(line) for line in lines)


def appointment_event(op: OpinionProvider, now: datetime) -> CalendarEvent:
    """The calendar event for a provider's appointment (which must have a start time)."""
    appt = op.appointment
    if appt is None or appt.starts_at is None:
        raise UserError(f"No appointment date is set for {display_name(op)}.")
    who = display_name(op)
    place = appt.place.strip()
    video = appt.video_link.strip()
    description = [
        f"Second opinion appointment with {who}.",
        "Bring: the packet of records, photo ID, insurance card, medication list and "
        "your questions.",
    ]
    if video:
        description.append(f"Video link: {video}")
    if appt.notes.strip():
        description.append(appt.notes.strip())
    return CalendarEvent(
        uid=f"{op.id}@second-opinion-organizer",
        summary=f"Second opinion: {who}",
        start=appt.starts_at,
        duration=timedelta(minutes=max(appt.duration_minutes, 1)),
        dtstamp=now,
        location=place or video,
        url=video,
        description="\n".join(description),
        alarm_text=f"Tomorrow: second opinion appointment with {who}.",
    )
