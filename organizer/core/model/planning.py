"""Before and after the appointment: records requests and the opinions received."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from organizer.core.model.ids import new_id


@dataclass
class RecordsRequest:
    """A request for records sent to a provider, and what it brought in."""

    from_whom: str
    what: str
    date_asked: date | None = None
    how: str = ""  # portal, fax, letter, phone, in person
    delivery_preference: str = ""  # "PDF by secure email", "CD", "paper copies"
    date_received: date | None = None
    document_ids: list[str] = field(default_factory=list)
    notes: str = ""
    id: str = field(default_factory=new_id)


@dataclass
class Opinion:
    """What one provider concluded, recorded after the visit."""

    provider_name: str
    date: date | None = None
    # The OpinionProvider this came from, or "" for the current provider's opinion.
    opinion_provider_id: str = ""
    diagnosis: str = ""
    recommended_treatment: str = ""
    other_options: str = ""
    notes: str = ""
    document_ids: list[str] = field(default_factory=list)
    id: str = field(default_factory=new_id)
