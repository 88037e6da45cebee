from __future__ import annotations

from datetime import date, timedelta

import pytest

from organizer.core.errors import UserError
from organizer.core.model import (
    OpinionProvider,
    Provider,
    Question,
    Section,
    ShareLogEntry,
    ShareMethod,
    VaultContent,
)
from organizer.core.model.ids import utc_now
from organizer.core.planning.checklist import (
    AUTOMATIC_KEYS,
    MANUAL_KEYS,
    checklist_for,
    set_manual_item,
)
from organizer.core.planning.requests import add_request, mark_received
from tests.core.planning.readers import make_doc

TODAY = date(2026, 11, 29)


def _state(content: VaultContent, op: OpinionProvider, key: str) -> bool:
    items = {i.key: i for i in checklist_for(content, op, TODAY)}
    return items[key].done


@pytest.fixture
def op() -> OpinionProvider:
    return OpinionProvider(provider=Provider(name="Dr. Ines Sample", practice="Fictional Clinic"))


def test_every_item_has_a_stable_unique_key_and_label(op: OpinionProvider) -> None:
    items = checklist_for(VaultContent(), op, TODAY)
    keys = [i.key for i in items]
    assert len(keys) == len(set(keys))
    assert set(keys) == set(AUTOMATIC_KEYS) | set(MANUAL_KEYS)
    assert all(i.label for i in items)
    assert {i.key for i in items if i.automatic} == set(AUTOMATIC_KEYS)
    # An empty vault has nothing done, and every open automatic item says what to do.
    assert not any(i.done for i in items)
    assert all(i.hint for i in items if i.automatic)


@pytest.mark.parametrize(
    ("reviewed_days_ago", "done"), [(0, True), (30, True), (31, False), (-1, False), (None, False)]
)
def test_medications_reviewed_within_30_days(
    op: OpinionProvider, reviewed_days_ago: int | None, done: bool
) -> None:
    content = VaultContent()
    if reviewed_days_ago is not None:
        content.case.medications_reviewed_on = TODAY - timedelta(days=reviewed_days_ago)
    assert _state(content, op, "medications_reviewed") is done


def test_questions_written(op: OpinionProvider) -> None:
    content = VaultContent()
    assert not _state(content, op, "questions_written")
    content.questions.append(Question("Is surgery the only option?"))
    assert _state(content, op, "questions_written")


@pytest.mark.parametrize(
    ("section", "title", "notes", "done"),
    [
        (Section.RESULTS, "Pathology report", "", True),
        (Section.RESULTS, "Scan from clinic", "core needle biopsy result", True),
        (Section.RESULTS, "CT chest report", "", False),
        # A pathology report filed under the wrong section does not count.
        (Section.OTHER, "Pathology report", "", False),
    ],
)
def test_pathology_added(
    op: OpinionProvider, section: Section, title: str, notes: str, done: bool
) -> None:
    content = VaultContent(documents=[make_doc(section, title, notes)])
    assert _state(content, op, "pathology_added") is done


def test_trashed_pathology_report_does_not_count(op: OpinionProvider) -> None:
    doc = make_doc(Section.RESULTS, "Pathology report")
    content = VaultContent(documents=[doc])
    assert _state(content, op, "pathology_added")
    doc.trashed_at = utc_now()
    assert not _state(content, op, "pathology_added")


def test_treatment_plan_added(op: OpinionProvider) -> None:
    content = VaultContent(documents=[make_doc(Section.RESULTS, "Lab panel")])
    assert not _state(content, op, "treatment_plan_added")
    content.documents.append(make_doc(Section.TREATMENT, "Plan from oncology"))
    assert _state(content, op, "treatment_plan_added")


def test_records_requested_and_received(op: OpinionProvider) -> None:
    content = VaultContent()
    assert not _state(content, op, "records_requested")
    assert not _state(content, op, "records_received")
    first = add_request(content, "Dr. A", "all reports", date_asked=TODAY)
    second = add_request(content, "Imaging centre", "CT images", date_asked=TODAY)
    assert _state(content, op, "records_requested")
    assert not _state(content, op, "records_received")
    mark_received(content, first, TODAY)
    items = {i.key: i for i in checklist_for(content, op, TODAY)}
    assert not items["records_received"].done
    assert "Imaging centre" in items["records_received"].hint
    mark_received(content, second, TODAY)
    assert _state(content, op, "records_received")


def test_insurer_checked_needs_referral_and_network_answers(op: OpinionProvider) -> None:
    content = VaultContent()
    assert not _state(content, op, "insurer_checked")
    content.case.insurer.referral_needed = False
    assert not _state(content, op, "insurer_checked")
    content.case.insurer.in_network = True
    assert _state(content, op, "insurer_checked")


def test_packet_sent_matches_this_provider_only(op: OpinionProvider) -> None:
    content = VaultContent()
    other = OpinionProvider(provider=Provider(name="Dr. Someone Else"))

    def log(recipient: str) -> ShareLogEntry:
        return ShareLogEntry(
            recipient=recipient,
            method=ShareMethod.FILE,
            file_name="packet.pdf",
            page_count=3,
            documents=[],
            password_set=False,
            sha256_file="0" * 64,
            sha256_unencrypted="0" * 64,
            prepared_on=TODAY,
        )

    content.share_log.append(log("Dr. Someone Else"))
    assert not _state(content, op, "packet_sent")
    assert _state(content, other, "packet_sent")
    content.share_log.append(log("Fictional Clinic, oncology"))
    assert _state(content, op, "packet_sent")


def test_manual_items_are_stored_per_provider(op: OpinionProvider) -> None:
    content = VaultContent()
    other = OpinionProvider(provider=Provider(name="Dr. B"))
    set_manual_item(op, "office_told_second_opinion", True)
    assert op.checklist == {"office_told_second_opinion": True}
    assert _state(content, op, "office_told_second_opinion")
    assert not _state(content, other, "office_told_second_opinion")
    set_manual_item(op, "office_told_second_opinion", False)
    assert not _state(content, op, "office_told_second_opinion")


def test_automatic_and_unknown_items_cannot_be_ticked(op: OpinionProvider) -> None:
    with pytest.raises(UserError, match="ticks itself"):
        set_manual_item(op, "questions_written", True)
    with pytest.raises(UserError, match="no checklist item"):
        set_manual_item(op, "made_up", True)
    assert op.checklist == {}
