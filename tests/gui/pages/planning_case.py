"""A small fictional case for the planning pages: two doctors asked, a request, one opinion."""

from __future__ import annotations

import subprocess
from datetime import date, datetime, timedelta
from pathlib import Path

from organizer.core.model import Appointment, OpinionProvider, Provider, Section
from organizer.core.planning import add_request, record_opinion
from organizer.gui.session import Session
from tests.conftest import require_tool
from tests.gui.helpers import add_pdf_document

# Dates count from today, so "the next appointment" is always ahead of the clock.
TODAY = date.today()


def at(days: int, hour: int, minute: int = 0) -> datetime:
    day = TODAY + timedelta(days=days)
    return datetime(day.year, day.month, day.day, hour, minute)


def fill_planning_case(session: Session) -> dict[str, object]:
    """The far-off appointment is listed first, so "the next one" is not simply the first."""
    content = session.content
    case = content.case
    case.patient.name = "Robin Fictional-Tester"
    case.patient.date_of_birth = date(1950, 3, 4)
    case.current_provider = Provider(name="Dr. Current Example", practice="Example Clinic")
    later = OpinionProvider(
        provider=Provider(name="Dr. Later Sample", practice="Faraway Institute"),
        appointment=Appointment(starts_at=at(60, 14), place="Faraway Road 9"),
    )
    soon = OpinionProvider(
        provider=Provider(name="Dr. Soon Sample", practice="Nearby Centre"),
        appointment=Appointment(
            starts_at=at(10, 10, 30),
            duration_minutes=45,
            place="Nearby Centre, 1 Test Street",
        ),
    )
    case.opinion_providers += [later, soon]
    scan = add_pdf_document(session, "CT report", section=Section.RESULTS, seed=1)
    request = add_request(
        content,
        "Example Clinic",
        "the CT report and images",
        date_asked=TODAY - timedelta(days=5),
        how="fax",
    )
    record_opinion(
        content,
        "Dr. Current Example",
        on=TODAY - timedelta(days=30),
        diagnosis="Fictional condition, stage one",
        recommended_treatment="Surgery within six weeks",
    )
    session.save("test case")
    return {"later": later, "soon": soon, "scan": scan, "request": request}


def pdf_pages_and_text(path: Path) -> tuple[int, str]:
    """Read a PDF with poppler: its page count and its text."""
    pdfinfo, pdftotext = require_tool("pdfinfo"), require_tool("pdftotext")
    info = subprocess.run([pdfinfo, str(path)], capture_output=True, text=True, check=True).stdout
    pages = int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))
    text = subprocess.run(
        [pdftotext, "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    return pages, " ".join(text.split())
