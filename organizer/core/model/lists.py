"""The structured lists a patient keeps: medications and questions."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from organizer.core.model.ids import new_id


class MedicationKind(StrEnum):
    PRESCRIPTION = "prescription"
    OVER_THE_COUNTER = "over-the-counter"
    SUPPLEMENT = "supplement"


@dataclass
class Medication:
    name: str
    strength: str = ""  # "500 mg"
    dose: str = ""  # "1 tablet"
    how_taken: str = ""  # "by mouth"
    how_often: str = ""  # "twice a day"
    reason: str = ""
    prescriber: str = ""
    start_date: date | None = None
    kind: MedicationKind = MedicationKind.PRESCRIPTION
    still_taking: bool = True
    id: str = field(default_factory=new_id)


class Priority(StrEnum):
    HIGH = "high"
    NORMAL = "normal"
    LOW = "low"


@dataclass
class Question:
    text: str
    order: int = 0
    priority: Priority = Priority.NORMAL
    answered: bool = False
    answer_notes: str = ""
    id: str = field(default_factory=new_id)
