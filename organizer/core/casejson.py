"""The case details, medications and questions as one JSON document (docs/case-json.md).

``case_to_json`` writes ``{"case": {...}, "medications": [...], "questions": [...]}``;
``apply_case_json`` sets them from the same shape. Case fields missing from the file are kept
as they are; a list given in the file replaces the list in the vault.
"""

from __future__ import annotations

import copy
from typing import Any

from organizer.core.errors import UserError
from organizer.core.model import Case, Medication, Question, VaultContent
from organizer.core.model.serialize import from_jsonable, to_jsonable

KEYS = ("case", "medications", "questions")


def case_to_json(content: VaultContent) -> dict[str, Any]:
    return {
        "case": to_jsonable(content.case),
        "medications": to_jsonable(content.medications),
        "questions": to_jsonable(content.questions),
    }


def apply_case_json(content: VaultContent, data: Any) -> list[str]:
    """Check the whole file first, then change ``content``; returns what was set."""
    if not isinstance(data, dict):
        raise UserError(
            "The file must hold one JSON object with “case”, “medications” or “questions”."
        )
    unknown = sorted(set(data) - set(KEYS))
    if unknown:
        raise UserError(
            f"The file has entries this app does not know: {', '.join(unknown)} "
            f"(expected {', '.join(KEYS)})."
        )
    case = content.case
    medications, questions = content.medications, content.questions
    try:
        if "case" in data:
            if not isinstance(data["case"], dict):
                raise TypeError("“case” must be an object")
            merged = _merge(to_jsonable(content.case), data["case"])
            case = from_jsonable(Case, merged)
        if "medications" in data:
            medications = [
                from_jsonable(Medication, _item(m, "name")) for m in _list(data, "medications")
            ]
        if "questions" in data:
            questions = [
                from_jsonable(Question, _item(q, "text")) for q in _list(data, "questions")
            ]
    except (TypeError, ValueError, KeyError, AttributeError) as exc:
        raise UserError(f"The file could not be used ({exc}). Nothing was changed.") from exc
    content.case, content.medications, content.questions = case, medications, questions
    return [key for key in KEYS if key in data]


def _merge(current: Any, new: Any) -> Any:
    """``new`` laid over ``current``: objects merge key by key, anything else is replaced."""
    if isinstance(current, dict) and isinstance(new, dict):
        merged = copy.deepcopy(current)
        for key, value in new.items():
            merged[key] = _merge(current.get(key), value)
        return merged
    return copy.deepcopy(new)


def _list(data: dict[str, Any], key: str) -> list[Any]:
    value = data[key]
    if not isinstance(value, list):
        raise TypeError(f"“{key}” must be a list")
    return value


def _item(value: Any, required: str) -> dict[str, Any]:
    if not isinstance(value, dict) or not isinstance(value.get(required), str):
        raise TypeError(f"each entry needs a “{required}” text")
    return value
