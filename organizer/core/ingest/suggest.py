"""Suggested section, title and date of service; the user can change all three.

Strong clues (the file name, the PDF's own title) win over words in the text; in the text,
the earliest match wins, because a document says what it is at the top.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from organizer.core.ingest.dates import date_in_name, labelled_service_date, unlabelled_date
from organizer.core.model.sections import Section

# How much of the text is searched for what kind of document it is, and for a date.
TEXT_WINDOW = 4000


@dataclass(frozen=True)
class KindRule:
    title: str
    section: Section
    pattern: re.Pattern[str]


def _rule(title: str, section: Section, pattern: str) -> KindRule:
    return KindRule(title, section, re.compile(pattern, re.IGNORECASE))


# In priority order: when a strong clue names two kinds, the first listed wins.
KIND_RULES: tuple[KindRule, ...] = (
    _rule("Pathology report", Section.RESULTS, r"patholog|histolog|cytolog"),
    _rule("Biopsy report", Section.RESULTS, r"biops"),
    _rule(
        "Operative report",
        Section.SURGERY,
        r"operative (?:report|note)|op[ -]?note|surgical report|operation report|procedure note",
    ),
    _rule(
        "Discharge summary",
        Section.SURGERY,
        r"discharge (?:summary|instructions|plan|papers|letter)",
    ),
    _rule(
        "Treatment plan",
        Section.TREATMENT,
        r"treatment plan|plan of care|care plan|chemotherapy plan|radiation (?:therapy )?plan",
    ),
    _rule(
        "Medication list",
        Section.MEDICATIONS,
        r"medication (?:list|summary)|list of medications|prescriptions?\b|pharmacy|\brx\b",
    ),
    _rule(
        "Imaging report",
        Section.RESULTS,
        r"radiology|\bmri\b|\bct scan\b|\bpet[ -]ct\b|ultrasound|x-?ray|mammogra|imaging report",
    ),
    _rule(
        "Lab results",
        Section.RESULTS,
        r"\blab(?:oratory)? (?:results?|report)|blood (?:test|work)|\bcbc\b|metabolic panel",
    ),
    _rule("Genetic test results", Section.RESULTS, r"genetic test|genomic|\bbrca[12]?\b"),
    _rule("Referral letter", Section.OTHER, r"referral"),
    _rule(
        "Insurance papers",
        Section.OTHER,
        r"insurance|explanation of benefits|prior authori[sz]ation",
    ),
)

# Names cameras, scanners and portals give files: they say nothing about the content.
_GENERIC_NAME = re.compile(
    r"^(?:img|image|dsc|dscn|dcim|pxl|photo|pic|picture|scan|scanned|scanner|doc|document|"
    r"file|download|untitled|page|pages|copy|new|screenshot|screen shot|whatsapp image|"
    r"signal|mms|attachment|print|printout|report|output|export|edited|final)s?$",
    re.IGNORECASE,
)
_JUNK_TITLE = re.compile(
    r"^(?:untitled|document\s*\d*|microsoft word\b.*|.*\.(?:docx?|pdf|rtf|odt|tiff?|jpe?g)|"
    r"scan\s*\d*|page\s*\d*|\d+|[\W_]+)$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Clues:
    file_name: str
    pdf_title: str = ""
    pdf_subject: str = ""
    pdf_keywords: str = ""
    pdf_created: date | None = None
    text: str = ""
    is_image: bool = False


@dataclass(frozen=True)
class Suggestion:
    section: Section
    title: str
    date: date | None
    reasons: list[str] = field(default_factory=list)


def suggest(clues: Clues, today: date) -> Suggestion:
    reasons: list[str] = []
    name_words = _name_words(clues.file_name)
    strong = " ".join(
        s for s in (name_words, clues.pdf_title, clues.pdf_subject, clues.pdf_keywords) if s
    )
    text = clues.text[:TEXT_WINDOW]
    kind = _first_rule(strong) or _earliest_rule(text)
    section = kind.section if kind else Section.OTHER
    if kind:
        reasons.append(f"section from the words: {kind.title.lower()}")
    title = _title(clues, name_words, kind)
    when = _service_date(clues, text, today, reasons)
    return Suggestion(section, title, when, reasons)


def _name_words(file_name: str) -> str:
    stem = file_name.rsplit(".", 1)[0] if "." in file_name[1:] else file_name
    return " ".join(re.sub(r"[_\-.+]+", " ", stem).split())


def _first_rule(text: str) -> KindRule | None:
    for rule in KIND_RULES:
        if rule.pattern.search(text):
            return rule
    return None


def _earliest_rule(text: str) -> KindRule | None:
    best: tuple[int, int, KindRule] | None = None
    for priority, rule in enumerate(KIND_RULES):
        match = rule.pattern.search(text)
        if match and (best is None or (match.start(), priority) < best[:2]):
            best = (match.start(), priority, rule)
    return best[2] if best else None


def _title(clues: Clues, name_words: str, kind: KindRule | None) -> str:
    meta = clues.pdf_title.strip()
    if 3 <= len(meta) <= 120 and not _JUNK_TITLE.match(meta):
        return meta
    meaningful = _meaningful_name(name_words)
    if meaningful:
        return meaningful
    if kind:
        return kind.title
    return "Untitled scan" if clues.is_image else "Untitled document"


def _meaningful_name(name_words: str) -> str:
    """The file name as a title, unless it is only dates, numbers and generic words."""
    letters = re.findall(r"[^\W\d_]+", name_words)
    if not any(len(w) >= 3 and not _GENERIC_NAME.match(w) for w in letters):
        return ""
    phrase = " ".join(w for w in name_words.split() if not re.fullmatch(r"\d{6,}", w))
    return phrase[:1].upper() + phrase[1:] if phrase.islower() else phrase


def _service_date(clues: Clues, text: str, today: date, reasons: list[str]) -> date | None:
    for source, finder, value in (
        ("the text", labelled_service_date, text),
        ("the file name", date_in_name, clues.file_name),
        ("the text", unlabelled_date, text),
    ):
        found = finder(value, today)
        if found is not None:
            reasons.append(f"date from {source}")
            return found
    if clues.pdf_created is not None and clues.pdf_created <= today:
        reasons.append("date from when the PDF was made")
        return clues.pdf_created
    return None
