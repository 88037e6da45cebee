"""The records-request letter: one printable page the patient signs and sends.

Plain words only: it says patients can generally see and get copies of their own records,
lists what is asked and how to deliver it, and leaves room to sign. It quotes no law and
makes no legal claims, because the rules differ by country and state.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from reportlab.lib.pagesizes import A4, letter
from reportlab.platypus import Flowable, Spacer

from organizer.core.model import Provider, RecordsRequest, VaultContent
from organizer.core.planning.output import write_atomic
from organizer.core.planning.pdfpage import Styles, one_page_pdf, para

PAGE_SIZES = {"a4": A4, "letter": letter}


def long_date(day: date) -> str:
    # Fixed English names: the letter must not depend on the computer's locale.
    months = (
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    )
    return f"{day.day} {months[day.month - 1]} {day.year}"


def _matching_provider(content: VaultContent, name: str) -> Provider | None:
    wanted = name.casefold().strip()
    candidates = [content.case.current_provider] + [
        op.provider for op in content.case.opinion_providers
    ]
    for provider in candidates:
        names = {provider.name.casefold().strip(), provider.practice.casefold().strip()} - {""}
        if wanted in names:
            return provider
    return None


def letter_story(
    content: VaultContent, request: RecordsRequest, today: date, styles: Styles
) -> list[Flowable]:
    patient = content.case.patient
    name = patient.name.strip() or "____________________"
    dob = long_date(patient.date_of_birth) if patient.date_of_birth else "____________"
    contact = patient.contact
    story: list[Flowable] = []

    sender = [name, contact.address.strip(), contact.phone.strip(), contact.email.strip()]
    story.append(para("\n".join(line for line in sender if line), styles.body))
    story.append(para(long_date(today), styles.body))

    recipient = [request.from_whom]
    provider = _matching_provider(content, request.from_whom)
    if provider is not None:
        extra = [provider.practice, provider.contact.address]
        recipient += [x.strip() for x in extra if x.strip() and x.strip() != request.from_whom]
    story.append(para("To: " + "\n".join(recipient) + "\nAttention: medical records", styles.body))

    story.append(para("Request for a copy of my medical records", styles.title))
    story.append(para(f"Patient: {name}\nDate of birth: {dob}", styles.body))
    story.append(para("To whom it may concern,", styles.body))
    story.append(
        para(
            "I am writing to ask for a copy of my medical records. Patients generally have the "
            "right to see and get a copy of their own health records, and I would like mine "
            "because I am seeking a second medical opinion.",
            styles.body,
        )
    )
    story.append(para("Please send me:", styles.heading))
    story.append(para(request.what, styles.body))
    story.append(para("How I would like to receive them:", styles.heading))
    delivery = request.delivery_preference.strip() or (
        "Electronic copies (PDF files) are fine if you can send them securely; "
        "otherwise paper copies."
    )
    where = [
        ", ".join(part.strip() for part in x.splitlines() if part.strip())
        for x in (contact.address, contact.email)
        if x.strip()
    ]
    if where:
        delivery += "\nPlease send them to: " + " / ".join(where)
    story.append(para(delivery, styles.body))
    story.append(
        para(
            "If there is a fee, or if you need me to fill in your own request form, please let "
            "me know before you go ahead. If the records include images (such as CT or MRI "
            "scans), please include the images on a disc or by download link as well as the "
            "written reports.",
            styles.body,
        )
    )
    reach = " or ".join(x.strip() for x in (contact.phone, contact.email) if x.strip())
    if reach:
        story.append(para(f"You can reach me at {reach}.", styles.body))
    story.append(para("Thank you for your help.", styles.body))
    story.append(Spacer(1, styles.size * 2.5))
    story.append(para("Signature: ______________________________", styles.body))
    story.append(para(f"Printed name: {name}", styles.body))
    story.append(para("Date: ______________", styles.body))
    return story


def request_letter_pdf(
    content: VaultContent, request: RecordsRequest, today: date, *, paper: str = "a4"
) -> bytes:
    pagesize = PAGE_SIZES[paper]
    return one_page_pdf(
        lambda styles: letter_story(content, request, today, styles),
        pagesize=pagesize,
        title="Request for a copy of medical records",
        footer=f"Prepared with Second Opinion Organizer on {today.isoformat()}.",
    )


def write_request_letter(
    content: VaultContent,
    request: RecordsRequest,
    out_path: Path,
    today: date,
    *,
    paper: str = "a4",
) -> Path:
    return write_atomic(out_path, request_letter_pdf(content, request, today, paper=paper))
