"""Case details, medications and questions to JSON and back, as `case --json/--load` use."""

from __future__ import annotations

import json
from datetime import date

import pytest

from organizer.core.casejson import apply_case_json, case_to_json
from organizer.core.errors import UserError
from organizer.core.model import MedicationKind, OpinionProvider, Provider, VaultContent
from tests.core.packet.helpers import base_content


def test_round_trip_through_json_text() -> None:
    content = base_content()
    content.case.opinion_providers = [OpinionProvider(provider=Provider(name="Dr Fictional"))]
    text = json.dumps(case_to_json(content))
    other = VaultContent()
    assert apply_case_json(other, json.loads(text)) == ["case", "medications", "questions"]
    assert other.case == content.case
    assert other.medications == content.medications
    assert other.questions == content.questions


def test_partial_case_keeps_what_the_file_does_not_mention() -> None:
    content = base_content()
    content.case.opinion_providers = [OpinionProvider(provider=Provider(name="Dr Fictional"))]
    apply_case_json(
        content,
        {
            "case": {"patient": {"contact": {"phone": "555-0100"}}, "diagnosis": "Fictional"},
            "medications": [{"name": "Fictamin", "kind": "supplement"}],
        },
    )
    assert content.case.patient.name == "Zoë Ñúñez"  # untouched
    assert content.case.patient.date_of_birth == date(1961, 4, 2)
    assert content.case.patient.contact.phone == "555-0100"
    assert content.case.diagnosis == "Fictional"
    assert content.case.opinion_providers[0].provider.name == "Dr Fictional"
    assert [(m.name, m.kind) for m in content.medications] == [
        ("Fictamin", MedicationKind.SUPPLEMENT)
    ]
    assert len(content.questions) == 2  # not in the file: kept


@pytest.mark.parametrize(
    ("data", "words"),
    [
        ([], "one JSON object"),
        ({"medication": []}, "does not know: medication"),
        ({"case": {"patient": {"date_of_birth": "02/04/61"}}}, "could not be used"),
        ({"medications": [{"dose": "1"}]}, "needs a “name”"),
        ({"questions": "Why?"}, "must be a list"),
        ({"medications": [{"name": "X", "kind": "potion"}]}, "could not be used"),
    ],
)
def test_bad_files_change_nothing(data: object, words: str) -> None:
    content = base_content()
    before = case_to_json(content)
    with pytest.raises(UserError, match=words):
        apply_case_json(content, data)
    assert case_to_json(content) == before
