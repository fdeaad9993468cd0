"""Entities: the organisations, programmes, technologies and places claims are about.

The list is reviewed data (`sinotech/data/entities.tsv`); the abbreviations the documents define
in place ("Hypersonic vehicles (HVs)", "anti-satellite (ASAT)") are harvested from the text with
the Schwartz–Hearst rule and join the entity their long form names, or become new entities.
Mentions are found by whole-word matching: an alias with a capital letter case-sensitively (so
US is never "us"), an all-lower-case alias in any case and with a plural -s.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Iterable

DATA = Path(__file__).resolve().parent / "data" / "entities.tsv"
_DEFINITION = re.compile(
    r"\((?P<short>[A-Z][A-Za-z0-9&/-]{1,8}?)(?:,\s*['‘’]?(?P<also>[^)'‘’]+)['‘’]?)?\)"
)
_CLAUSE_END = re.compile(r"[.;:()]")


_JOINERS = frozenset({"and", "of", "the", "for", "in", "on"})


def _key(name: str) -> str:
    return name.lower().replace("’", "'")


@dataclass
class Entity:
    name: str
    kind: str
    aliases: list[str] = field(default_factory=list)
    harvested: list[str] = field(default_factory=list)  # abbreviations found in the documents

    def names(self) -> list[str]:
        return [self.name, *self.aliases, *self.harvested]


def load(path: Path = DATA) -> list[Entity]:
    """The curated entities."""
    entities = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#") or line.startswith("name\t"):
            continue
        name, kind, aliases = [*line.split("\t"), ""][:3]
        alias_list = [alias.strip() for alias in aliases.split("|") if alias.strip()]
        entities.append(Entity(name, kind, alias_list))
    return entities


def long_form(short: str, before: str) -> str | None:
    """Schwartz–Hearst: the shortest tail of `before` whose letters spell `short` in order, its
    first letter starting a word ('Hypersonic vehicles' for HVs)."""
    letters = [c.lower() for c in (short[:-1] if short.endswith("s") else short) if c.isalnum()]
    if len(letters) < 2:
        return None
    text = before.rstrip(" '‘’,")
    index = len(text) - 1
    for position in range(len(letters) - 1, -1, -1):
        letter = letters[position]
        while index >= 0 and (
            text[index].lower() != letter
            or (position == 0 and index > 0 and text[index - 1].isalnum())
        ):
            index -= 1
        if index < 0:
            return None
        index -= 1
    start = text.rfind(" ", 0, index + 2) + 1
    words = text[start:].strip(" '‘’").split()
    before_words = text[:start].split()
    # 'and missile defence' for AMD: the definition began a word earlier ('Air and …').
    joined = words and words[0].lower() in _JOINERS and before_words
    if joined and before_words[-1][:1].lower() == letters[0]:
        words.insert(0, before_words[-1])
    found = " ".join(words)
    return found if 0 < len(words) <= min(len(letters) + 5, 2 * len(letters)) else None


def harvest(texts: Iterable[str]) -> dict[str, tuple[str, list[str]]]:
    """{abbreviation: (long form, other glosses)} defined in the texts."""
    found: dict[str, tuple[str, list[str]]] = {}
    for text in texts:
        for match in _DEFINITION.finditer(text):
            short = match["short"]
            if sum(1 for c in short if c.isupper()) < 2 or short in found:
                continue
            before = text[max(0, match.start() - 120) : match.start()]
            full = long_form(short, _CLAUSE_END.split(before)[-1])
            if full:
                found[short] = (full, [match["also"].strip()] if match["also"] else [])
    return found


def with_harvest(entities: list[Entity], texts: Iterable[str]) -> list[Entity]:
    """Add each harvested abbreviation to the entity its long form names, or a new 'term'.
    An abbreviation the curated list already knows (as a name, alias or pattern) is left to it."""
    by_name = {_key(name): entity for entity in entities for name in entity.names()}
    patterns = [name for entity in entities for name in entity.names() if name.startswith("re:")]
    for short, (full, others) in harvest(texts).items():
        if _key(short) in by_name or any(short in pattern for pattern in patterns):
            continue
        entity = by_name.get(_key(full)) or by_name.get(_key(full).rstrip("s"))
        if entity is None:
            entity = Entity(full, "term")
            entities.append(entity)
            by_name[_key(full)] = entity
        for alias in (short, *others):
            if _key(alias) not in by_name:
                entity.harvested.append(alias)
                by_name[_key(alias)] = entity
    return entities


@functools.cache
def _compiled(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


def _pattern(alias: str) -> str:
    if alias.startswith("re:"):
        return alias[3:]
    escaped = re.escape(alias)
    if alias.islower():
        return rf"(?i:(?<![\w-]){escaped}(?:s|es)?(?![\w-]))"
    return rf"(?<![\w]){escaped}(?![\w])"


class Matcher:
    """Finds entity mentions in text, longest alias first."""

    def __init__(self, entities: list[Entity]) -> None:
        self.entities = entities
        aliases = sorted(
            ((alias, entity) for entity in entities for alias in entity.names()),
            key=lambda pair: -len(pair[0]),
        )
        # (needle that must occur for the alias to match, its pattern, its entity)
        self._aliases = [
            (None if alias.startswith("re:") else alias.lower(), _pattern(alias), entity)
            for alias, entity in aliases
        ]

    def mentions(self, text: str) -> list[tuple[Entity, int, int]]:
        """(entity, start, end) of each mention, left to right, not overlapping."""
        lower = text.lower()
        spans: list[tuple[int, int, Entity]] = []
        for needle, pattern, entity in self._aliases:
            if needle is not None and needle not in lower:
                continue  # most aliases occur in no text: their patterns are never compiled
            for match in _compiled(pattern).finditer(text):
                start, end = match.span()
                if all(end <= s or start >= e for s, e, _ in spans):
                    spans.append((start, end, entity))
        return [(entity, start, end) for start, end, entity in sorted(spans, key=lambda s: s[:2])]
