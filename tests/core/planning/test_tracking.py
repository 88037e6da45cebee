"""Records requests, providers and appointments, opinions, and starting another opinion."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from organizer.core.errors import UserError
from organizer.core.model import (
    Appointment,
    OpinionProvider,
    Provider,
    Section,
    VaultContent,
)
from organizer.core.planning.insurer import HELP_TEXTS, insurer_summary, open_insurer_questions
from organizer.core.planning.opinions import opinions_in_order, record_opinion
from organizer.core.planning.providers import (
    choose_appointment,
    find_opinion_provider,
    next_appointment,
    start_next_opinion,
)
from organizer.core.planning.requests import (
    add_request,
    find_request,
    mark_received,
    request_status,
)
from tests.core.planning.readers import make_doc

NOW = datetime(2026, 11, 29, 12, 0, tzinfo=UTC)


def test_most_recent_request_is_chosen_unless_an_id_is_given() -> None:
    content = VaultContent()
    with pytest.raises(UserError, match="no records requests"):
        find_request(content)
    old = add_request(content, "A", "x", date_asked=date(2026, 11, 1))
    new = add_request(content, "B", "y", date_asked=date(2026, 11, 20))
    add_request(content, "C", "z", date_asked=date(2026, 11, 5))
    assert find_request(content) is new
    assert find_request(content, old.id[:8]) is old
    draft = add_request(content, "D", "w")  # not sent yet: the newest
    assert find_request(content) is draft
    with pytest.raises(UserError, match="No single records request"):
        find_request(content, "nope")


def test_request_needs_who_and_what() -> None:
    with pytest.raises(UserError, match="who"):
        add_request(VaultContent(), " ", "x")
    with pytest.raises(UserError, match="which records"):
        add_request(VaultContent(), "A", "")


def test_received_request_links_documents_it_brought() -> None:
    doc = make_doc(Section.RESULTS, "Pathology report")
    content = VaultContent(documents=[doc])
    request = add_request(content, "Dr. A", "pathology", date_asked=date(2026, 11, 2), how="fax")
    assert request_status(request) == "asked 2026-11-02 by fax; waiting"
    mark_received(content, request, date(2026, 11, 20), [doc.id[:6]])
    assert request.document_ids == [doc.id]
    assert request_status(request) == "asked 2026-11-02 by fax; received 2026-11-20 (1 document)"
    with pytest.raises(UserError, match="No document"):
        mark_received(content, request, date(2026, 11, 20), ["ffffffffff"])


def _provider(name: str, start: datetime | None) -> OpinionProvider:
    appt = Appointment(starts_at=start) if start else None
    return OpinionProvider(provider=Provider(name=name), appointment=appt)


def test_next_appointment_is_the_earliest_upcoming() -> None:
    content = VaultContent()
    content.case.opinion_providers = [
        _provider("Past", NOW - timedelta(days=3)),
        _provider("Later", NOW + timedelta(days=20)),
        _provider("Soon", NOW + timedelta(days=2)),
        _provider("No date", None),
    ]
    assert next_appointment(content, NOW).provider.name == "Soon"
    chosen = choose_appointment(content, NOW, "Past")
    assert chosen.provider.name == "Past"
    with pytest.raises(UserError, match="No appointment date"):
        choose_appointment(content, NOW, "No date")
    content.case.opinion_providers = content.case.opinion_providers[:1]
    with pytest.raises(UserError, match="no upcoming appointment"):
        next_appointment(content, NOW)


def test_find_provider_by_id_prefix_or_name() -> None:
    content = VaultContent()
    op = start_next_opinion(content, Provider(name="Dr. Ines Sample", practice="Fictional Centre"))
    assert find_opinion_provider(content, op.id[:6]) is op
    assert find_opinion_provider(content, "dr. ines sample") is op
    assert find_opinion_provider(content, "Fictional Centre") is op
    with pytest.raises(UserError):
        find_opinion_provider(content, "Dr. Nobody")


def test_start_another_opinion_gets_a_fresh_checklist() -> None:
    content = VaultContent()
    first = start_next_opinion(content, Provider(name="Dr. B"))
    first.checklist["office_told_second_opinion"] = True
    third = start_next_opinion(content, Provider(name="Dr. C"))
    assert third.checklist == {}
    assert third.id != first.id
    assert [p.provider.name for p in content.case.opinion_providers] == ["Dr. B", "Dr. C"]
    with pytest.raises(UserError):
        start_next_opinion(content, Provider())


def test_record_opinion_links_the_provider_asked_and_orders_by_date() -> None:
    content = VaultContent()
    op = start_next_opinion(content, Provider(name="Dr. Ines Sample"))
    second = record_opinion(
        content,
        "dr. ines sample",
        on=date(2026, 11, 20),
        diagnosis="d2",
        recommended_treatment="t2",
    )
    first = record_opinion(content, "Dr. Amara", on=date(2026, 10, 1), diagnosis="d1")
    undated = record_opinion(content, "Dr. X", recommended_treatment="t3")
    assert second.opinion_provider_id == op.id
    assert first.opinion_provider_id == ""
    assert opinions_in_order(content) == [first, second, undated]
    with pytest.raises(UserError, match="at least"):
        record_opinion(content, "Dr. Y")


def test_insurer_help_is_plain_and_summary_tracks_answers() -> None:
    content = VaultContent()
    checks = content.case.insurer
    assert set(HELP_TEXTS) >= {"referral_needed", "in_network", "expected_cost"}
    assert all("law" not in t.casefold() for t in HELP_TEXTS.values())
    assert len(open_insurer_questions(checks)) == 3
    checks.referral_needed = True
    assert "Get the referral" in " ".join(open_insurer_questions(checks))
    checks.referral_obtained = True
    checks.referral_reference = "REF-0000-FICTION"
    checks.in_network = True
    checks.expected_cost = "a fictional co-pay"
    assert open_insurer_questions(checks) == []
    assert "Referral obtained: yes (reference REF-0000-FICTION)" in insurer_summary(checks)
