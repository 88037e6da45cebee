"""The preparation checklist for each provider asked for an opinion.

Some items tick themselves from what the vault holds (a pathology report was added, the
medication list was reviewed lately); the others the user ticks, and those ticks are stored
in ``OpinionProvider.checklist`` under the item's stable key. Keys never change once
released: they are stored in vaults and used by scripts (``second-opinion checklist --json``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from organizer.core.errors import UserError
from organizer.core.model import OpinionProvider, VaultContent
from organizer.core.planning.evidence import has_pathology_report, has_treatment_plan

# The medication list counts as reviewed for this long after the patient last confirmed it.
MEDICATION_REVIEW_DAYS = 30


@dataclass(frozen=True)
class ChecklistItem:
    """One step to prepare, as shown to the user."""

    key: str
    label: str
    automatic: bool  # True: ticks itself from the vault; False: the user ticks it
    done: bool
    hint: str = ""  # what to do, or why an automatic item is not ticked yet


# An automatic rule looks at the vault (and today's date) and says done or not, and why.
_Rule = Callable[[VaultContent, OpinionProvider, date], tuple[bool, str]]


def _medications_reviewed(
    content: VaultContent, _op: OpinionProvider, today: date
) -> tuple[bool, str]:
    reviewed = content.case.medications_reviewed_on
    if reviewed is None:
        return False, "Go through the medication list and mark it as reviewed."
    if reviewed_recently(reviewed, today):
        return True, f"Reviewed on {reviewed.isoformat()}."
    return False, (
        f"Last reviewed on {reviewed.isoformat()}, more than {MEDICATION_REVIEW_DAYS} days ago: "
        "check it again."
    )


def _questions_written(
    content: VaultContent, _op: OpinionProvider, _today: date
) -> tuple[bool, str]:
    count = len(content.questions)
    if count:
        return True, f"{count} question{'s' if count != 1 else ''} written."
    return False, "Write down the questions you want to ask."


def _pathology_added(content: VaultContent, _op: OpinionProvider, _today: date) -> tuple[bool, str]:
    if has_pathology_report(content):
        return True, ""
    return False, (
        "Add the pathology or biopsy report under Test & biopsy results "
        "(with 'pathology' or 'biopsy' in its title)."
    )


def _treatment_plan_added(
    content: VaultContent, _op: OpinionProvider, _today: date
) -> tuple[bool, str]:
    if has_treatment_plan(content):
        return True, ""
    return False, "Add the treatment plan you were given under Treatment plan."


def _records_requested(
    content: VaultContent, _op: OpinionProvider, _today: date
) -> tuple[bool, str]:
    if content.records_requests:
        return True, ""
    return False, "Ask your current provider for a copy of your records."


def _records_received(
    content: VaultContent, _op: OpinionProvider, _today: date
) -> tuple[bool, str]:
    requests = content.records_requests
    if not requests:
        return False, "No records have been requested yet."
    waiting = [r for r in requests if r.date_received is None]
    if waiting:
        names = ", ".join(sorted({r.from_whom for r in waiting}))
        return False, f"Still waiting for records from {names}."
    return True, ""


def _insurer_checked(content: VaultContent, _op: OpinionProvider, _today: date) -> tuple[bool, str]:
    checks = content.case.insurer
    if checks.referral_needed is not None and checks.in_network is not None:
        return True, ""
    return False, (
        "Before booking, ask your insurer whether you need a referral and whether the "
        "provider is in your network."
    )


def _packet_sent(content: VaultContent, op: OpinionProvider, _today: date) -> tuple[bool, str]:
    names = [n.casefold() for n in (op.provider.name, op.provider.practice) if n.strip()]
    for entry in content.share_log:
        recipient = entry.recipient.casefold()
        if any(n in recipient for n in names):
            return True, f"Packet prepared on {entry.prepared_on.isoformat()}."
    return False, "Export the packet for this provider."


_AUTOMATIC: tuple[tuple[str, str, _Rule], ...] = (
    (
        "medications_reviewed",
        "Medication list reviewed (in the last 30 days)",
        _medications_reviewed,
    ),
    ("questions_written", "Questions written", _questions_written),
    ("pathology_added", "Pathology or biopsy report added", _pathology_added),
    ("treatment_plan_added", "Treatment plan added", _treatment_plan_added),
    ("records_requested", "Records requested", _records_requested),
    ("records_received", "Records received", _records_received),
    ("insurer_checked", "Insurer checked (referral, network)", _insurer_checked),
    ("packet_sent", "Packet prepared for this provider", _packet_sent),
)

MANUAL_ITEMS: tuple[tuple[str, str, str], ...] = (
    (
        "office_told_second_opinion",
        "Office told it is a second opinion",
        "When you call, say it is for a second opinion: some offices book these differently.",
    ),
    (
        "asked_records_ahead",
        "Asked which records to send ahead, and how (portal, fax, disc)",
        "Ask the new office what they need before the visit and how they want to receive it.",
    ),
    (
        "referral_obtained",
        "Referral obtained, if your insurer needs one",
        "If your insurer needs a referral, ask your current doctor's office for one.",
    ),
    (
        "appointment_booked",
        "Appointment booked",
        "Add the date, time and place (or video link) once it is booked.",
    ),
    (
        "imaging_disc_ready",
        "Imaging discs or files ready, if you have scans",
        "Ask the imaging centre for a disc or download link of the pictures, not only the report.",
    ),
)

AUTOMATIC_KEYS = tuple(key for key, _label, _rule in _AUTOMATIC)
MANUAL_KEYS = tuple(key for key, _label, _hint in MANUAL_ITEMS)


def checklist_for(
    content: VaultContent, opinion_provider: OpinionProvider, today: date
) -> list[ChecklistItem]:
    """The full checklist for one provider: automatic items first, then the user's."""
    items = []
    for key, label, rule in _AUTOMATIC:
        done, hint = rule(content, opinion_provider, today)
        items.append(ChecklistItem(key, label, True, done, hint))
    for key, label, hint in MANUAL_ITEMS:
        done = bool(opinion_provider.checklist.get(key, False))
        items.append(ChecklistItem(key, label, False, done, hint))
    return items


def set_manual_item(opinion_provider: OpinionProvider, key: str, done: bool) -> None:
    """Tick or untick an item the user controls (automatic items cannot be ticked by hand)."""
    if key in AUTOMATIC_KEYS:
        raise UserError(
            f"'{key}' ticks itself from what the vault holds, so it cannot be ticked by hand."
        )
    if key not in MANUAL_KEYS:
        raise UserError(f"There is no checklist item '{key}'. Items: {', '.join(MANUAL_KEYS)}.")
    opinion_provider.checklist[key] = done


def progress_counts(items: list[ChecklistItem]) -> tuple[int, int]:
    """(done, total) for a short "5 of 13 done" summary."""
    return sum(1 for i in items if i.done), len(items)


def reviewed_recently(reviewed_on: date | None, today: date) -> bool:
    """Whether a medication review on ``reviewed_on`` still counts on ``today``."""
    if reviewed_on is None:
        return False
    return timedelta(0) <= today - reviewed_on <= timedelta(days=MEDICATION_REVIEW_DAYS)
