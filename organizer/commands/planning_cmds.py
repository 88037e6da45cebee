"""Planning subcommands before the visit: records requests, appointments, starting an opinion.

(After the visit, the checklist and the insurer: ``opinion_cmds.py``.)

Where several requests or appointments exist, the commands act on the most recent request
and the next appointment unless ``--id`` names another.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from organizer.commands.common import (
    open_vault,
    parse_date,
    parse_datetime,
    print_list,
    vault_command,
)
from organizer.core.errors import UserError
from organizer.core.model import (
    Appointment,
    Contact,
    OpinionProvider,
    Provider,
    RecordsRequest,
    utc_now,
)
from organizer.core.planning import (
    appointment_event,
    calendar_bytes,
    choose_appointment,
    display_name,
    find_opinion_provider,
    find_request,
    mark_received,
    request_status,
    start_next_opinion,
)
from organizer.core.planning.output import write_atomic
from organizer.core.planning.requests import add_request


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    _register_request(subparsers)
    _register_appointment(subparsers)
    _register_start_opinion(subparsers)


# --- request ---------------------------------------------------------------------------


def _register_request(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = vault_command(
        subparsers,
        "request",
        _request,
        "records requests: add, mark received, write the request letter",
        description="With no other option, lists the records requests. The letter and "
        "--received act on the most recent request unless --id names another.",
    )
    p.add_argument("--id", help="the request to act on (id or its first characters)")
    p.add_argument("--add", action="store_true", help="add a new request (needs --from, --what)")
    p.add_argument("--from", dest="from_whom", metavar="WHOM", help="who the records come from")
    p.add_argument("--what", help="which records are asked for")
    p.add_argument("--how", default="", help="how it is sent: portal, fax, letter, phone...")
    p.add_argument("--delivery", default="", help="how you want the records: PDF, disc, paper")
    p.add_argument(
        "--asked", type=parse_date, metavar="YYYY-MM-DD", help="date asked (default: today)"
    )
    p.add_argument(
        "--received",
        type=parse_date,
        metavar="YYYY-MM-DD",
        help="mark the request received on that date",
    )
    p.add_argument(
        "--doc", action="append", default=[], metavar="ID", help="link a document it brought"
    )
    p.add_argument("--letter", type=Path, metavar="OUT.pdf", help="write the request letter")
    p.add_argument("--paper", choices=("a4", "letter"), default="a4", help="paper size")


def _request(args: argparse.Namespace) -> int:
    with open_vault(args) as vault:
        content = vault.content
        changed = False
        request: RecordsRequest | None = None
        if args.add:
            if not args.from_whom or not args.what:
                raise UserError("To add a request, give --from WHOM and --what TEXT.")
            request = add_request(
                content,
                args.from_whom,
                args.what,
                date_asked=args.asked or utc_now().date(),
                how=args.how,
                delivery_preference=args.delivery,
            )
            changed = True
            print(f"Added records request {request.id[:8]} to {request.from_whom}.")
        else:
            request = find_request(content, args.id) if content.records_requests else None
        if args.received or args.doc:
            if request is None:
                raise UserError("There are no records requests yet. Add one first.")
            mark_received(content, request, args.received or utc_now().date(), args.doc)
            changed = True
            print(f"Marked {request.id[:8]} received: {request_status(request)}.")
        if changed:
            vault.commit()
        if args.letter:
            if request is None:
                raise UserError("There are no records requests yet. Add one with --add.")
            from organizer.core.planning.letter import write_request_letter

            write_request_letter(content, request, args.letter, utc_now().date(), paper=args.paper)
            print(f"Wrote the request letter to {args.letter}: print it, sign it and send it.")
        if not (args.add or args.received or args.doc or args.letter):
            print_list(
                (
                    f"{r.id[:8]}  {r.from_whom}: {r.what} ({request_status(r)})"
                    for r in content.records_requests
                ),
                "No records requests yet.",
            )
    return 0


# --- appointment -----------------------------------------------------------------------


def _register_appointment(
    subparsers: argparse._SubParsersAction[argparse.ArgumentParser],
) -> None:
    p = vault_command(
        subparsers,
        "appointment",
        _appointment,
        "set an appointment; write its calendar file or what-to-bring list",
        description="Acts on the next appointment unless --id names a provider (id or name). "
        "With no other option, lists the providers asked and their appointments.",
    )
    p.add_argument("--id", help="the provider asked for an opinion (id, or name)")
    p.add_argument(
        "--at", type=parse_datetime, metavar="WHEN", help="set the start, 2026-12-08T10:30"
    )
    p.add_argument("--duration", type=int, metavar="MINUTES", help="length (default 60)")
    p.add_argument("--place", help="address or room")
    p.add_argument("--video", metavar="URL", help="video link for a telehealth visit")
    p.add_argument("--ics", type=Path, metavar="OUT.ics", help="write a calendar file")
    p.add_argument(
        "--bring-list", type=Path, metavar="OUT.pdf", help="write the what-to-bring list"
    )


def _appointment(args: argparse.Namespace) -> int:
    now = utc_now()
    with open_vault(args) as vault:
        content = vault.content
        if args.at or args.place is not None or args.video is not None or args.duration:
            if not args.id:
                raise UserError("Say whose appointment to set with --id (provider name or id).")
            op = find_opinion_provider(content, args.id)
            appt = op.appointment or Appointment()
            if args.at:
                appt.starts_at = args.at
            if args.duration:
                appt.duration_minutes = args.duration
            if args.place is not None:
                appt.place = args.place
            if args.video is not None:
                appt.video_link = args.video
            op.appointment = appt
            op.checklist["appointment_booked"] = appt.starts_at is not None
            vault.commit()
            print(f"Saved the appointment with {display_name(op)}.")
        if args.ics or args.bring_list:
            op = choose_appointment(content, now, args.id)
            if args.ics:
                write_atomic(args.ics, calendar_bytes(appointment_event(op, now)))
                print(f"Wrote the calendar file to {args.ics}.")
            if args.bring_list:
                from organizer.core.planning.bring_list import write_bring_list

                write_bring_list(content, op, args.bring_list, now.date())
                print(f"Wrote the what-to-bring list to {args.bring_list}.")
        elif not (args.at or args.place is not None or args.video is not None or args.duration):
            print_list(
                (
                    f"{op.id[:8]}  {display_name(op)}: {_appointment_time(op)}"
                    for op in content.case.opinion_providers
                ),
                "No providers asked for an opinion yet (see: start-opinion).",
            )
    return 0


def _appointment_time(op: OpinionProvider) -> str:
    if op.appointment and op.appointment.starts_at:
        return op.appointment.starts_at.isoformat(sep=" ", timespec="minutes")
    return "no date yet"


# --- start-opinion ---------------------------------------------------------------------


def _register_start_opinion(
    subparsers: argparse._SubParsersAction[argparse.ArgumentParser],
) -> None:
    p = vault_command(
        subparsers,
        "start-opinion",
        _start_opinion,
        "ask one more provider for an opinion (second, third...) with a fresh checklist",
    )
    p.add_argument("--provider", required=True, metavar="NAME", help="doctor's name")
    p.add_argument("--practice", default="", help="practice, clinic or hospital")
    p.add_argument("--phone", default="")
    p.add_argument("--address", default="")


def _start_opinion(args: argparse.Namespace) -> int:
    with open_vault(args) as vault:
        provider = Provider(
            name=args.provider,
            practice=args.practice,
            contact=Contact(phone=args.phone, address=args.address),
        )
        op = start_next_opinion(vault.content, provider)
        vault.commit()
        print(f"Added {display_name(op)} ({op.id[:8]}), with a fresh checklist.")
    return 0
