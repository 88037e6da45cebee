"""The .ics file is parsed back strictly: line structure, folding, escaping, times, alarm."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from organizer.core.errors import UserError
from organizer.core.model import Appointment, OpinionProvider, Provider
from organizer.core.planning.ics import CalendarEvent, appointment_event, calendar_bytes, fold_line

NOW = datetime(2026, 11, 29, 12, 0, tzinfo=UTC)

Prop = tuple[str, dict[str, str], str]


def physical_lines(data: bytes) -> list[bytes]:
    assert data.endswith(b"\r\n")
    lines = data[:-2].split(b"\r\n")
    for line in lines:
        assert b"\n" not in line and b"\r" not in line, line  # no bare line ends
        assert len(line) <= 75, (len(line), line)
        line.decode("utf-8")  # folding never splits a UTF-8 character
    return lines


def unfold(data: bytes) -> list[str]:
    logical: list[str] = []
    for line in physical_lines(data):
        text = line.decode("utf-8")
        if text.startswith(" "):
            logical[-1] += text[1:]
        else:
            logical.append(text)
    return logical


def unescape(value: str) -> str:
    return re.sub(r"\\([\\;,nN])", lambda m: "\n" if m.group(1) in "nN" else m.group(1), value)


def parse(data: bytes) -> list[tuple[str, list[Prop]]]:
    """Components as (name, properties), flattened with a path like VCALENDAR/VEVENT."""
    stack: list[tuple[str, list[Prop]]] = []
    done: list[tuple[str, list[Prop]]] = []
    for line in unfold(data):
        head, _sep, value = line.partition(":")
        name, *params = head.split(";")
        assert re.fullmatch(r"[A-Z-]+", name), line
        if name == "BEGIN":
            path = f"{stack[-1][0]}/{value}" if stack else value
            stack.append((path, []))
        elif name == "END":
            path, props = stack.pop()
            assert path.endswith(value), (path, value)
            done.append((path, props))
        else:
            param_dict = dict(p.split("=", 1) for p in params)
            stack[-1][1].append((name, param_dict, value))
    assert not stack
    return done


def component(data: bytes, path: str) -> dict[str, tuple[dict[str, str], str]]:
    found = [props for p, props in parse(data) if p == path]
    assert len(found) == 1, path
    return {name: (params, value) for name, params, value in found[0]}


def _op(**appt: object) -> OpinionProvider:
    return OpinionProvider(
        id="0123456789abcdef0123456789abcdef",
        provider=Provider(name="Dr. Ines Sample", practice="Fictional Cancer Centre"),
        appointment=Appointment(**appt),  # type: ignore[arg-type]
    )


def test_utc_appointment_with_place_and_alarm() -> None:
    op = _op(
        starts_at=datetime(2026, 12, 8, 9, 30, tzinfo=UTC),
        duration_minutes=45,
        place="Fictional Hospital, Building 2; Room 3",
    )
    data = calendar_bytes(appointment_event(op, NOW))
    cal = component(data, "VCALENDAR")
    assert cal["VERSION"][1] == "2.0"
    assert cal["PRODID"][1]
    event = component(data, "VCALENDAR/VEVENT")
    assert event["UID"][1] == "0123456789abcdef0123456789abcdef@second-opinion-organizer"
    assert event["DTSTAMP"][1] == "20261129T120000Z"
    assert event["DTSTART"][1] == "20261208T093000Z"
    assert event["DTEND"][1] == "20261208T101500Z"
    assert unescape(event["LOCATION"][1]) == "Fictional Hospital, Building 2; Room 3"
    assert event["LOCATION"][1] == "Fictional Hospital\\, Building 2\\; Room 3"
    assert (
        unescape(event["SUMMARY"][1]) == "Second opinion: Dr. Ines Sample (Fictional Cancer Centre)"
    )
    assert "URL" not in event
    alarm = component(data, "VCALENDAR/VEVENT/VALARM")
    assert alarm["TRIGGER"][1] == "-P1D"
    assert alarm["ACTION"][1] == "DISPLAY"
    assert "Tomorrow" in unescape(alarm["DESCRIPTION"][1])


def test_same_provider_gives_same_uid_so_reimport_updates() -> None:
    start = datetime(2026, 12, 8, 9, 30, tzinfo=UTC)
    one = calendar_bytes(appointment_event(_op(starts_at=start), NOW))
    two = calendar_bytes(appointment_event(_op(starts_at=start + timedelta(days=1)), NOW))
    assert component(one, "VCALENDAR/VEVENT")["UID"] == component(two, "VCALENDAR/VEVENT")["UID"]


def test_video_link_becomes_url_and_location() -> None:
    link = "https://video.example.org/room/fictional-123?pin=42"
    data = calendar_bytes(
        appointment_event(
            _op(starts_at=datetime(2026, 12, 8, 9, 30, tzinfo=UTC), video_link=link), NOW
        )
    )
    event = component(data, "VCALENDAR/VEVENT")
    assert event["URL"][1] == link
    assert unescape(event["LOCATION"][1]) == link
    assert link in unescape(event["DESCRIPTION"][1])


def test_bad_video_link_is_refused_in_plain_words() -> None:
    op = _op(starts_at=datetime(2026, 12, 8, 9, 30, tzinfo=UTC), video_link="call me maybe")
    with pytest.raises(UserError, match="not a web address"):
        calendar_bytes(appointment_event(op, NOW))


def test_zoned_time_uses_tzid_and_a_matching_vtimezone() -> None:
    berlin = ZoneInfo("Europe/Berlin")
    op = _op(starts_at=datetime(2026, 12, 8, 9, 30, tzinfo=berlin))
    data = calendar_bytes(appointment_event(op, NOW))
    event = component(data, "VCALENDAR/VEVENT")
    params, value = event["DTSTART"]
    assert params == {"TZID": "Europe/Berlin"}
    assert value == "20261208T093000"
    assert event["DTEND"] == ({"TZID": "Europe/Berlin"}, "20261208T103000")
    assert component(data, "VCALENDAR/VTIMEZONE")["TZID"][1] == "Europe/Berlin"
    onsets = [props for path, props in parse(data) if path.startswith("VCALENDAR/VTIMEZONE/")]
    # The observance in effect on 8 December is the October 2026 change to +0100.
    standard = [{n: v for n, _p, v in props} for props in onsets]
    latest_before = max(
        (o for o in standard if o["DTSTART"] <= "20261208T093000"), key=lambda o: o["DTSTART"]
    )
    assert latest_before["DTSTART"] == "20261025T030000"
    assert latest_before["TZOFFSETFROM"] == "+0200"
    assert latest_before["TZOFFSETTO"] == "+0100"
    assert latest_before["TZNAME"] == "CET"


def test_zone_without_daylight_saving_has_one_fixed_observance() -> None:
    tokyo = ZoneInfo("Asia/Tokyo")
    data = calendar_bytes(
        appointment_event(_op(starts_at=datetime(2026, 12, 8, 9, 30, tzinfo=tokyo)), NOW)
    )
    observances = [p for p, _props in parse(data) if p.startswith("VCALENDAR/VTIMEZONE/")]
    assert observances == ["VCALENDAR/VTIMEZONE/STANDARD"]
    std = component(data, "VCALENDAR/VTIMEZONE/STANDARD")
    assert std["TZOFFSETFROM"][1] == std["TZOFFSETTO"][1] == "+0900"


def test_naive_time_is_local_time_written_as_utc() -> None:
    start = datetime(2026, 12, 8, 9, 30)
    data = calendar_bytes(appointment_event(_op(starts_at=start), NOW))
    expected = start.astimezone().astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
    assert component(data, "VCALENDAR/VEVENT")["DTSTART"][1] == expected


def test_long_text_with_accents_is_folded_and_escaped_and_reads_back() -> None:
    text = "Zoë wants to ask: ärzte, ñ; \\ backslash\nsecond line " + "é" * 120
    event = CalendarEvent(
        uid="x@y",
        summary="Zoë",
        start=datetime(2026, 12, 8, 9, 30, tzinfo=UTC),
        duration=timedelta(hours=1),
        dtstamp=NOW,
        description=text,
    )
    data = calendar_bytes(event)
    assert len(physical_lines(data)) > len(unfold(data))  # folding happened
    assert unescape(component(data, "VCALENDAR/VEVENT")["DESCRIPTION"][1]) == text


def test_appointment_without_date_is_refused() -> None:
    with pytest.raises(UserError, match="No appointment date"):
        appointment_event(_op(place="x"), NOW)


@pytest.mark.parametrize(("length", "physical"), [(75, 1), (76, 2), (149, 2), (150, 3)])
def test_fold_boundary_is_exactly_75_octets(length: int, physical: int) -> None:
    folded = fold_line("X" * length)
    lines = physical_lines(folded)
    assert len(lines) == physical
    assert b"".join(line.removeprefix(b" ") for line in lines) == b"X" * length
