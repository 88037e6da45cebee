"""Help with the insurer checks, in plain words (information, never advice)."""

from __future__ import annotations

from organizer.core.model import InsurerChecks

ASK_BEFORE_BOOKING = (
    "Call your insurer before you book the appointment. The phone number is usually on the "
    "back of your insurance card."
)

HELP_TEXTS: dict[str, str] = {
    "referral_needed": (
        "Some insurance plans only pay for a visit to a specialist if your own doctor "
        "sends a referral first. Ask your insurer: 'Do I need a referral for a second "
        "opinion with this doctor?'"
    ),
    "referral_obtained": (
        "If a referral is needed, your current doctor's office usually arranges it. Write "
        "down the reference number they give you, and bring it to the appointment."
    ),
    "in_network": (
        "'In network' means the doctor has an agreement with your insurer, which usually "
        "costs you less. Ask: 'Is this doctor, and this hospital or clinic, in my network?'"
    ),
    "expected_cost": (
        "Ask what you may have to pay yourself for the visit, and for any tests done on the "
        "day. Write down what you are told, with the date and the name of the person."
    ),
    "notes": (
        "Anything else you were told: call reference numbers, names, dates. These notes "
        "help if there is a question about a bill later."
    ),
}

QUESTIONS_TO_ASK: tuple[str, ...] = (
    "Is a second opinion covered by my plan?",
    "Do I need a referral, and who arranges it?",
    "Is this doctor (and the clinic or hospital) in my network?",
    "What will I have to pay for the visit and for any tests?",
    "Is a video (telehealth) visit covered too?",
)


def _yes_no(value: bool | None) -> str:
    return "not checked yet" if value is None else ("yes" if value else "no")


def insurer_summary(checks: InsurerChecks) -> list[str]:
    """The checks as short lines for screens and printouts."""
    lines = []
    if checks.insurer:
        lines.append(f"Insurer: {checks.insurer}")
    lines.append(f"Referral needed: {_yes_no(checks.referral_needed)}")
    if checks.referral_needed:
        obtained = _yes_no(checks.referral_obtained)
        ref = f" (reference {checks.referral_reference})" if checks.referral_reference else ""
        lines.append(f"Referral obtained: {obtained}{ref}")
    lines.append(f"In network: {_yes_no(checks.in_network)}")
    if checks.expected_cost:
        lines.append(f"Expected cost: {checks.expected_cost}")
    if checks.checked_on:
        lines.append(f"Checked on: {checks.checked_on.isoformat()}")
    return lines


def open_insurer_questions(checks: InsurerChecks) -> list[str]:
    """What still needs asking, in plain words (empty when everything is answered)."""
    todo = []
    if checks.referral_needed is None:
        todo.append("Ask whether you need a referral.")
    elif checks.referral_needed and not checks.referral_obtained:
        todo.append("Get the referral from your current doctor's office.")
    if checks.in_network is None:
        todo.append("Ask whether the doctor is in your network.")
    if not checks.expected_cost:
        todo.append("Ask what the visit may cost you.")
    return todo
