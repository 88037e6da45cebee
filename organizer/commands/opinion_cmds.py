"""Planning subcommands: opinions and their comparison, the checklist, the insurer checks."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from organizer.commands.common import open_vault, parse_date, print_list, vault_command
from organizer.core.errors import UserError
from organizer.core.model import utc_now
from organizer.core.planning import (
    checklist_for,
    display_name,
    find_opinion_provider,
    record_opinion,
    set_manual_item,
)
from organizer.core.planning.checklist import progress_counts
from organizer.core.planning.insurer import (
    ASK_BEFORE_BOOKING,
    QUESTIONS_TO_ASK,
    insurer_summary,
    open_insurer_questions,
)


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    _register_opinion(subparsers)
    _register_compare(subparsers)
    _register_checklist(subparsers)
    _register_insurer(subparsers)


# --- opinion ---------------------------------------------------------------------------


def _register_opinion(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = vault_command(
        subparsers,
        "opinion",
        _opinion,
        "record the opinion a provider gave (or list them)",
        description="With --provider, records an opinion; without, lists those recorded.",
    )
    p.add_argument("--provider", metavar="NAME", help="who gave the opinion")
    p.add_argument(
        "--date", type=parse_date, metavar="YYYY-MM-DD", help="date of the visit (default: today)"
    )
    p.add_argument("--diagnosis", default="")
    p.add_argument("--treatment", default="", help="the recommended treatment")
    p.add_argument("--options", default="", help="other options mentioned")
    p.add_argument("--notes", default="")
    p.add_argument("--doc", action="append", default=[], metavar="ID", help="a document received")


def _opinion(args: argparse.Namespace) -> int:
    with open_vault(args) as vault:
        content = vault.content
        if args.provider is None:
            print_list(
                (
                    f"{o.id[:8]}  {o.provider_name} ({o.date.isoformat() if o.date else 'no date'})"
                    f": {o.diagnosis or '-'}"
                    for o in content.opinions
                ),
                "No opinions recorded yet.",
            )
            return 0
        opinion = record_opinion(
            content,
            args.provider,
            on=args.date or utc_now().date(),
            diagnosis=args.diagnosis,
            recommended_treatment=args.treatment,
            other_options=args.options,
            notes=args.notes,
            document_ids=args.doc,
        )
        vault.commit()
        print(f"Recorded the opinion of {opinion.provider_name} ({opinion.id[:8]}).")
    return 0


# --- compare ---------------------------------------------------------------------------


def _register_compare(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = vault_command(
        subparsers,
        "compare",
        _compare,
        "write a one-page side-by-side comparison of the opinions (PDF)",
    )
    p.add_argument("out", type=Path, metavar="OUT.pdf")
    p.add_argument(
        "--id", action="append", default=[], metavar="ID", help="an opinion to include (repeat)"
    )


def _compare(args: argparse.Namespace) -> int:
    with open_vault(args) as vault:
        from organizer.core.planning.compare import choose_opinions, write_comparison

        opinions = choose_opinions(vault.content, args.id or None)
        write_comparison(vault.content, opinions, args.out, utc_now().date())
    names = ", ".join(o.provider_name for o in opinions)
    print(f"Wrote the comparison of {names} to {args.out}.")
    return 0


# --- checklist -------------------------------------------------------------------------


def _register_checklist(
    subparsers: argparse._SubParsersAction[argparse.ArgumentParser],
) -> None:
    p = vault_command(
        subparsers,
        "checklist",
        _checklist,
        "show (or tick) the preparation checklist for each provider asked",
    )
    p.add_argument("--id", help="only this provider (id, or name)")
    p.add_argument("--json", action="store_true", help="print JSON for scripts")
    p.add_argument("--tick", action="append", default=[], metavar="KEY", help="tick an item")
    p.add_argument("--untick", action="append", default=[], metavar="KEY", help="untick one")


def _checklist(args: argparse.Namespace) -> int:
    today = utc_now().date()
    with open_vault(args) as vault:
        content = vault.content
        providers = content.case.opinion_providers
        if args.id:
            providers = [find_opinion_provider(content, args.id)]
        if args.tick or args.untick:
            if len(providers) != 1:
                raise UserError("Say which provider's checklist to tick with --id.")
            for key in args.tick:
                set_manual_item(providers[0], key, True)
            for key in args.untick:
                set_manual_item(providers[0], key, False)
            vault.commit()
        report: list[dict[str, Any]] = []
        for op in providers:
            items = checklist_for(content, op, today)
            report.append(
                {
                    "id": op.id,
                    "provider": display_name(op),
                    "items": [
                        {
                            "key": i.key,
                            "label": i.label,
                            "automatic": i.automatic,
                            "done": i.done,
                            "hint": i.hint,
                        }
                        for i in items
                    ],
                }
            )
            if not args.json:
                done, total = progress_counts(items)
                print(f"{display_name(op)} ({op.id[:8]}): {done} of {total} done")
                for i in items:
                    mark = "[x]" if i.done else "[ ]"
                    how = "auto" if i.automatic else i.key
                    hint = f" - {i.hint}" if i.hint and not i.done else ""
                    print(f"  {mark} {i.label} ({how}){hint}")
        if args.json:
            print(json.dumps({"providers": report}, indent=2, ensure_ascii=False))
        elif not providers:
            print("No providers asked for an opinion yet (see: start-opinion).")
    return 0


# --- insurer ---------------------------------------------------------------------------


def _yes_no(text: str) -> bool:
    answers = {"yes": True, "y": True, "no": False, "n": False}
    if text.casefold() not in answers:
        raise argparse.ArgumentTypeError(f"'{text}': answer yes or no")
    return answers[text.casefold()]


def _register_insurer(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = vault_command(
        subparsers,
        "insurer",
        _insurer,
        "note what the insurer said (referral, network, cost); show what is left to ask",
    )
    p.add_argument("--name", help="the insurer's name")
    p.add_argument("--referral-needed", type=_yes_no, metavar="yes|no")
    p.add_argument("--referral-obtained", type=_yes_no, metavar="yes|no")
    p.add_argument("--reference", help="the referral's reference number")
    p.add_argument("--in-network", type=_yes_no, metavar="yes|no")
    p.add_argument("--cost", help="what you were told you may pay")
    p.add_argument("--notes")


def _insurer(args: argparse.Namespace) -> int:
    updates = {
        "insurer": args.name,
        "referral_needed": args.referral_needed,
        "referral_obtained": args.referral_obtained,
        "referral_reference": args.reference,
        "in_network": args.in_network,
        "expected_cost": args.cost,
        "notes": args.notes,
    }
    with open_vault(args) as vault:
        checks = vault.content.case.insurer
        given = {k: v for k, v in updates.items() if v is not None}
        if given:
            for key, value in given.items():
                setattr(checks, key, value)
            checks.checked_on = utc_now().date()
            vault.commit()
        for line in insurer_summary(checks):
            print(line)
        todo = open_insurer_questions(checks)
        if todo:
            print()
            print(ASK_BEFORE_BOOKING)
            for line in todo:
                print(f"  - {line}")
            print("Questions you can ask:")
            for line in QUESTIONS_TO_ASK:
                print(f"  - {line}")
    return 0
