"""The SQLite store: built from the corpus (`build`), read with the standard sqlite3 module.

`build` makes it and `open_store` keeps it fresh; `claims`, `cited` and `across` read claims and
footnotes, the bibliography, and what the documents say together. Everything is importable from
here; what only some commands need (the build, with sqlite-utils; the bibliography; where a
claim can be read) is loaded when first used, so that a search is spared compiling it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .across import aliases, entities, entity, related, timeline, topic_sections
from .claims import (
    Claim,
    check_sources,
    citations_of,
    claim,
    claim_ids,
    footnote,
    section_numbers,
    sections,
    source_ids,
    sources,
    stats,
)
from .fresh import STORE_FORMAT, check_damage, fingerprint, open_store, sync_annotations
from .marks import marks_of, resolve_target, tag_counts

if TYPE_CHECKING:
    from .building import build
    from .cited import bibliography, work, work_detail, work_keys, works, works_behind
    from .locate import location

# What is loaded when first used (PEP 562), and from which module.
_LATER = {
    "build": "building",
    "location": "locate",
    **dict.fromkeys(
        ("bibliography", "work", "work_detail", "work_keys", "works", "works_behind"), "cited"
    ),
}

__all__ = [
    "STORE_FORMAT",
    "Claim",
    "aliases",
    "bibliography",
    "build",
    "check_damage",
    "check_sources",
    "citations_of",
    "claim",
    "claim_ids",
    "entities",
    "entity",
    "fingerprint",
    "footnote",
    "location",
    "marks_of",
    "open_store",
    "related",
    "resolve_target",
    "section_numbers",
    "sections",
    "source_ids",
    "sources",
    "stats",
    "sync_annotations",
    "tag_counts",
    "timeline",
    "topic_sections",
    "work",
    "work_detail",
    "work_keys",
    "works",
    "works_behind",
]  # fmt: skip


def __getattr__(name: str) -> object:
    """`store.build`, `store.works` …, imported on first use (PEP 562), and not kept here, so
    that what a test replaces in its module is what is called."""
    if name not in _LATER:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from importlib import import_module

    return getattr(import_module(f"{__name__}.{_LATER[name]}"), name)
