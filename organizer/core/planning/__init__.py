"""Before and after the appointment: checklists, records requests, letters, calendar files,
the what-to-bring list, opinions and their one-page comparison (Qt-free).

Every function works on a ``VaultContent`` (the caller opens the vault and commits), so the
GUI, the CLI and the tests share one implementation.

The public names load on first use, so the light parts (checklist, providers, requests) do
not pull in reportlab: the command line starts faster.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from organizer.core.planning.bring_list import bring_list_pdf, write_bring_list
    from organizer.core.planning.checklist import (
        AUTOMATIC_KEYS,
        MANUAL_KEYS,
        ChecklistItem,
        checklist_for,
        set_manual_item,
    )
    from organizer.core.planning.compare import choose_opinions, comparison_pdf, write_comparison
    from organizer.core.planning.ics import CalendarEvent, appointment_event, calendar_bytes
    from organizer.core.planning.letter import request_letter_pdf, write_request_letter
    from organizer.core.planning.opinions import find_opinion, opinions_in_order, record_opinion
    from organizer.core.planning.providers import (
        choose_appointment,
        display_name,
        find_opinion_provider,
        next_appointment,
        start_next_opinion,
    )
    from organizer.core.planning.requests import (
        add_request,
        find_request,
        link_document,
        mark_received,
        request_status,
    )

_WHERE = {
    "AUTOMATIC_KEYS": "checklist",
    "CalendarEvent": "ics",
    "ChecklistItem": "checklist",
    "MANUAL_KEYS": "checklist",
    "add_request": "requests",
    "appointment_event": "ics",
    "bring_list_pdf": "bring_list",
    "calendar_bytes": "ics",
    "checklist_for": "checklist",
    "choose_appointment": "providers",
    "choose_opinions": "compare",
    "comparison_pdf": "compare",
    "display_name": "providers",
    "find_opinion": "opinions",
    "find_opinion_provider": "providers",
    "find_request": "requests",
    "link_document": "requests",
    "mark_received": "requests",
    "next_appointment": "providers",
    "opinions_in_order": "opinions",
    "record_opinion": "opinions",
    "request_letter_pdf": "letter",
    "request_status": "requests",
    "set_manual_item": "checklist",
    "start_next_opinion": "providers",
    "write_bring_list": "bring_list",
    "write_comparison": "compare",
    "write_request_letter": "letter",
}

__all__ = [
    "AUTOMATIC_KEYS",
    "MANUAL_KEYS",
    "CalendarEvent",
    "ChecklistItem",
    "add_request",
    "appointment_event",
    "bring_list_pdf",
    "calendar_bytes",
    "checklist_for",
    "choose_appointment",
    "choose_opinions",
    "comparison_pdf",
    "display_name",
    "find_opinion",
    "find_opinion_provider",
    "find_request",
    "link_document",
    "mark_received",
    "next_appointment",
    "opinions_in_order",
    "record_opinion",
    "request_letter_pdf",
    "request_status",
    "set_manual_item",
    "start_next_opinion",
    "write_bring_list",
    "write_comparison",
    "write_request_letter",
]


def __getattr__(name: str) -> Any:
    if name in _WHERE:
        module = importlib.import_module(f"organizer.core.planning.{_WHERE[name]}")
        return getattr(module, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
