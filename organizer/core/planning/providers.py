"""Providers asked for an opinion: finding one, the next appointment, starting another."""

from __future__ import annotations

from datetime import UTC, datetime

from organizer.core.errors import UserError
from organizer.core.model import Appointment, OpinionProvider, Provider, VaultContent


def find_opinion_provider(content: VaultContent, id_or_name: str) -> OpinionProvider:
    """A provider asked for an opinion, by id, unambiguous id prefix, or name."""
    providers = content.case.opinion_providers
    exact = [p for p in providers if p.id == id_or_name]
    if exact:
        return exact[0]
    by_prefix = [p for p in providers if len(id_or_name) >= 4 and p.id.startswith(id_or_name)]
    if len(by_prefix) == 1:
        return by_prefix[0]
    wanted = id_or_name.casefold().strip()
    by_name = [
        p
        for p in providers
        if wanted in (p.provider.name.casefold().strip(), p.provider.practice.casefold().strip())
    ]
    if len(by_name) == 1:
        return by_name[0]
    raise UserError(f"No single provider asked for an opinion matches '{id_or_name}'.")


def appointment_start_utc(appointment: Appointment) -> datetime | None:
    """The start as an aware UTC time; a time without a zone is taken as this computer's."""
    if appointment.starts_at is None:
        return None
    start = appointment.starts_at
    if start.tzinfo is None:
        start = start.astimezone()  # local wall-clock time on this computer
    return start.astimezone(UTC)


def next_appointment(content: VaultContent, now: datetime) -> OpinionProvider:
    """The provider whose appointment comes next (now or later)."""
    upcoming = []
    for op in content.case.opinion_providers:
        start = appointment_start_utc(op.appointment) if op.appointment else None
        if start is not None and start >= now.astimezone(UTC):
            upcoming.append((start, op))
    if not upcoming:
        raise UserError(
            "There is no upcoming appointment. Add one, or choose a provider with --id."
        )
    return min(upcoming, key=lambda pair: pair[0])[1]


def choose_appointment(
    content: VaultContent, now: datetime, id_or_name: str | None = None
) -> OpinionProvider:
    """The provider named by ``id_or_name``, else the next appointment; it must have a date."""
    if id_or_name is None:
        return next_appointment(content, now)
    op = find_opinion_provider(content, id_or_name)
    if op.appointment is None or op.appointment.starts_at is None:
        raise UserError(f"No appointment date is set for {display_name(op)}.")
    return op


def start_next_opinion(content: VaultContent, provider: Provider) -> OpinionProvider:
    """Ask one more provider (a third opinion...): same vault, a fresh checklist."""
    if not (provider.name.strip() or provider.practice.strip()):
        raise UserError("Give the name of the doctor or practice to ask.")
    op = OpinionProvider(provider=provider)
    content.case.opinion_providers.append(op)
    return op


def display_name(op: OpinionProvider) -> str:
    name, practice = op.provider.name.strip(), op.provider.practice.strip()
    if name and practice:
        return f"{name} ({practice})"
    return name or practice or "the provider"


def ordinal_opinion(index: int) -> str:
    """'second', 'third'... for the provider at ``index`` in the list (0 = the second opinion)."""
    words = ("second", "third", "fourth", "fifth", "sixth")
    return words[index] if index < len(words) else f"{index + 2}th"
