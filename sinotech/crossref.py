"""What the documents say together: entity mentions, stated dates, topics, corroborating claims.

Computed when the store is built, from the ingested documents, and for the claims of documents
added since (`cross_reference_added`), with the same results:

- every claim's entity mentions (`entities.py`) and dates (`dates.py`);
- a topic for every claim: the report's own section for its claims, and for an article claim
  the report section whose claims it resembles most (TF-IDF centroid, `similarity.py`);
- links between claims of different documents that state the same fact (`supports`), another
  figure for it (`contrasts`), or come close (`candidate`): `corroboration.py`.

Words are weighed (IDF) over the bundled documents' claims, which every store holds, never over
the whole library: so a claim's topic and a pair's link depend on those claims alone, not on
what else the user added or in which order, and adding a document computes only its own.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from . import entities as entity_index
from .corroboration import (
    Comparison,
    Kept,
    Link,
    Profile,
    Stored,
    Update,
    links,
    links_after,
    profile,
)
from .dates import DateMention, dates_in
from .similarity import Vector, centroid, closest, terms, tf_idf
from .sources import REPORT_ID, SOURCE_IDS

if TYPE_CHECKING:
    from collections import Counter
    from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
    from pathlib import Path

    import numpy as np

    from .ingest import Claim, Document

# Entities too common in this corpus to say what a claim is about.
_GENERIC = frozenset({"China", "Russia", "United States"})

Mentions = list[tuple[str, str]]  # (entity, the words that named it), in text order


@dataclass
class CrossReference:
    entities: list[entity_index.Entity]
    mentions: dict[str, Mentions] = field(default_factory=dict)
    dates: dict[str, list[DateMention]] = field(default_factory=dict)
    topics: dict[str, tuple[str, float]] = field(default_factory=dict)  # (section, score)
    related: list[Link] = field(default_factory=list)
    changed: Update = field(default_factory=lambda: Update([], [], []))  # in the stored links


@dataclass
class Known:
    """What the store holds of the claims already in it, as `cross_reference_added` needs it."""

    entities: list[entity_index.Entity]
    mentions: dict[str, Mentions]
    years: dict[str, set[str]]
    # every stored link of the claims asked for, and what they keep of each label
    links: Callable[[Collection[str]], Sequence[Stored]]
    kept: Callable[[Collection[str]], Sequence[Kept]]


def cross_reference(documents: list[Document], cache: Path | None = None) -> CrossReference:
    """Mentions, dates, topics, and the labelled links between claims of different documents
    (sentence vectors are kept in the cache folder, when given, for the next build)."""
    claims = _claims(documents)
    known = entity_index.with_harvest(entity_index.load(), _texts(documents))
    result = CrossReference(known)
    _find(result, claims, entity_index.Matcher(known))
    years = {claim.id: stated_years(result.dates[claim.id]) for _, claim in claims}
    result.topics = _topics(claims, claims, result.mentions, years)
    compare = _comparison(claims, result.mentions, years, cache)
    result.related = links(compare)
    return result


def cross_reference_added(
    documents: list[Document], added: Collection[str], known: Known, cache: Path | None = None
) -> CrossReference | None:
    """What `cross_reference` finds for the claims of the added documents (the last ones), given
    what it found before for the others: their mentions and links; and what the added claims
    change in the stored links (`changed`). None when the added documents define an
    abbreviation (or name a new entity) that an earlier claim uses: its mentions would change,
    and the store must be built again."""
    claims = _claims(documents)
    entities = entity_index.with_harvest(entity_index.load(), _texts(documents))
    new_claims = [(source, claim) for source, claim in claims if source in added]
    if _changes_earlier(known.entities, entities, claims, added):
        return None
    result = CrossReference(entities)
    _find(result, new_claims, entity_index.Matcher(entities))
    mentions = {**known.mentions, **result.mentions}
    years = {**known.years, **{c: stated_years(found) for c, found in result.dates.items()}}
    result.topics = _topics(claims, new_claims, mentions, years)
    compare = _comparison(claims, mentions, years, cache)
    result.related, result.changed = links_after(compare, added, known.links, known.kept)
    return result


def _claims(documents: Iterable[Document]) -> list[tuple[str, Claim]]:
    return [(document.source_id, claim) for document in documents for claim in document.claims]


def _texts(documents: Iterable[Document]) -> list[str]:
    """Where abbreviations are harvested from, a document after another (its claims, then its
    section titles): the first definition of one holds, so a later document adds to it only."""
    return [
        text
        for document in documents
        for text in (
            *(claim.text for claim in document.claims),
            *(section.title for section in document.sections),
        )
    ]


def _find(
    result: CrossReference, claims: list[tuple[str, Claim]], matcher: entity_index.Matcher
) -> None:
    for _, claim in claims:
        result.mentions[claim.id] = [
            (entity.name, claim.text[start:end])
            for entity, start, end in matcher.mentions(claim.text)
        ]
        result.dates[claim.id] = dates_in(claim.text)


def _changes_earlier(
    before: list[entity_index.Entity],
    after: list[entity_index.Entity],
    claims: list[tuple[str, Claim]],
    added: Collection[str],
) -> bool:
    """Whether the entities as the added documents extend them could name something in an
    earlier claim: a new name or abbreviation found in one's text (as the matcher looks for it,
    in lower case), or an entity that changed otherwise (then anything may have)."""
    names = {entity.name: entity for entity in after}
    new: set[str] = set()
    for entity in before:
        now = names.get(entity.name)
        if now is None or (now.kind, now.aliases) != (entity.kind, entity.aliases):
            return True
        if now.harvested[: len(entity.harvested)] != entity.harvested:
            return True
        new.update(now.harvested[len(entity.harvested) :])
    old = {entity.name for entity in before}
    new.update(name for entity in after if entity.name not in old for name in entity.names())
    needles = [name.lower() for name in new if not name.startswith("re:")]
    return bool(needles) and any(
        needle in claim.text.lower()
        for source, claim in claims
        if source not in added
        for needle in needles
    )


def _specific(mentions: Mentions) -> set[str]:
    return {name for name, _ in mentions if name not in _GENERIC}


def stated_years(dates: Iterable[DateMention]) -> set[str]:
    """The years the dates state (what corroboration compares)."""
    return {mention.sort_key[:4] for mention in dates}


def _topics(
    claims: list[tuple[str, Claim]],
    targets: list[tuple[str, Claim]],
    mentions: Mapping[str, Mentions],
    years: Mapping[str, set[str]],
) -> dict[str, tuple[str, float]]:
    """The topic of each target claim. The report's sections are the topic tree: its claims
    keep their section; any other claim (an article's, an added document's, whatever its own
    sections) takes the report section whose claims (words, entities and years together) it
    resembles most."""

    def bag(claim: Claim) -> Counter[str]:
        return terms(claim.text, _specific(mentions[claim.id]), years[claim.id])

    reference = [bag(claim) for source, claim in claims if source in SOURCE_IDS]
    tree = [claim for source, claim in claims if _in_topic_tree(source, claim)]
    members = [claim for claim in tree if claim.duplicate_of is None]
    others = [claim for source, claim in targets if not _in_topic_tree(source, claim)]
    vectors = tf_idf([bag(claim) for claim in (*members, *others)], reference)
    by_section: dict[str, list[Vector]] = {}
    for claim, vector in zip(members, vectors, strict=False):
        by_section.setdefault(str(claim.section), []).append(vector)
    centroids = {section: centroid(vectors) for section, vectors in by_section.items()}
    topics = {claim.id: (claim.section, 1.0) for s, claim in targets if _in_topic_tree(s, claim)}
    closest_sections = closest(vectors[len(members) :], centroids)
    for claim, (section, score) in zip(others, closest_sections, strict=True):
        topics[claim.id] = (section, round(score, 4))
    return topics


def _in_topic_tree(source: str, claim: Claim) -> bool:
    return source == REPORT_ID and claim.section not in (None, "summary")


def original_claims(claims: list[tuple[str, Claim]]) -> dict[str, list[Claim]]:
    """{source: its claims that repeat no other document's}, in document order."""
    by_source: dict[str, list[Claim]] = {}
    for source, claim in claims:
        if claim.duplicate_of is None:
            by_source.setdefault(source, []).append(claim)
    return by_source


def _comparison(
    claims: list[tuple[str, Claim]],
    mentions: Mapping[str, Mentions],
    years: Mapping[str, set[str]],
    cache: Path | None,
) -> Comparison:
    """The comparison of the original claims, words weighed over the bundled documents'."""
    profiles, meaning = corroboration_inputs(claims, mentions, years, cache)
    reference = [i for i, item in enumerate(profiles) if item.source in SOURCE_IDS]
    return Comparison(profiles, meaning, reference)


def corroboration_inputs(
    claims: list[tuple[str, Claim]],
    mentions: Mapping[str, Mentions],
    years: Mapping[str, set[str]],
    cache: Path | None,
) -> tuple[list[Profile], np.ndarray]:
    """The original claims' profiles and sentence vectors, grouped by document. Vectors are made
    a document at a time, so the cache holds one entry a document."""
    import numpy as np

    from .semantic import vectors

    by_source = original_claims(claims)
    profiles = [
        profile(claim, source, mentions[claim.id], years[claim.id], _GENERIC)
        for source, members in by_source.items()
        for claim in members
    ]
    blocks = [vectors([claim.text for claim in members], cache) for members in by_source.values()]
    return profiles, np.concatenate(blocks) if blocks else np.zeros((0, 256), np.float32)
