"""What every held-out document's gold table promises, checked one way for every format: no
debris in any claim, and the title, date and authors the table records."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sinotech.ingest.model import Document

# Typographic quotes and dashes, which a gold table may write plainly.
TYPOGRAPHY = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "–": "-", "—": "-"})


def assert_no_debris(document: Document, gold: dict) -> None:
    """No claim holds a piece of debris the table lists: a string, or {"re": pattern}."""
    for claim in document.claims:
        for piece in gold["debris"]:
            if isinstance(piece, dict):
                assert not re.search(piece["re"], claim.text), claim.text
            else:
                assert piece not in claim.text, claim.text


def assert_metadata(document: Document, gold: dict, authors: bool = True) -> None:
    """The title and date the table records, and (with `authors`) the authors' surnames."""
    meta = document.metadata
    assert (meta.title, meta.issued) == (gold["meta"]["title"], gold["meta"]["date"])
    if authors:
        assert [name.split()[-1] for name in meta.authors] == gold["meta"]["authors"]
