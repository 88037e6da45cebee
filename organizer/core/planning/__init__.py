"""Before and after the appointment: checklists, records requests, letters, calendar files,
the what-to-bring list, opinions and their one-page comparison (Qt-free).

Every function works on a ``VaultContent`` (the caller opens the vault and commits), so the
GUI, the CLI and the tests share one implementation.
"""

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
