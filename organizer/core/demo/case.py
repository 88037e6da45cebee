"""The fictional demo case: patient, providers, medicines, questions, requests, opinions.

Dates are counted from the day the demo is made, so the appointment is always upcoming
and the medication list always counts as recently reviewed.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from organizer.core.demo.documents import DOB, HOSPITAL, PATIENT, demo_documents, service_date
from organizer.core.model import (
    Appointment,
    Case,
    Contact,
    Document,
    InsurerChecks,
    Medication,
    MedicationKind,
    OpinionProvider,
    Patient,
    Priority,
    Provider,
    Question,
    VaultContent,
)
from organizer.core.planning.opinions import record_opinion
from organizer.core.planning.requests import add_request, mark_received

CURRENT = Provider(
    name="Dr. Amara Placeholder",
    practice=f"{HOSPITAL}, Oncology",
    contact=Contact(phone="555-0100", address="1 Example Avenue, Sampletown"),
)
UPCOMING = Provider(
    name="Dr. Ines Sample",
    practice="Fictional Cancer Centre",
    contact=Contact(phone="555-0177", address="7 Demo Square, Otherville"),
)
VISITED = Provider(
    name="Dr. Teodor Mock",
    practice="Demo University Clinic",
    contact=Contact(phone="555-0123", email="clinic@example.invalid"),
)


def apply_document_details(docs: dict[str, Document], today: date) -> None:
    """Give each imported demo document its section, title, date, provider and notes."""
    for spec in demo_documents():
        doc = docs.get(spec.file_name)
        if doc is None:
            continue
        doc.section = spec.section
        doc.title = spec.title
        doc.date = service_date(spec, today)
        doc.provider = spec.provider
        doc.notes = spec.notes


def _local(day: date, at: time) -> datetime:
    return datetime.combine(day, at).astimezone()  # this computer's zone, as a user enters it


def fill_demo_case(content: VaultContent, docs: dict[str, Document], now: datetime) -> None:
    """Fill an (empty) vault content with the demo case around the imported documents."""
    today = now.date()
    apply_document_details(docs, today)
    upcoming = OpinionProvider(
        provider=UPCOMING,
        appointment=Appointment(
            starts_at=_local(today + timedelta(days=10), time(10, 30)),
            duration_minutes=45,
            place="Fictional Cancer Centre, 7 Demo Square, Otherville, Clinic B",
            notes="Check in 15 minutes early at the main desk.",
        ),
        checklist={
            "office_told_second_opinion": True,
            "asked_records_ahead": True,
            "appointment_booked": True,
            "referral_obtained": True,
        },
    )
    visited = OpinionProvider(
        provider=VISITED,
        appointment=Appointment(
            starts_at=_local(today - timedelta(days=6), time(14, 0)),
            duration_minutes=30,
            video_link="https://video.example.invalid/demo-room-42",
        ),
        checklist={key: True for key in ("office_told_second_opinion", "appointment_booked")},
    )
    content.case = Case(
        patient=Patient(
            name=PATIENT,
            date_of_birth=DOB,
            contact=Contact(
                phone="555-0142",
                email="zoe@example.invalid",
                address="12 Example Street, Sampletown",
            ),
        ),
        reason=(
            "I was offered radiotherapy and hormone tablets. I would like another specialist "
            "to look at my results before I start, and to hear whether other options fit me."
        ),
        diagnosis="Fictional early-stage breast tumour (left), removed by surgery",
        current_provider=CURRENT,
        opinion_providers=[visited, upcoming],
        insurer=InsurerChecks(
            insurer="Example Health Fund (fictional)",
            referral_needed=True,
            referral_obtained=True,
            referral_reference="REF-DEMO-0001",
            in_network=True,
            expected_cost="A fictional co-pay of 20 per visit",
            notes="Spoke to 'Sam' at the helpline (demo).",
            checked_on=today - timedelta(days=12),
        ),
        medications_reviewed_on=today - timedelta(days=3),
    )
    content.medications = [
        Medication(
            "Ondansetron",
            strength="4 mg",
            dose="1 tablet",
            how_taken="by mouth",
            how_often="when needed for nausea",
            reason="nausea",
            prescriber=CURRENT.name,
            start_date=today - timedelta(days=23),
            kind=MedicationKind.PRESCRIPTION,
        ),
        Medication(
            "Paracetamol",
            strength="500 mg",
            dose="1-2 tablets",
            how_taken="by mouth",
            how_often="up to 4 times a day",
            reason="pain after surgery",
            kind=MedicationKind.OVER_THE_COUNTER,
        ),
        Medication(
            "Vitamin D3",
            strength="1000 IU",
            dose="1 capsule",
            how_taken="by mouth",
            how_often="once a day",
            reason="bought at the pharmacy",
            kind=MedicationKind.SUPPLEMENT,
        ),
    ]
    content.questions = [
        Question("Do I need radiotherapy, or is surgery enough for me?", 0, Priority.HIGH),
        Question("Would a genomic test of the tumour change your advice?", 1, Priority.HIGH),
        Question("What are the long-term side effects of the hormone tablets?", 2),
        Question("Can I keep working during treatment?", 3, Priority.LOW),
    ]
    received = add_request(
        content,
        CURRENT.name,
        "The pathology report, the CT report and images, and the operative report.",
        date_asked=today - timedelta(days=21),
        how="fax",
        delivery_preference="PDF files through the patient portal",
    )
    brought = [
        docs[name].id
        for name in ("pathology-report.pdf", "ct-chest-abdomen.pdf", "operative-report.pdf")
        if name in docs
    ]
    mark_received(content, received, today - timedelta(days=9), brought)
    add_request(
        content,
        "Sampletown Imaging Centre",
        "The CT images of the chest, abdomen and pelvis on a disc.",
        date_asked=today - timedelta(days=4),
        how="phone",
        delivery_preference="a disc (CD/DVD) with the images, to collect in person",
    )
    record_opinion(
        content,
        CURRENT.name,
        on=today - timedelta(days=14),
        diagnosis="Early-stage breast tumour, hormone sensitive (fictional).",
        recommended_treatment="Radiotherapy over three weeks, then hormone tablets for five years.",
        other_options="Chemotherapy discussed, not recommended now.",
        notes="Treatment board agreed the plan (demo).",
        document_ids=[docs["treatment-plan.pdf"].id] if "treatment-plan.pdf" in docs else [],
    )
    record_opinion(
        content,
        VISITED.name,
        on=today - timedelta(days=6),
        diagnosis="Agrees: early-stage, hormone-sensitive tumour (fictional).",
        recommended_treatment=(
            "Hormone tablets for five years; radiotherapy may be left out at this age and "
            "stage if the genomic test shows a low risk."
        ),
        other_options="Short-course radiotherapy (one week) instead of three weeks.",
        notes="Suggests a genomic test of the tumour before deciding (demo video visit).",
    )
