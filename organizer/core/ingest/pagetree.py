"""Counting a PDF's pages ourselves, before qpdf builds its page list.

qpdf makes every page unique when it lists them: a hostile file whose page tree names one page
a million times would become a million-page document and take gigabytes of memory. Walking
the tree first, with a cap, refuses such a file in a few milliseconds.
"""

from __future__ import annotations

import pikepdf

from organizer.core.ingest.errors import ImportRefused

# Far above any real record (a whole hospital stay printed is a few thousand pages).
MAX_PAGES = 10_000


def check_page_tree(pdf: pikepdf.Pdf, max_pages: int = MAX_PAGES) -> int:
    """Return the number of pages the tree names; refuse a tree over ``max_pages`` or broken."""
    root = pdf.Root.get("/Pages")
    if not isinstance(root, pikepdf.Dictionary):
        raise ImportRefused("This PDF has no list of pages; it seems damaged.")
    stack: list[pikepdf.Dictionary] = [root]
    visited: set[tuple[int, int]] = set()
    pages = 0
    while stack:
        node = stack.pop()
        kids = node.get("/Kids")
        if not isinstance(kids, pikepdf.Array):
            pages += 1  # a leaf: a page
            if pages > max_pages:
                raise _too_many(max_pages)
            continue
        if node.objgen in visited:
            continue  # a loop in the tree: qpdf ignores it too
        if node.objgen != (0, 0):
            visited.add(node.objgen)
        if len(kids) > max_pages:
            raise _too_many(max_pages)
        stack.extend(kid for kid in kids if isinstance(kid, pikepdf.Dictionary))
    return pages


def _too_many(max_pages: int) -> ImportRefused:
    return ImportRefused(
        f"This PDF says it has more than {max_pages:,} pages, which no medical record needs; "
        "it may be damaged or made to cause trouble. Ask the sender for a normal copy."
    )
