"""Assembly with pikepdf: each packet page is its band page with the content placed above it."""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass, field

from pikepdf import Array, Dictionary, Name, Object, OutlineItem, Pdf, Rectangle, Stream, String

from organizer.core.packet.band import BandPage, render_bands
from organizer.core.packet.contents import TocLink
from organizer.core.packet.slots import Slot, shown_size
from organizer.core.packet.styles import BAND_HEIGHT

APP_CREATOR = "Second Opinion Organizer"
_CONTENT = Name("/PacketContent")


@dataclass
class OutlineEntry:
    title: str
    page: int  # 1-based packet page
    children: list[OutlineEntry] = field(default_factory=list)


def assemble(slots: list[Slot], who: str, check: Callable[[], None], keep: list[Pdf]) -> Pdf:
    """A new PDF with one page per slot: the band below, the content above it."""
    bands = [BandPage(*_slot_size(slot), slot.band_source) for slot in slots]
    band_pdf = Pdf.open(io.BytesIO(render_bands(bands, who)))
    keep.append(band_pdf)  # copied pages read their data from it when the packet is saved
    out = Pdf.new()
    out.pages.extend(band_pdf.pages)  # one call copies them all (and their shared fonts)
    for index, (slot, page) in enumerate(zip(slots, out.pages, strict=True)):
        if index % 50 == 0:
            check()
        slot.page.obj.Rotate = slot.rotate
        # The Form XObject carries the page's rotation, so it shows upright wherever placed.
        form = out.copy_foreign(slot.page.as_form_xobject(True))
        page.add_resource(form, Name.XObject, _CONTENT)
        width, height = _slot_size(slot)
        bottom = 0.0 if slot.generated else BAND_HEIGHT
        placement = page.calc_form_xobject_placement(
            form,
            _CONTENT,
            Rectangle(0, bottom, width, height),
            allow_shrink=True,
            allow_expand=False,
        )
        page.contents_add(b"q\n", prepend=True)
        page.contents_add(b"Q\n" + placement)
    return out


def _slot_size(slot: Slot) -> tuple[float, float]:
    return shown_size(slot.page, slot.rotate)


def add_links(out: Pdf, links: list[TocLink], first_contents_page: int) -> None:
    """Make each contents line a link to its page."""
    pages = list(out.pages)  # indexing out.pages walks the page list each time
    for link in links:
        page = pages[first_contents_page + link.contents_page]
        target = pages[link.target - 1]
        annot = out.make_indirect(
            Dictionary(
                Type=Name.Annot,
                Subtype=Name.Link,
                Rect=Array(list(link.rect)),
                Border=Array([0, 0, 0]),
                Dest=Array([target.obj, Name.Fit]),
            )
        )
        if "/Annots" not in page.obj:
            page.obj.Annots = Array()
        page.obj.Annots.append(annot)


def add_outline(out: Pdf, entries: list[OutlineEntry]) -> list[str]:
    """Bookmarks; returns their titles in reading order (to check the written file)."""
    titles: list[str] = []

    def item(entry: OutlineEntry) -> OutlineItem:
        titles.append(entry.title)
        node = OutlineItem(entry.title, entry.page - 1)
        node.children.extend(item(child) for child in entry.children)
        return node

    with out.open_outline() as outline:
        outline.root.extend(item(entry) for entry in entries)
    return titles


# Keys that carry metadata or behaviour; none may survive anywhere in a packet.
SCRUB_KEYS = (
    "/Metadata",
    "/PieceInfo",
    "/AA",
    "/OpenAction",
    "/JS",
    "/JavaScript",
    "/EmbeddedFile",
    "/EmbeddedFiles",
    "/Thumb",
)


_SCRUB_SET = frozenset(SCRUB_KEYS)


def scrub_everything(out: Pdf) -> None:
    """A last pass over every object: remove metadata and actions wherever they hide
    (font descriptors, nested forms...)."""
    # Direct objects form a tree below each indirect one, so the walk cannot loop. One look
    # at each entry (not a lookup per scrubbed name) keeps this pass quick on big packets.

    def walk(obj: Object) -> None:
        if isinstance(obj, Array):
            for child in obj:
                _walk_direct(child, walk)
        elif isinstance(obj, Dictionary | Stream):
            for key, child in obj.items():  # a snapshot: deleting while walking is safe
                if key in _SCRUB_SET:
                    del obj[key]
                else:
                    _walk_direct(child, walk)

    for obj in out.objects:
        walk(obj)


def _walk_direct(child: object, walk: Callable[[Object], None]) -> None:
    if isinstance(child, Dictionary | Array) and not child.is_indirect:
        walk(child)


def finish_catalog(out: Pdf, title: str) -> None:
    """The only metadata a packet carries: a title and the app as creator."""
    out.Root.PageMode = Name.UseOutlines
    out.Root.Lang = String("en")
    out.Root.ViewerPreferences = Dictionary(DisplayDocTitle=True)
    out.trailer.Info = out.make_indirect(
        Dictionary(Title=String(title), Creator=String(APP_CREATOR))
    )


def read_outline_titles(pdf: Pdf) -> list[str]:
    titles: list[str] = []

    def walk(items: list[OutlineItem]) -> None:
        for node in items:
            titles.append(str(node.title))
            walk(node.children)

    with pdf.open_outline() as outline:
        walk(outline.root)
    return titles
