"""The SQLite store: built from the corpus (`build`), read with the standard sqlite3 module.

`build` makes it and `open_store` keeps it fresh; `claims`, `works` and `across` read claims and
footnotes, the bibliography, and what the documents say together. Everything is importable from
here; `build` is loaded when first used, since only building needs its module and sqlite-utils.
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
from .locate import location
from .marks import marks_of, resolve_target, tag_counts
from .works import bibliography, work, work_detail, work_keys, works, works_behind

if TYPE_CHECKING:
    from .building import build

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
    """`store.build`, imported on first use (PEP 562): every command but a build is spared
    compiling the build's module."""
    if name == "build":
        from .building import build

        return build
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
