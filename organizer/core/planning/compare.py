"""The one-page side-by-side comparison of the opinions received, for both providers."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.platypus import Flowable, Spacer, Table, TableStyle

from organizer.core.errors import UserError
from organizer.core.model import Opinion, VaultContent
from organizer.core.planning.letter import long_date
from organizer.core.planning.opinions import find_opinion, opinions_in_order
from organizer.core.planning.output import write_atomic
from organizer.core.planning.pdfpage import MARGIN, Styles, fits, one_page_pdf, para

PAGE = landscape(A4)
MAX_COLUMNS = 4  # more would be unreadable side by side on one page
SHORTENED = " … (shortened here; the full text is in the vault)"

ROWS: tuple[tuple[str, Callable[[Opinion], str]], ...] = (
    ("Diagnosis", lambda o: o.diagnosis),
    ("Recommended treatment", lambda o: o.recommended_treatment),
    ("Other options", lambda o: o.other_options),
    ("Notes", lambda o: o.notes),
)


def _shorten(text: str, limit: int | None) -> str:
    if limit is None or len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0] if " " in text[:limit] else text[:limit]
    return cut.rstrip() + SHORTENED


def compare_story(
    content: VaultContent,
    opinions: list[Opinion],
    today: date,
    styles: Styles,
    limit: int | None = None,
) -> list[Flowable]:
    patient = content.case.patient
    who = patient.name.strip() or "the patient"
    if patient.date_of_birth:
        who += f", born {long_date(patient.date_of_birth)}"
    story: list[Flowable] = [
        para("Comparison of opinions", styles.title),
        para(f"For {who}. Prepared on {long_date(today)}.", styles.body),
    ]
    header = [para("", styles.cell)]
    for opinion in opinions:
        when = f"\n{long_date(opinion.date)}" if opinion.date else ""
        header.append(para(f"{opinion.provider_name}{when}", styles.cell_bold))
    rows: list[list[Flowable]] = [header]
    for label, value in ROWS:
        row: list[Flowable] = [para(label, styles.cell_bold)]
        for opinion in opinions:
            text = value(opinion).strip() or "—"
            row.append(para(_shorten(text, limit), styles.cell))
        rows.append(row)
    width = PAGE[0] - 2 * MARGIN - 12
    first = width * 0.16
    other = (width - first) / len(opinions)
    table = Table(rows, colWidths=[first] + [other] * len(opinions), repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("FONTNAME", (0, 0), (-1, -1), styles.cell.fontName),
                ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#888888")),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8eef5")),
                ("BACKGROUND", (0, 1), (0, -1), colors.HexColor("#f3f3f3")),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ]
        )
    )
    story.append(table)
    story.append(Spacer(1, styles.size))
    story.append(
        para(
            "Made by the patient to discuss with each provider. Where the opinions differ, "
            "the patient may ask the providers to talk to each other, or seek another opinion.",
            styles.small,
        )
    )
    return story


def choose_opinions(content: VaultContent, ids: list[str] | None = None) -> list[Opinion]:
    """The opinions to compare: those named, else all (the latest four), by date."""
    chosen = [find_opinion(content, i) for i in ids] if ids else opinions_in_order(content)
    if not chosen:
        raise UserError("No opinions are recorded yet. Record one after each visit.")
    if len(chosen) > MAX_COLUMNS:
        if ids:
            raise UserError(f"At most {MAX_COLUMNS} opinions fit side by side on one page.")
        chosen = chosen[-MAX_COLUMNS:]
    return chosen


def comparison_pdf(content: VaultContent, opinions: list[Opinion], today: date) -> bytes:
    def shortened(styles: Styles) -> list[Flowable]:
        # Shorten long cells step by step until the smallest text size fits.
        story: list[Flowable] = []
        for limit in (1500, 1000, 700, 450, 300, 200):
            story = compare_story(content, opinions, today, styles, limit)
            if fits(story, PAGE):
                break
        return story

    return one_page_pdf(
        lambda styles: compare_story(content, opinions, today, styles),
        pagesize=PAGE,
        title="Comparison of opinions",
        footer=f"Prepared with Second Opinion Organizer on {today.isoformat()}.",
        shorten=shortened,
    )


def write_comparison(
    content: VaultContent, opinions: list[Opinion], out_path: Path, today: date
) -> Path:
    return write_atomic(out_path, comparison_pdf(content, opinions, today))
