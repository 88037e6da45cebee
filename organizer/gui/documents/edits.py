"""Page edits on a document (pure functions over the model, no Qt): order, include, split."""

from __future__ import annotations

import copy

from organizer.core.model import Document, new_id, utc_now


def display_order(doc: Document) -> list[int]:
    """Included pages in packet order, then the excluded ones in their original order."""
    included = list(doc.included_pages)
    return included + [p for p in range(doc.page_count) if p not in included]


def cover_page(doc: Document) -> tuple[int, int]:
    """The page a thumbnail shows, and its turn: the first packet page (or the first page when
    none is chosen). When this changes, the thumbnail is drawn again."""
    page = doc.included_pages[0] if doc.included_pages else 0
    rotation = doc.rotations[page] % 360 if page < len(doc.rotations) else 0
    return page, rotation


def set_included(doc: Document, page: int, include: bool) -> None:
    if include and page not in doc.included_pages:
        # Put it back after the included pages that come before it in the original order.
        position = sum(1 for p in doc.included_pages if p < page)
        doc.included_pages.insert(position, page)
    elif not include and page in doc.included_pages:
        doc.included_pages.remove(page)


def move_page(doc: Document, page: int, step: int) -> bool:
    """Move an included page ``step`` places in the packet order. True if it moved."""
    if page not in doc.included_pages:
        return False
    index = doc.included_pages.index(page)
    target = index + step
    if not 0 <= target < len(doc.included_pages):
        return False
    pages = doc.included_pages
    pages[index], pages[target] = pages[target], pages[index]
    return True


def rotate_page(doc: Document, page: int, degrees: int) -> None:
    doc.rotations[page] = (doc.rotations[page] + degrees) % 360


def split_before(doc: Document, page: int, second_title: str) -> Document:
    """Split a bundled document before ``page``: the pages from there on become a new document.

    Both documents keep the same original file(s) (so nothing is copied or lost); each one
    includes only its own pages. Returns the new document (the caller adds it to the content).
    """
    if page not in doc.included_pages:
        raise ValueError("only an included page can start the second document")
    index = doc.included_pages.index(page)
    if index == 0:
        raise ValueError("splitting before the first page would leave an empty document")
    second = copy.deepcopy(doc)
    second.id = new_id()
    second.added = utc_now()
    second.title = second_title
    second.included_pages = doc.included_pages[index:]
    doc.included_pages = doc.included_pages[:index]
    return second
