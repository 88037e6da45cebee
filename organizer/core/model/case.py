"""The patient's case: who they are, why they want a second opinion, and from whom."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from organizer.core.model.ids import new_id


@dataclass
class Contact:
    """How to reach a person or practice. Every field is optional free text."""

    phone: str = ""
    email: str = ""
    address: str = ""


@dataclass
class Patient:
    name: str = ""
    date_of_birth: date | None = None
    contact: Contact = field(default_factory=Contact)


@dataclass
class Provider:
    """A doctor or practice: the current provider, or one asked for an opinion."""

    name: str = ""
    practice: str = ""
    contact: Contact = field(default_factory=Contact)


@dataclass
class Appointment:
    """When and where the patient sees a provider; place or video link (or both)."""

    starts_at: datetime | None = None
    duration_minutes: int = 60
    place: str = ""
    video_link: str = ""
    notes: str = ""


@dataclass
class OpinionProvider:
    """A provider asked for a (second, third...) opinion, with the appointment and checklist."""

    id: str = field(default_factory=new_id)
    provider: Provider = field(default_factory=Provider)
    appointment: Appointment | None = None
    # Items the user ticks by hand ("office told it is a second opinion"...): item key -> done.
    checklist: dict[str, bool] = field(default_factory=dict)


@dataclass
class InsurerChecks:
    """What the patient checked with the insurer before booking. None means "not checked yet"."""

    insurer: str = ""
    referral_needed: bool | None = None
    referral_obtained: bool | None = None
    referral_reference: str = ""
    in_network: bool | None = None
    expected_cost: str = ""
    notes: str = ""
    checked_on: date | None = None


@dataclass
class Case:
    patient: Patient = field(default_factory=Patient)
    reason: str = ""
    diagnosis: str = ""
    current_provider: Provider = field(default_factory=Provider)
    opinion_providers: list[OpinionProvider] = field(default_factory=list)
    insurer: InsurerChecks = field(default_factory=InsurerChecks)
    # When the patient last confirmed the medication list is complete and current.
    medications_reviewed_on: date | None = None
