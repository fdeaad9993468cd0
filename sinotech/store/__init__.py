"""The SQLite store: built from the corpus (`build`), read with the standard sqlite3 module.

`build` makes and refreshes it; `claims`, `works` and `across` read claims and footnotes, the
bibliography, and what the documents say together. Everything is importable from here.
"""

from .across import aliases, entities, entity, related, timeline, topic_sections
from .build import STORE_FORMAT, build, check_damage, fingerprint, open_store, sync_annotations
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
from .locate import location
from .marks import marks_of, resolve_target, tag_counts
from .works import bibliography, work, work_detail, work_keys, works, works_behind

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
