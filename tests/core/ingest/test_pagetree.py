"""A PDF's page tree is counted before qpdf lists its pages, so hostile trees are refused fast."""

from __future__ import annotations

import io
import resource

import pikepdf
import pytest

from benchmarks.reliability.hostile_corpus import CATALOG, PAGE, raw_pdf
from organizer.core.ingest.errors import ImportRefused
from organizer.core.ingest.pagetree import check_page_tree
from organizer.core.ingest.pdfs import inspect_pdf
from tests.synthetic import text_pdf_bytes


def _one_page_named(times: int) -> bytes:
    """A one-page PDF whose page tree names that page ``times`` times (a known attack).

    Written by hand: saving it with qpdf would make the pages unique and defuse it.
    """
    kids = b"<< /Type /Pages /Kids [" + b"3 0 R " * times + b"] /Count %d >>" % times
    return raw_pdf([CATALOG, kids, PAGE % b""])


def test_a_page_named_two_hundred_thousand_times_is_refused_without_blowing_up_memory() -> None:
    data = _one_page_named(200_000)
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    with pytest.raises(ImportRefused, match="more than 10,000 pages"):
        inspect_pdf(data, None)
    grown_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before
    # qpdf's own page list would need ~500 MB for this file; the walk needs a few MB.
    assert grown_kib < 200 * 1024


def test_real_multi_page_pdfs_are_counted_and_accepted() -> None:
    data = text_pdf_bytes(pages=3)
    with pikepdf.open(io.BytesIO(data)) as pdf:
        assert check_page_tree(pdf) == 3
    assert inspect_pdf(data, None).page_count == 3


def test_the_cap_counts_leaves_not_the_claimed_count() -> None:
    data = text_pdf_bytes(pages=4)
    with pikepdf.open(io.BytesIO(data)) as pdf:
        pdf.Root.Pages.Count = 2_000_000_000  # a lie in /Count alone changes nothing
        assert check_page_tree(pdf, max_pages=4) == 4
        with pytest.raises(ImportRefused):
            check_page_tree(pdf, max_pages=3)


def test_a_page_claiming_to_be_kilometres_long_is_refused() -> None:
    huge = b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 1e30 1e30] /UserUnit 75000 >>"
    data = raw_pdf([CATALOG, b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>", huge])
    with pytest.raises(ImportRefused, match="over 50 metres"):
        inspect_pdf(data, None)


def test_a_long_but_real_page_is_accepted() -> None:
    strip = b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 8000] >>"  # an ECG-like strip
    data = raw_pdf([CATALOG, b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>", strip])
    assert inspect_pdf(data, None).page_sizes == [(612.0, 8000.0)]
