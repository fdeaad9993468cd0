"""The user's tags and notes on claims and works, kept in the library (annotations.json).

The store is derived and may be rebuilt at any time, so marks live beside it, in the library,
and are copied into the store's `tags` and `notes` tables on every build and whenever one
changes. Each mark remembers what it was put on (a claim's text, a work's identity), so a
rebuild that renumbers claims or re-keys works moves it to the same sentence or work; a mark
whose sentence is gone is never dropped, only reported as detached.

    {"format": "sinotech-annotations", "version": 1,
     "marks": {"acri-2022:2.1:8": {"kind": "claim", "anchor": "…the claim's text…",
                                   "tags": ["checked"], "note": "…", "updated": "…"}}}
"""

from __future__ import annotations

import json
import unicodedata
from dataclasses import asdict, dataclass, field
from typing import TYPE_CHECKING

from .errors import InputError, SinotechError
from .paths import ANNOTATIONS, library_dir

if TYPE_CHECKING:
    import sqlite3
    from pathlib import Path

FORMAT = "sinotech-annotations"
MAX_TAG = 64


@dataclass
class Mark:
    """The tags and note on one claim or work, and what they were put on."""

    kind: str  # 'claim' or 'work'
    anchor: str  # the claim's text, or the work's identity (DOI, URL or title|year)
    tags: list[str] = field(default_factory=list)
    note: str | None = None
    updated: str | None = None

    def empty(self) -> bool:
        return not self.tags and self.note is None


def annotations_path(store_path: Path) -> Path:
    return library_dir(store_path) / ANNOTATIONS


def load(store_path: Path) -> dict[str, Mark]:
    """Every mark by target (a claim id or a work key). A file that cannot be read is an error
    naming it: it is the user's own record and is never overwritten while damaged."""
    path = annotations_path(store_path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if data.get("format") != FORMAT:
            raise ValueError("not a sinotech annotations file")
        return {target: Mark(**mark) for target, mark in data["marks"].items()}
    except FileNotFoundError:
        return {}
    except (OSError, ValueError, TypeError, KeyError, AttributeError) as error:
        raise SinotechError(
            f"cannot read your tags and notes in {path}: {error}; fix or move the file"
        ) from None


def load_leniently(store_path: Path) -> dict[str, Mark]:
    """The marks, or none when the file is damaged: a rebuild goes on without them (the
    commands that change marks report the damage)."""
    try:
        return load(store_path)
    except SinotechError:
        return {}


def save(store_path: Path, marks: dict[str, Mark]) -> None:
    from .library import write_atomic

    data = {
        "format": FORMAT,
        "version": 1,
        "marks": {
            target: asdict(mark) for target, mark in sorted(marks.items()) if not mark.empty()
        },
    }
    write_atomic(
        annotations_path(store_path), json.dumps(data, indent=1, ensure_ascii=False) + "\n"
    )


def check_tag(tag: str) -> str:
    """A tag as typed, trimmed: one to 64 printable characters."""
    tag = tag.strip()
    if not tag:
        raise InputError("a tag cannot be empty")
    if len(tag) > MAX_TAG:
        raise InputError(f"a tag is at most {MAX_TAG} characters: {tag[:20]!r}…")
    if any(unicodedata.category(char).startswith("C") for char in tag):
        raise InputError(f"a tag cannot hold control characters: {tag!r}")
    return tag


def change(
    store_path: Path,
    connection: sqlite3.Connection,
    target: str,
    add: tuple[str, ...] = (),
    remove: tuple[str, ...] = (),
    note: str | None = None,
    clear_note: bool = False,
    clear_tags: bool = False,
) -> tuple[str, Mark]:
    """Tag, untag (every tag, with `clear_tags`) or annotate one claim or work, under the
    library's lock; the store follows.

    Returns the canonical target (a key in its stored case) and its mark as it now stands.
    """
    from . import store
    from .library import locked, now

    kind, canonical, anchor = store.resolve_target(connection, target)
    added = [check_tag(tag) for tag in add]
    with locked(store_path):
        marks = load(store_path)
        mark = marks.get(canonical) or Mark(kind, anchor)
        mark.anchor = anchor
        for tag in added:
            if tag not in mark.tags:
                mark.tags.append(tag)
        missing = [tag for tag in remove if tag not in mark.tags]
        if missing:
            raise InputError(f"{canonical} has no tag {missing[0]!r}")
        mark.tags = [] if clear_tags else [tag for tag in mark.tags if tag not in remove]
        if note is not None or clear_note:
            mark.note = note
        mark.updated = now()
        marks[canonical] = mark
        save(store_path, marks)
        store.sync_annotations(store_path)
    return canonical, mark


def detached(store_path: Path, connection: sqlite3.Connection) -> list[str]:
    """The marks whose claim or work this store no longer holds (kept, and reported)."""
    from .store.marks import place

    return place(connection, load(store_path))[1]
